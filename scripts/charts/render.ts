/**
 * `npm run charts`: draws every chart of a content tree that has not been
 * drawn, into its `graficas/` folder.
 *
 *   node scripts/charts/render.ts [--prune]
 *
 * Reads the content (CONTENT_DIR, default `content`) as the build does,
 * builds each chart's Mermaid source with the same functions the components
 * use, and draws the missing ones with Mermaid in Debian's Chromium
 * (draw.ts). Each SVG is post-processed (postprocess.ts) and written to
 * `<content>/graficas/<hash>.svg` (store.ts); `--prune` removes drawings the
 * content no longer uses. `npm run ingest` runs this for content/ (with
 * `--prune`) and `npm run build` for what is still missing. Exit code 1 if
 * any chart failed to draw. CHARTS_PAGES overrides the pages drawing at
 * once; CHROMIUM_PATH the browser; CHARTS_DIR the folder.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumPath, ensureChromium } from '../chromium.ts';
import { roleDescriptions } from './config.ts';
import { chartHash, chartId, chartPath, chartsDir, mermaidVersion } from './store.ts';
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
  // Loaded only when something is to be drawn: a build with every chart drawn does not pay for Playwright.
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
        roleDescription: roleDescriptions[entry.spec.kind],
      });
      writes.push(writeAtomically(chartPath(hash, dir), final).then(() => void result.drawn++));
    },
  );
  await Promise.all(writes);
  return result;
}

/** Write then rename: a build reading the folder never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

export interface RenderOptions {
  /** The content tree (CONTENT_DIR of the build). */
  contentDir: string;
  /** Its drawings (store.ts `chartsDir`: `<contentDir>/graficas`). */
  dir: string;
  /** Remove drawings the content no longer uses, as `npm run ingest` does. */
  prune?: boolean;
}

/** What a content tree's charts are against its folder of drawings. */
export interface EstadoGraficas {
  /** Every distinct drawing the content needs, by file name (`<hash>.svg`), with a chart that shows it. */
  necesarias: Map<string, ChartEntry>;
  /** Charts the pages show (several pages share a drawing). */
  total: number;
  documentos: number;
  /** File names of needed drawings that are not in the folder. */
  faltan: string[];
  /** Drawings in the folder that the content does not use. */
  sobran: string[];
  avisos: string[];
}

/** The charts of `contentDir` and which of them `dir` lacks or has in excess (reads no browser). */
export async function estadoGraficas({ contentDir, dir }: RenderOptions): Promise<EstadoGraficas> {
  const { documentos, avisos: contentWarnings } = await readContent(contentDir);
  const { charts, avisos } = chartsOf(documentos);
  const necesarias = new Map<string, ChartEntry>();
  for (const entry of charts) necesarias.set(`${chartHash(entry.spec)}.svg`, entry);
  const presentes = new Set((await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.svg')));
  return {
    necesarias,
    total: charts.length,
    documentos: documentos.length,
    faltan: [...necesarias.keys()].filter((name) => !presentes.has(name)).sort(),
    sobran: [...presentes].filter((name) => !necesarias.has(name)).sort(),
    avisos: [...contentWarnings, ...avisos],
  };
}

/** Draws the content's missing charts into its folder (and prunes, if asked); returns how many failed. */
export async function renderCharts(options: RenderOptions): Promise<number> {
  const { contentDir, dir, prune = false } = options;
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

  const estado = await estadoGraficas(options);
  for (const aviso of estado.avisos) console.warn(`charts: warning: ${aviso}`);
  const missing = estado.faltan.map((name) => estado.necesarias.get(name)!);
  console.log(
    `charts: ${estado.total} charts (${estado.necesarias.size} distinct) from ${estado.documentos} documents in ${contentDir}/, ` +
      `mermaid ${mermaidVersion()}; ${estado.necesarias.size - missing.length} drawn, ${missing.length} to draw`,
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
    await guardarEstilos(result.styles);
  }

  if (prune) {
    for (const name of estado.sobran) await rm(join(dir, name));
    console.log(`charts: pruned ${estado.sobran.length} drawings the content no longer uses`);
  }
  console.log(`charts: done in ${seconds()} s${failed > 0 ? `, ${failed} failed` : ''}`);
  return failed;
}

/**
 * Mermaid's own stylesheet, dropped from every SVG, is kept in
 * `.cache/charts/mermaid-style-<kind>.css` to compare with
 * src/styles/charts.css after a Mermaid upgrade; warns when a kind's charts
 * did not all get the same one.
 */
async function guardarEstilos(styles: DrawResult['styles']): Promise<void> {
  const dir = join('.cache', 'charts');
  for (const [kind, distintos] of styles) {
    if (distintos.size > 1) {
      console.warn(
        `charts: warning: Mermaid gave ${distintos.size} different stylesheets for charts of kind ${kind} ` +
          `(${[...distintos.values()].join(', ')}); src/styles/charts.css assumes one. Check the Mermaid config in scripts/charts/config.ts.`,
      );
    }
    const [style] = distintos.keys();
    if (style === undefined) continue;
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `mermaid-style-${kind}.css`), `${style.replace(/}/g, '}\n')}`);
  }
}

if (import.meta.main) {
  try {
    const contentDir = process.env['CONTENT_DIR'] ?? 'content';
    const failed = await renderCharts({ contentDir, dir: chartsDir(contentDir), prune: process.argv.includes('--prune') });
    process.exitCode = failed > 0 ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
