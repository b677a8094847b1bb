import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { sumarArchivo } from '../huella.ts';
import type { ChartSpec } from './spec.ts';

/**
 * The drawn charts: `<content>/graficas/<sha256>.svg`, one file per chart,
 * committed with the content they are drawn from, like the Markdown. A file
 * is named by the hash of everything that decides its bytes: the chart's
 * source, title and description, the Mermaid version and the drawing code
 * (`codigoDeDibujo`), so a name never stands for two drawings and a file
 * that exists is current. `npm run ingest` draws the ones missing
 * (render.ts); the components read them at build time and fail the build
 * when one is missing. Nothing here starts a browser, so the site can import it.
 */

/**
 * The project's files that decide a drawing's bytes besides its source:
 * Mermaid's settings, the page script, the post-processing, and the patch
 * of Mermaid (patches/mermaid+<version>.patch). Project-relative; read from
 * the working directory, the project's root in every build step (as
 * `mermaidVersion` reads the installed Mermaid).
 */
const archivosDeDibujo = ['scripts/charts/config.ts', 'scripts/charts/draw.ts', 'scripts/charts/postprocess.ts'];
const parches = 'patches';

const codigos = new Map<string, string>();

/** sha256 over the drawing code's paths and bytes (see `archivosDeDibujo`). */
export function codigoDeDibujo(root = process.cwd()): string {
  const memo = codigos.get(root);
  if (memo !== undefined) return memo;
  const delParche = readdirSync(join(root, parches), { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.startsWith('mermaid+'))
    .map((e) => `${parches}/${e.name}`);
  // An unpatched Mermaid draws the same SVG, only slower; with no patch the name still differs (see the patch's header).
  const hash = createHash('sha256');
  for (const ruta of [...archivosDeDibujo, ...delParche].sort()) sumarArchivo(hash, ruta, readFileSync(join(root, ruta)));
  const codigo = hash.digest('hex');
  codigos.set(root, codigo);
  return codigo;
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

/** A chart's name: sha256 over its kind, source, title, description, the Mermaid version and the drawing code. */
export function chartHash(spec: ChartSpec, version = mermaidVersion(), codigo = codigoDeDibujo()): string {
  const input = JSON.stringify({
    kind: spec.kind,
    source: spec.source,
    title: spec.title,
    description: spec.description,
    mermaid: version,
    codigo,
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

/** `<content>/graficas`: the content tree's drawn charts (CONTENT_DIR's by default), or `CHARTS_DIR`. */
export function chartsDir(contentDir = process.env['CONTENT_DIR'] ?? 'content'): string {
  return process.env['CHARTS_DIR'] ?? resolve(contentDir, 'graficas');
}

export function chartPath(hash: string, dir = chartsDir()): string {
  return join(dir, `${hash}.svg`);
}

/** A chart the site needs has not been drawn. */
export class ChartNotRenderedError extends Error {
  constructor(spec: ChartSpec, path: string) {
    super(
      `The ${spec.kind === 'flujo' ? 'flow chart' : 'org chart'} "${spec.title}" has not been drawn: ${path} is missing.\n` +
        'Run `npm run build`, which draws the missing charts before `astro build`, or `npm run charts` ' +
        '(with the same CONTENT_DIR); `npm run ingest` draws them for content/, where they are committed.',
    );
    this.name = 'ChartNotRenderedError';
  }
}

/**
 * Drawings already read, by path: the unit pages of one parent share its
 * drawing, so a build reads each file once instead of once a page. A path
 * names its content (the hash of what decides the drawing), so a text read
 * never goes stale.
 */
const leidos = new Map<string, string>();

/** The drawn SVG of a chart, ready to inline; throws ChartNotRenderedError when it was not drawn. */
export function readChartSvg(spec: ChartSpec, dir = chartsDir()): string {
  const path = chartPath(chartHash(spec), dir);
  try {
    let svg = leidos.get(path);
    if (svg === undefined) {
      svg = readFileSync(path, 'utf8');
      leidos.set(path, svg);
    }
    return svg;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ChartNotRenderedError(spec, path);
    throw error;
  }
}
