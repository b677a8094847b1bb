/**
 * `npm run charts`: draws every chart of the site that is not in the cache.
 *
 *   node scripts/charts/render.ts [--prune]
 *
 * Reads the content (CONTENT_DIR, default `content`) and the base path
 * (BASE_PATH, default `/`) exactly as the build does, builds each chart's
 * Mermaid source with the same functions the components use, and draws the
 * missing ones with Mermaid in Debian's Chromium (draw.ts). Each SVG is
 * post-processed (postprocess.ts) and written to `.cache/charts/<hash>.svg`;
 * `--prune` removes cached charts the site no longer uses. Exit code 1 if
 * any chart failed to draw. CHARTS_PAGES overrides the pages drawing at once;
 * CHROMIUM_PATH the browser.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normalizarBase } from '../../src/lib/urls.ts';
import { chromiumPath, ensureChromium } from '../chromium.ts';
import { chartCacheDir, chartHash, chartId, chartPath, mermaidVersion, renderOptions } from './cache.ts';
import { guardarRegistro, huella, huellaDeCodigo, leerRegistro } from '../huella.ts';
import { chartsOf, readContent, type ChartEntry } from './collect.ts';
import { extractStyle, postProcessSvg } from './postprocess.ts';
import type { ChartKind } from './spec.ts';

export interface DrawResult {
  drawn: number;
  failed: { entry: ChartEntry; message: string }[];
  /**
   * Distinct Mermaid stylesheets seen per kind of chart, each with a chart that had it (one
   * per kind expected: the charts share src/styles/charts.css).
   */
  styles: Map<ChartKind, Map<string, string>>;
}

/**
 * Draws `entries` into `dir`, each SVG post-processed and written as soon as
 * it is drawn. `onDrawn` reports progress after every chart.
 */
export async function drawCharts(
  entries: readonly ChartEntry[],
  dir: string,
  onDrawn: (done: number, total: number) => void = () => {},
): Promise<DrawResult> {
  await mkdir(dir, { recursive: true });
  // Loaded only when something is to be drawn: a warm build does not pay for Playwright.
  const { drawMermaid } = await import('./draw.ts');
  const result: DrawResult = { drawn: 0, failed: [], styles: new Map() };
  let done = 0;
  const writes: Promise<void>[] = [];
  await drawMermaid(
    entries.map((entry) => entry.spec.source),
    (index, drawing) => {
      const entry = entries[index]!;
      onDrawn(++done, entries.length);
      if ('error' in drawing) {
        result.failed.push({ entry, message: drawing.error });
        return;
      }
      const { svg, renderId } = drawing;
      const styles = result.styles.get(entry.spec.kind) ?? new Map<string, string>();
      styles.set(extractStyle(svg, renderId), entry.origen);
      result.styles.set(entry.spec.kind, styles);
      const hash = chartHash(entry.spec);
      const final = postProcessSvg(svg, {
        renderId,
        id: chartId(hash),
        title: entry.spec.title,
        description: entry.spec.description,
        roleDescription: renderOptions(entry.spec.kind).roleDescription,
      });
      writes.push(writeAtomically(chartPath(hash, dir), final).then(() => void result.drawn++));
    },
  );
  await Promise.all(writes);
  return result;
}

/** Write then rename: a build reading the cache never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** What decides the charts besides the content: their code, the site's model and helpers, the locked Mermaid. */
const codigoDeGraficas = ['scripts/charts', 'src/lib', 'src/model', 'package-lock.json'];

interface RegistroGraficas {
  entradas: string;
  /** The cached drawings the site uses, and their digest. */
  archivos: string[];
  salidas: string;
}

export interface RenderOptions {
  /** The content tree (CONTENT_DIR of the build). */
  contentDir: string;
  /** The site's base path (BASE_PATH of the build). */
  base: string;
  /** The chart cache. */
  dir: string;
  /** Remove cached charts the site no longer uses. */
  prune?: boolean;
}

/** Draws the site's missing charts into the cache; returns how many failed. */
/** Which record of the chart step: one per content tree, base path and cache. */
const recordKey = ({ contentDir, base, dir }: RenderOptions) => `${contentDir}|${base}|${dir}`;

/**
 * The charts follow from the content's frontmatter, the chart code and Mermaid's version
 * (in the lockfile): while none moved and the drawings are in the cache, there is nothing to do.
 */
export async function chartsUpToDate({ contentDir, base, dir }: RenderOptions): Promise<{ upToDate: boolean; inputs: string; count: number }> {
  const inputs = `${await huella(contentDir, ['.'], (ruta) => ruta.endsWith('.md'))}:${await huellaDeCodigo(codigoDeGraficas)}`;
  const last = await leerRegistro<RegistroGraficas>('organigramas', recordKey({ contentDir, base, dir }));
  const upToDate = last?.entradas === inputs && (await huella(dir, last.archivos)) === last.salidas;
  return { upToDate, inputs, count: last?.archivos.length ?? 0 };
}

export async function renderCharts({ contentDir, base, dir, prune = false }: RenderOptions): Promise<number> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

  const { upToDate, inputs: entradas, count } = await chartsUpToDate({ contentDir, base, dir });
  if (!prune && upToDate) {
    console.log(`charts: up to date (${count} charts in ${dir}; content and chart code unchanged)`);
    return 0;
  }

  const { documentos, avisos: contentWarnings } = await readContent(contentDir);
  const { charts, avisos } = chartsOf(documentos, base);
  for (const aviso of [...contentWarnings, ...avisos]) console.warn(`charts: warning: ${aviso}`);

  const unique = new Map<string, ChartEntry>();
  for (const entry of charts) unique.set(chartHash(entry.spec), entry);
  const missing: ChartEntry[] = [];
  for (const [hash, entry] of unique) if (!(await exists(chartPath(hash, dir)))) missing.push(entry);
  console.log(
    `charts: ${charts.length} charts (${unique.size} distinct) from ${documentos.length} documents in ${contentDir}/, ` +
      `base ${base}, mermaid ${mermaidVersion()}; ${unique.size - missing.length} cached, ${missing.length} to draw`,
  );

  let failed = 0;
  if (missing.length > 0) {
    ensureChromium('charts');
    const { pagesInParallel } = await import('./draw.ts');
    console.log(`charts: drawing on ${pagesInParallel} Chromium pages (${chromiumPath})`);
    let reported = 0;
    const result = await drawCharts(missing, dir, (done, total) => {
      // About every tenth of the way, and at the end.
      if (done < total && done - reported < total / 10) return;
      reported = done;
      console.log(`charts: ${done}/${total} drawn (${Math.round((done / total) * 100)}%), ${seconds()} s`);
    });
    for (const { entry, message } of result.failed) console.error(`charts: error: ${entry.origen}: ${entry.spec.title}: ${message}`);
    failed = result.failed.length;
    for (const [kind, styles] of result.styles) {
      if (styles.size > 1) {
        console.warn(
          `charts: warning: Mermaid gave ${styles.size} different stylesheets for charts of kind ${kind} ` +
            `(${[...styles.values()].join(', ')}); src/styles/charts.css assumes one. Check the Mermaid config in scripts/charts/cache.ts.`,
        );
      }
      const [style] = styles.keys();
      if (style !== undefined) await writeFile(join(dir, `mermaid-style-${kind}.css`), `${style.replace(/}/g, '}\n')}`);
    }
  }

  if (prune) {
    const wanted = new Set([...unique.keys()].map((hash) => `${hash}.svg`));
    const stale = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.svg') && !wanted.has(name));
    for (const name of stale) await rm(join(dir, name));
    console.log(`charts: pruned ${stale.length} unused cached charts`);
  }
  if (failed === 0) {
    const archivos = [...unique.keys()].map((hash) => `${hash}.svg`).sort();
    await guardarRegistro('organigramas', recordKey({ contentDir, base, dir }), { entradas, archivos, salidas: await huella(dir, archivos) } satisfies RegistroGraficas);
  }
  console.log(`charts: done in ${seconds()} s${failed > 0 ? `, ${failed} failed` : ''}`);
  return failed;
}

if (import.meta.main) {
  try {
    const failed = await renderCharts({
      contentDir: process.env['CONTENT_DIR'] ?? 'content',
      base: normalizarBase(process.env['BASE_PATH'] ?? '/'),
      dir: chartCacheDir(),
      prune: process.argv.includes('--prune'),
    });
    process.exitCode = failed > 0 ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
