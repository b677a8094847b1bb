/**
 * `npm run charts`: draws every chart of the site that is not in the cache.
 *
 *   node scripts/charts/render.ts [--prune]
 *
 * Reads the content (CONTENT_DIR, default `content`) and the base path
 * (BASE_PATH, default `/`) exactly as the build does, builds each chart's
 * Mermaid source with the same functions the components use, and draws the
 * missing ones with mermaid-isomorphic in Debian's Chromium, a batch per
 * browser page, a few pages at a time. Each SVG is post-processed
 * (postprocess.ts) and written to `.cache/charts/<hash>.svg`; `--prune`
 * removes cached charts the site no longer uses. Exit code 1 if any chart
 * failed to draw. CHARTS_PAGES and CHARTS_BATCH override the parallel pages
 * and the charts per page; CHROMIUM_PATH the browser.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Browser, BrowserType, LaunchOptions } from 'playwright';
import { chromium } from 'playwright';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { normalizarBase } from '../../src/lib/urls.ts';
import { chromiumArgs, chromiumPath, ensureChromium } from '../chromium.ts';
import { chartCacheDir, chartHash, chartId, chartPath, mermaidConfig, mermaidVersion, renderOptions } from './cache.ts';
import { chartsOf, readContent, type ChartEntry } from './collect.ts';
import { extractStyle, postProcessSvg } from './postprocess.ts';
import type { ChartKind } from './spec.ts';

export { chromiumArgs, chromiumPath } from '../chromium.ts';

/**
 * Charts per browser page (mermaid-isomorphic opens a page per call). A new
 * page loads Mermaid (0.5-1 s) and runs it cold: its first charts are slow
 * until V8 has optimized the layout code, so batches are big, about two per
 * page for the whole run (progress is reported per batch). Measured on 665
 * charts, 1 page: batches of 60 took 103 s, one batch of 665 took 37 s.
 */
export function chartsPerBatch(missing: number, pages: number): number {
  const fromEnv = Number(process.env['CHARTS_BATCH']);
  if (fromEnv > 0) return fromEnv;
  return Math.min(batchMax, Math.max(batchMin, Math.ceil(missing / (2 * pages))));
}
/** Below this a batch is not worth a page load. */
const batchMin = 20;
/** Above this, progress output gets too sparse and a failed page loses too much. */
const batchMax = 250;

/**
 * Pages drawing at once, each in its own browser context (so its own
 * renderer process): Mermaid's layout is CPU-bound, so one per core
 * (measured on 2 cores, 80 charts: 1 page 5.9 s, 2 pages 5.0 s, 4 pages 7.2 s).
 */
export const pagesInParallel = Number(process.env['CHARTS_PAGES'] ?? Math.max(1, Math.min(4, availableParallelism())));

/** The prefix of render ids (`organica-12`); postprocess.ts replaces them with each chart's own id. */
const renderPrefix = 'organica';

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
 * Draws `entries` into `dir` with one shared Chromium. `onBatch` reports
 * progress after every batch.
 */
export async function drawCharts(
  entries: readonly ChartEntry[],
  dir: string,
  onBatch: (done: number, total: number) => void = () => {},
): Promise<DrawResult> {
  await mkdir(dir, { recursive: true });
  const shared = await sharedChromium({ executablePath: chromiumPath, args: chromiumArgs });
  const result: DrawResult = { drawn: 0, failed: [], styles: new Map() };
  const size = chartsPerBatch(entries.length, pagesInParallel);
  const batches: ChartEntry[][] = [];
  for (let i = 0; i < entries.length; i += size) batches.push(entries.slice(i, i + size));
  let done = 0;
  let next = 0;
  const worker = async () => {
    // A renderer per worker: each has its own browser context, so its pages get their own
    // renderer process (pages of one context may share one main thread, and Mermaid's layout
    // is CPU-bound).
    const render = createMermaidRenderer({ browserType: shared.browserType });
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      const results = await render(
        batch.map((entry) => entry.spec.source),
        { prefix: renderPrefix, mermaidConfig: structuredClone(mermaidConfig) as never },
      );
      for (const [i, settled] of results.entries()) {
        const entry = batch[i];
        if (!entry) continue;
        if (settled.status === 'rejected') {
          result.failed.push({ entry, message: String((settled.reason as Error)?.message ?? settled.reason) });
          continue;
        }
        const { svg, id: renderId } = settled.value;
        const style = extractStyle(svg, renderId);
        const styles = result.styles.get(entry.spec.kind) ?? new Map<string, string>();
        styles.set(style, entry.origen);
        result.styles.set(entry.spec.kind, styles);
        const hash = chartHash(entry.spec);
        const final = postProcessSvg(svg, {
          renderId,
          id: chartId(hash),
          title: entry.spec.title,
          description: entry.spec.description,
          roleDescription: renderOptions(entry.spec.kind).roleDescription,
        });
        // Write then rename: a build reading the cache never sees half a file.
        const path = chartPath(hash, dir);
        await writeFile(`${path}.tmp`, final);
        await rename(`${path}.tmp`, path);
        result.drawn++;
      }
      done += batch.length;
      onBatch(done, entries.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(pagesInParallel, batches.length) }, worker));
  } finally {
    await shared.close();
  }
  return result;
}

/**
 * A BrowserType for mermaid-isomorphic that hands out one Chromium for all
 * its calls: the renderer launches a browser per call and closes it when no
 * call is running, which would cost a Chromium start (~1.5 s) per batch.
 */
async function sharedChromium(options: LaunchOptions): Promise<{ browserType: BrowserType; close: () => Promise<void> }> {
  const browser = await chromium.launch(options);
  // mermaid-isomorphic does not await the contexts it closes: keep those promises (errors
  // caught) and let them settle before the browser goes, or a late close rejects and
  // crashes the step after every chart was written.
  const closing: Promise<unknown>[] = [];
  const handle = {
    newContext: async (...args: Parameters<Browser['newContext']>) => {
      const context = await browser.newContext(...args);
      const close = context.close.bind(context);
      context.close = (...closeArgs: Parameters<typeof close>) => {
        const done = close(...closeArgs);
        closing.push(done.catch(() => {}));
        return done;
      };
      return context;
    },
    // mermaid-isomorphic closes "its" browser when idle; the real one closes at the end.
    close: async () => {},
  };
  const browserType = { launch: async () => handle } as unknown as BrowserType;
  return {
    browserType,
    close: async () => {
      await Promise.all(closing);
      await browser.close();
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const base = normalizarBase(process.env['BASE_PATH'] ?? '/');
  const contentDir = process.env['CONTENT_DIR'] ?? 'content';
  const dir = chartCacheDir();
  const prune = process.argv.includes('--prune');

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
    console.log(
      `charts: drawing in batches of ${chartsPerBatch(missing.length, pagesInParallel)} on ${pagesInParallel} Chromium pages (${chromiumPath})`,
    );
    const result = await drawCharts(missing, dir, (done, total) => {
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
  console.log(`charts: done in ${seconds()} s${failed > 0 ? `, ${failed} failed` : ''}`);
  return failed > 0 ? 1 : 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
