/**
 * The builds the benchmarks time: ours step by step, as `npm run build` runs
 * them, and the Starlight comparison site. Each step runs as a child process
 * measured by ./measure.ts.
 *
 * Our builds run in a snapshot of the project (`snapshot`): a copy of src/,
 * scripts/, bin/, public/, content/ and the config files under
 * `.cache/bench/...`, taken when the benchmark starts. Other people keep
 * editing the repository while a benchmark runs (a chart module changed
 * between `npm run charts` and `astro build` fails the build), and the
 * snapshot's own .cache/charts, node_modules/.astro, .astro and dist/ are
 * the ones a cold build empties, without touching the repository's. The
 * snapshot finds its packages in the repository's node_modules/ by Node's
 * ordinary lookup through parent folders, as a checkout would in its own.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { measure, type StepResult } from './measure.ts';

/** The repository: the benchmarks run from it (npm run bench). */
export const repo = process.cwd();
export const node = join(repo, 'node_modules/.bin/node');
export const astro = join(repo, 'node_modules/.bin/astro');
/** Node 24 first on PATH: node_modules/.bin/astro runs `#!/usr/bin/env node`. */
export const env = { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` };

/** What a build reads from the repository; everything else (.cache, dist, node_modules/.astro) it makes. */
export const snapshotEntries = ['src', 'scripts', 'bin', 'public', 'content', 'astro.config.ts', 'package.json', 'tsconfig.json'];

/** Copies the project's build inputs to `dir` (emptied first); returns `dir`. */
export async function snapshot(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of snapshotEntries) await cp(join(repo, entry), join(dir, entry), { recursive: true });
  return dir;
}

/**
 * Astro's content-layer cache of a build in `project`: `node_modules/.astro`
 * by default; for a CONTENT_DIR build, astro.config.ts puts it in
 * node_modules/.astro/contenido-<CONTENT_DIR, non-alphanumerics as `-`>.
 * A cold build removes it (and passes --force in case the config changes).
 */
export function astroCacheFor(project: string, contentDir?: string): string {
  const base = join(project, 'node_modules/.astro');
  return contentDir ? join(base, `contenido-${contentDir.replace(/[^A-Za-z0-9]+/g, '-')}`) : base;
}

export interface BuildResult {
  steps: StepResult[];
  seconds: number;
  peakPssMb: number;
  pages: number;
}

export interface BuildOptions {
  /** Empty the chart cache, the Astro caches and dist/ first. */
  cold: boolean;
  /** Content tree relative to the project (CONTENT_DIR); the project's content/ when absent. */
  contentDir?: string;
  /** Chart cache (CHARTS_CACHE_DIR); the project's .cache/charts when absent. */
  chartsDir?: string;
  /** Output folder relative to the project; dist/ when absent. */
  outDir?: string;
  /** Run the ingest first (it reads the project's content/sources and writes its content/). */
  ingest?: boolean;
}

/** Pages Astro reports in its last line: `1340 page(s) built in 10.91s`. */
export function pagesBuilt(step: StepResult): number {
  return Number(/(\d+) page\(s\) built/.exec(step.tail.join('\n'))?.[1] ?? 0);
}

/** Our `npm run build` in `project`, step by step: ingest, charts, astro build, Pagefind. */
export async function buildOurs(project: string, options: BuildOptions): Promise<BuildResult> {
  const stepEnv: NodeJS.ProcessEnv = { ...env };
  if (options.contentDir) stepEnv['CONTENT_DIR'] = options.contentDir;
  if (options.chartsDir) stepEnv['CHARTS_CACHE_DIR'] = options.chartsDir;
  const outDir = options.outDir ?? 'dist';
  if (options.cold) {
    await rm(options.chartsDir ?? join(project, '.cache/charts'), { recursive: true, force: true });
    await rm(astroCacheFor(project, options.contentDir), { recursive: true, force: true });
    await rm(join(project, '.astro'), { recursive: true, force: true });
    await rm(join(project, outDir), { recursive: true, force: true });
  }
  const run = { env: stepEnv, cwd: project };
  const steps: StepResult[] = [];
  if (options.ingest !== false) {
    await waitForLoad();
    steps.push(await measure('ingesta', [node, 'bin/organica.js', 'ingest'], run));
  }
  await waitForLoad();
  steps.push(await chartsStep(project, stepEnv));
  await waitForLoad();
  steps.push(await measure('astro', [astro, 'build', '--outDir', outDir, ...(options.cold ? ['--force'] : [])], run));
  await waitForLoad();
  steps.push(await measure('pagefind', [node, 'scripts/search/index.ts', outDir], run));
  const astroStep = steps.find((s) => s.label === 'astro');
  return {
    steps,
    seconds: steps.reduce((sum, s) => sum + s.seconds, 0),
    peakPssMb: Math.max(...steps.map((s) => s.peakPssMb)),
    pages: astroStep ? pagesBuilt(astroStep) : 0,
  };
}

/**
 * `npm run charts`, retried once when it fails: mermaid-isomorphic closes its
 * browser context without awaiting it, and scripts/charts/render.ts closes
 * the shared Chromium right after the last batch, so the run sometimes ends
 * with "browserContext.close: Target page, context or browser has been
 * closed" after every chart was written. The retry draws whatever is missing
 * (usually nothing); its time is added to the step and `retried` is set.
 */
export async function chartsStep(project: string, stepEnv: NodeJS.ProcessEnv): Promise<StepResult & { retried?: boolean }> {
  const first = await measure('organigramas', [node, 'scripts/charts/render.ts'], { env: stepEnv, cwd: project, check: false });
  if (first.exitCode === 0) return first;
  console.warn(`  organigramas: falló (${first.tail.find((l) => /Error|error/.test(l)) ?? `código ${first.exitCode}`}); se reintenta una vez`);
  const second = await measure('organigramas', [node, 'scripts/charts/render.ts'], { env: stepEnv, cwd: project });
  return {
    ...second,
    seconds: first.seconds + second.seconds,
    peakPssMb: Math.max(first.peakPssMb, second.peakPssMb),
    peakRssMb: Math.max(first.peakRssMb, second.peakRssMb),
    loadBefore: first.loadBefore,
    retried: true,
  };
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
  return { steps: [step], seconds: step.seconds, peakPssMb: step.peakPssMb, pages: pagesBuilt(step) };
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
