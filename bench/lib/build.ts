/**
 * The builds the benchmarks time: ours step by step, as `npm run build` runs
 * them, and the Starlight comparison site. Each step runs as a child process
 * measured by ./measure.ts.
 *
 * Our builds run in a snapshot of the project (`snapshot`): a copy of what a
 * clone has (src/, scripts/, bin/, public/ with the open data, content/ with
 * its drawn charts and manifest, patches/, the config files and the
 * lockfile) under `.cache/bench/...`, taken when a build starts. Other people
 * keep editing the repository while a benchmark runs, and the snapshot's own
 * node_modules/.astro, node_modules/.cache, .astro, .cache and dist/ are the
 * ones a fresh clone lacks, without touching the repository's. The snapshot
 * finds its packages in the repository's node_modules/ by Node's ordinary
 * lookup through parent folders, as a checkout would in its own (npm ci is
 * not timed).
 */
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { cacheDeAstro } from '../../src/lib/cache-de-astro.ts';
import { measure, type StepResult } from './measure.ts';

/** The repository: the benchmarks run from it (npm run bench). */
export const repo = process.cwd();
export const node = join(repo, 'node_modules/.bin/node');
export const astro = join(repo, 'node_modules/.bin/astro');
/** Node 24 first on PATH: node_modules/.bin/astro runs `#!/usr/bin/env node`. */
export const env = { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` };

/** What a clone has besides node_modules/ (what `git ls-files` lists, the benchmarks aside); everything else a build makes. */
export const snapshotEntries = ['src', 'scripts', 'bin', 'public', 'content', 'patches', 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Copies the project's build inputs to `dir` (emptied first): a fresh clone of it; returns `dir`. */
export async function snapshot(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of snapshotEntries) await cp(join(repo, entry), join(dir, entry), { recursive: true });
  return dir;
}

/** Astro's content-layer cache of a build in `project` (src/lib/cache-de-astro.ts). */
export function astroCacheFor(project: string, contentDir?: string): string {
  return join(project, cacheDeAstro(contentDir));
}

export interface BuildResult {
  steps: StepResult[];
  seconds: number;
  peakPssMb: number;
  pages: number;
  /** 1-minute load average when the build started and ended. */
  load: [number, number];
}

/**
 * Which build: `clon`, a fresh clone's first `npm run build` (committed
 * content, drawings and manifest; no cache of any kind: Astro's, the
 * compile cache, the saved search index); `cero`, from scratch as issue 11
 * defines it (the same without the committed drawings: Chromium draws every
 * chart; the committed content and manifest stand, so nothing is
 * re-ingested); `limpia`, the same with `--limpia` (the ingest runs too,
 * with its OCR lexicon cold); `caliente`, the same build again with nothing
 * changed.
 */
export type Modo = 'clon' | 'cero' | 'limpia' | 'caliente';

export interface BuildOptions {
  modo: Modo;
  /** Content tree relative to the project (CONTENT_DIR); the project's content/ when absent. */
  contentDir?: string;
  /** Output folder relative to the project; dist/ when absent. */
  outDir?: string;
}

/** Pages Astro reports in its last line: `1340 page(s) built in 10.91s`. */
export function pagesBuilt(step: StepResult): number {
  return Number(/(\d+) page\(s\) built/.exec(step.tail.join('\n'))?.[1] ?? 0);
}

/**
 * The step times `organica build` prints last:
 * `organica build: sitio en dist/ · ingesta 0.1 s · organigramas 0.2 s · astro 5.4 s · búsqueda 0.3 s · total 6.0 s`.
 */
export function buildSteps(tail: readonly string[]): { label: string; seconds: number }[] {
  const line = [...tail].reverse().find((l) => l.startsWith('organica build: sitio en')) ?? '';
  return [...line.matchAll(/· (\S+) ([\d.]+) s/g)].filter((m) => m[1] !== 'total').map((m) => ({ label: m[1]!, seconds: Number(m[2]) }));
}

/**
 * Our `npm run build` in `project`: `organica build`, one process, timed
 * and measured whole; its own step times come from its summary line (they
 * share the process's peak memory). All but `caliente` first remove what a
 * fresh clone lacks (every cache a build keeps, the output); `cero` and
 * `limpia` also the drawn charts.
 */
export async function buildOurs(project: string, options: BuildOptions): Promise<BuildResult> {
  const stepEnv: NodeJS.ProcessEnv = { ...env };
  if (options.contentDir) stepEnv['CONTENT_DIR'] = options.contentDir;
  const outDir = options.outDir ?? 'dist';
  if (options.modo !== 'caliente') {
    for (const dir of ['node_modules', '.astro', '.cache', outDir]) await rm(join(project, dir), { recursive: true, force: true });
  }
  if (options.modo === 'cero' || options.modo === 'limpia') {
    const graficas = join(project, options.contentDir ?? 'content', 'graficas');
    for (const name of await readdir(graficas).catch(() => [] as string[])) if (name.endsWith('.svg')) await rm(join(graficas, name));
  }
  await waitForLoad();
  const args = [node, 'bin/organica.js', 'build', '--salida', outDir, ...(options.modo === 'limpia' ? ['--limpia'] : [])];
  const whole = await measure(`organica build (${options.modo})`, args, { env: stepEnv, cwd: project });
  const steps = buildSteps(whole.tail).map((step) => ({ ...whole, ...step }));
  // HTML files written, not Astro's count: the redirect pages are written apart (src/integrations/redirecciones.ts).
  return { steps, seconds: whole.seconds, peakPssMb: whole.peakPssMb, pages: await countHtml(join(project, outDir)), load: [whole.loadBefore, whole.loadAfter] };
}

/** HTML files under `dir`: the pages of a built site. */
export async function countHtml(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

/** `npm run charts` in `project` (the separate step the scaling and merge benchmarks time). */
export function chartsStep(project: string, stepEnv: NodeJS.ProcessEnv): Promise<StepResult> {
  return measure('organigramas', [node, 'scripts/charts/render.ts'], { env: stepEnv, cwd: project });
}

/** The run with the median time of several. */
export function median(runs: readonly BuildResult[]): BuildResult {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
}

/** Starlight's build in its own project (`dir`, made by prepareStarlight); `cold` empties its Astro cache. */
export async function buildStarlight(dir: string, cold: boolean): Promise<BuildResult> {
  if (cold) {
    await rm(join(dir, 'node_modules'), { recursive: true, force: true });
    await rm(join(dir, '.astro'), { recursive: true, force: true });
    await rm(join(dir, 'dist'), { recursive: true, force: true });
  }
  await waitForLoad();
  const step = await measure('starlight', [astro, 'build', ...(cold ? ['--force'] : [])], { env, cwd: dir });
  return { steps: [step], seconds: step.seconds, peakPssMb: step.peakPssMb, pages: pagesBuilt(step), load: [step.loadBefore, step.loadAfter] };
}

/** Most time spent waiting for the machine to calm down before a step. */
const waitLoadMaxMs = 5 * 60_000;
/** Steps wait until the 1-minute load average is under this (0: no wait); `--wait-load` sets it. */
export const settings = { waitLoad: 0 };

/** Waits (up to `waitLoadMaxMs`) until the 1-minute load average is under `settings.waitLoad`. */
export async function waitForLoad(): Promise<void> {
  const threshold = settings.waitLoad;
  if (!(threshold > 0)) return;
  const started = Date.now();
  while ((loadavg()[0] ?? 0) > threshold && Date.now() - started < waitLoadMaxMs) await new Promise((r) => setTimeout(r, 5000));
}
