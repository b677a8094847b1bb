import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ChartKind, ChartSpec } from './spec.ts';

/**
 * The chart cache: `.cache/charts/<sha256>.svg`, one file per chart, named by
 * the hash of everything that decides its drawing (source, title, description,
 * Mermaid version, render options). scripts/charts/render.ts fills it; the
 * components read it at build time and fail the build when an entry is
 * missing. Nothing here starts a browser, so the site can import it.
 */

/**
 * Bump when scripts/charts/postprocess.ts changes what it writes: every
 * cached SVG is then drawn again.
 */
export const chartFormatVersion = 1;

/**
 * Mermaid settings for every chart. A fixed theme and font keep Mermaid's
 * stylesheet the same for all charts of a kind, so it is shared
 * (src/styles/charts.css) instead of repeated; `useMaxWidth: false` keeps the natural size (text at
 * 16 px, a wide chart scrolls instead of shrinking).
 */
export const mermaidConfig = {
  theme: 'neutral',
  fontFamily: 'arial,sans-serif',
  securityLevel: 'strict',
  // Shapes drawn with rough.js jitter from this seed; 0 would mean a random one per run.
  handDrawnSeed: 1,
  htmlLabels: true,
  // The procedure's flow chart sets its own spacing in its source (src/lib/flow-chart.ts).
  flowchart: { useMaxWidth: false, htmlLabels: true, wrappingWidth: 200, curve: 'basis' },
} as const;

/** How screen readers announce each kind (instead of Mermaid's `flowchart-v2`). */
export const roleDescriptions: Record<ChartKind, string> = {
  organigrama: 'organigrama',
  flujo: 'diagrama de flujo',
};

/** Everything besides the source that changes the SVG of a chart of this kind. */
export function renderOptions(kind: ChartKind) {
  return { mermaidConfig, roleDescription: roleDescriptions[kind], format: chartFormatVersion };
}

let cachedMermaidVersion: string | undefined;

/** The Mermaid version scripts/charts/draw.ts draws with: the installed `mermaid` package's. */
export function mermaidVersion(root = process.cwd()): string {
  if (cachedMermaidVersion !== undefined) return cachedMermaidVersion;
  const fromRoot = createRequire(join(root, 'package.json'));
  const manifest = JSON.parse(readFileSync(fromRoot.resolve('mermaid/package.json'), 'utf8')) as { version: string };
  cachedMermaidVersion = manifest.version;
  return manifest.version;
}

/** The cache key of a chart: sha256 over source, title, description, Mermaid version and render options. */
export function chartHash(spec: ChartSpec, version = mermaidVersion()): string {
  const input = JSON.stringify({
    kind: spec.kind,
    source: spec.source,
    title: spec.title,
    description: spec.description,
    mermaid: version,
    options: renderOptions(spec.kind),
  });
  return createHash('sha256').update(input).digest('hex');
}

/**
 * The id of a chart's `<svg>`, prefix of every id inside it: from the hash,
 * so it is the same on every build and different for every chart on a page.
 */
export function chartId(hash: string): string {
  return `chart-${hash.slice(0, 12)}`;
}

/** `.cache/charts` under the working directory, or `CHARTS_CACHE_DIR`. */
export function chartCacheDir(): string {
  return process.env['CHARTS_CACHE_DIR'] ?? join(process.cwd(), '.cache', 'charts');
}

export function chartPath(hash: string, dir = chartCacheDir()): string {
  return join(dir, `${hash}.svg`);
}

/** A chart the site needs is not in the cache. */
export class ChartNotRenderedError extends Error {
  constructor(spec: ChartSpec, path: string) {
    super(
      `The ${spec.kind === 'flujo' ? 'flow chart' : 'org chart'} "${spec.title}" has not been drawn: ${path} is missing.\n` +
        'Run `npm run charts` (with the same BASE_PATH and CONTENT_DIR as this build) before `astro build`; ' +
        'charts are drawn once in Chromium and cached, the build only reads them.',
    );
    this.name = 'ChartNotRenderedError';
  }
}

/** The cached SVG of a chart, ready to inline; throws ChartNotRenderedError when it was not drawn. */
export function readChartSvg(spec: ChartSpec, dir = chartCacheDir()): string {
  const path = chartPath(chartHash(spec), dir);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ChartNotRenderedError(spec, path);
    throw error;
  }
}
