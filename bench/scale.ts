/**
 * `npm run bench:scale`: how build time and memory grow with the corpus.
 *
 *   node bench/scale.ts [--factors 1,3,10,30] [--draw-up-to 10] [--starlight-up-to 3] [--wait-load 2.5] [--profile 30]
 *
 * For each factor k (bench/multiply.ts makes the k-times corpus):
 * - ingest: `organica ingest` on k copies of content/sources (each copy's
 *   catalog names a new institution), output thrown away;
 * - the site from k copies of the content tree (copy 1 is the corpus, copy
 *   j >= 2 lives under `<institución>-copiaj` with suffixed names):
 *   charts, astro build (cold: empty content-layer cache) and Pagefind,
 *   each timed with the peak memory of its process tree.
 *
 * Charts: the factors share one chart cache, so a factor draws only the
 * copies the previous one did not (the drawing of one chart does not depend
 * on the others: the per-chart rate is printed). Above `--draw-up-to` the
 * copies' charts are not drawn: the cache is filled with the drawing of the
 * same unit of copy 1 (same size, the links inside point at copy 1), which
 * the build only reads; the charts time for those factors is extrapolated
 * from the measured rate and marked as such.
 *
 * Factors up to `--starlight-up-to` (3) also build the same Markdown with
 * the stock Starlight (bench/starlight.ts), cold, for the ratio at that size.
 *
 * `--profile k` runs the astro build of factor k under `node --cpu-prof`
 * and prints the functions with the most self time (bench/lib/profile.ts).
 */
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { formatStep, machine, measure, type StepResult } from './lib/measure.ts';
import { topSelfTime } from './lib/profile.ts';
import { originalOf, readContentTree, writeMultiplied, writeMultipliedSources } from './multiply.ts';
import { astroCacheFor, buildStarlight, chartsStep, countHtml, env, node, repo, settings, snapshot, waitForLoad, type BuildResult } from './lib/build.ts';
import { prepareStarlight } from './starlight.ts';

const { values } = parseArgs({
  options: {
    factors: { type: 'string', default: '1,3,10,30' },
    'draw-up-to': { type: 'string', default: '10' },
    out: { type: 'string', default: '.cache/bench/scale' },
    profile: { type: 'string', default: '' },
    'starlight-up-to': { type: 'string', default: '3' },
    'wait-load': { type: 'string', default: '0' },
  },
});
const out = resolve(values.out);
const astroEntry = join(repo, 'node_modules/astro/bin/astro.mjs');
const factors = values.factors.split(',').map(Number).sort((a, b) => a - b);
const drawUpTo = Number(values['draw-up-to']);
const profileFactor = Number(values.profile || 0);
const starlightUpTo = Number(values['starlight-up-to']);
settings.waitLoad = Number(values['wait-load']);

interface Row {
  factor: number;
  pages: number;
  units: number;
  sourceMb: number;
  ingest: StepResult;
  charts: StepResult & { drawn: number; synthetic: number };
  astro: StepResult;
  pagefind: StepResult;
  /** The stock Starlight build of the same k-times Markdown (cold), for factors up to --starlight-up-to. */
  starlight: BuildResult | null;
  /** The same build again with the caches filled: charts (nothing to draw) and astro build. */
  warm: { charts: StepResult; astro: StepResult };
  starlightWarm: BuildResult | null;
}

/**
 * The chart cache for `content`, filled from copy 1's drawings for copies
 * above `drawnCopies`; returns how many were filled. Uses the snapshot's
 * chart code, so the hashes are the ones its build will look for.
 */
async function fillSyntheticCharts(project: string, content: string, chartsDir: string, drawnCopies: number): Promise<number> {
  type Store = typeof import('../scripts/charts/store.ts');
  type Collect = typeof import('../scripts/charts/collect.ts');
  const { chartHash, chartPath } = (await import(join(project, 'scripts/charts/store.ts'))) as Store;
  const { chartsOf, readContent } = (await import(join(project, 'scripts/charts/collect.ts'))) as Collect;
  const { documentos } = await readContent(content);
  const { charts } = chartsOf(documentos);
  const originals = new Map<string, string>();
  for (const entry of charts) if (originalOf(entry.origen) === entry.origen) originals.set(entry.origen, chartHash(entry.spec));
  let filled = 0;
  for (const entry of charts) {
    const copy = Number(/^[^/]+-copia(\d+)\//.exec(entry.origen)?.[1] ?? 1);
    if (copy <= drawnCopies) continue;
    const target = chartPath(chartHash(entry.spec), chartsDir);
    if (await stat(target).catch(() => null)) continue;
    const original = originals.get(originalOf(entry.origen));
    if (!original) throw new Error(`no original chart for ${entry.origen}`);
    await copyFile(chartPath(original, chartsDir), target);
    filled++;
  }
  return filled;
}

async function main(): Promise<void> {
  const info = machine();
  console.log(`Orgánica bench:scale — factores ${factors.join(', ')}; organigramas dibujados hasta ${drawUpTo}x`);
  console.log(`máquina: ${info.cpus} núcleos, ${info.memoryGb.toFixed(1)} GB, Node ${info.node}, carga ${info.load.join(' ')}`);
  await mkdir(out, { recursive: true });

  // A snapshot of the project (bench/lib/build.ts); its content/ ingested afresh is copy 1.
  const project = await snapshot(join(out, 'proyecto'));
  await measure('ingesta base', [node, 'bin/organica.js', 'ingest'], { env, cwd: project });
  const files = await readContentTree(join(project, 'content'));
  const chartsDir = join(out, 'charts');
  const rows: Row[] = [];
  let drawnCopies = 0;
  for (const factor of factors) {
    const dir = join(project, 'escala', `x${factor}`);
    await rm(dir, { recursive: true, force: true });
    console.log(`\n## ${factor}x`);

    // Ingest on k copies of the sources.
    await writeMultipliedSources(join(project, 'content/sources'), factor, join(dir, 'sources'));
    await waitForLoad();
    const ingest = await measure('ingesta', [node, 'bin/organica.js', 'ingest', '--sin-organigramas', '--fuentes', join(dir, 'sources'), '--contenido', join(dir, 'ingesta'), '--datos', join(dir, 'ingesta-datos')], { env, cwd: project });
    const sourceMb = Number(/([\d.]+) MB analizados/.exec(ingest.tail.join('\n'))?.[1] ?? 0);
    await rm(join(dir, 'ingesta'), { recursive: true, force: true });
    await rm(join(dir, 'ingesta-datos'), { recursive: true, force: true });
    await rm(join(dir, 'sources'), { recursive: true, force: true });
    console.log(`  ingesta      ${formatStep(ingest)}  (${sourceMb} MB)`);

    // The k-times content tree.
    const content = join(dir, 'content');
    await writeMultiplied(files, factor, content);
    const contentDir = content.slice(project.length + 1);
    const stepEnv = { ...env, CONTENT_DIR: contentDir, CHARTS_DIR: chartsDir };
    const units = files.filter((f) => f.path.endsWith('.md') && !f.path.endsWith('/index.md')).length * factor;

    let synthetic = 0;
    if (factor > drawUpTo) synthetic = await fillSyntheticCharts(project, content, chartsDir, drawnCopies);
    const svgs = async () => (await readdir(chartsDir).catch(() => [] as string[])).filter((name) => name.endsWith('.svg')).length;
    const before = await svgs();
    await waitForLoad();
    const chartsResult = await chartsStep(project, stepEnv);
    const drawn = (await svgs()) - before;
    if (factor <= drawUpTo) drawnCopies = factor;
    const charts = { ...chartsResult, drawn, synthetic };
    console.log(`  organigramas ${formatStep(charts)}  (${drawn} dibujados${synthetic ? `, ${synthetic} copiados de la copia 1` : ''})`);

    const dist = join(dir, 'dist');
    await rm(astroCacheFor(project, contentDir), { recursive: true, force: true });
    const profileDir = join(dir, 'profile');
    const profiling = factor === profileFactor;
    const astroArgv = profiling
      ? [node, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, astroEntry, 'build', '--force', '--outDir', dist]
      : [node, astroEntry, 'build', '--force', '--outDir', dist];
    await waitForLoad();
    const astro = await measure('astro', astroArgv, { env: stepEnv, cwd: project });
    const pages = await countHtml(dist);
    console.log(`  astro        ${formatStep(astro)}  (${pages} páginas, ${(pages / astro.seconds).toFixed(0)} páginas/s)${profiling ? ' [con --cpu-prof]' : ''}`);
    if (profiling) {
      for (const name of await readdir(profileDir)) {
        console.log(`  perfil ${name}:`);
        for (const line of await topSelfTime(join(profileDir, name), 15)) console.log(`    ${line}`);
      }
    }

    await waitForLoad();
    const pagefind = await measure('pagefind', [node, 'scripts/search/index.ts', dist], { env: stepEnv, cwd: project });
    console.log(`  pagefind     ${formatStep(pagefind)}`);

    // Warm: the charts step finds every chart cached; astro reuses its content-layer cache.
    await waitForLoad();
    const warmCharts = await chartsStep(project, stepEnv);
    await waitForLoad();
    const warmAstro = await measure('astro', [node, astroEntry, 'build', '--outDir', dist], { env: stepEnv, cwd: project });
    console.log(`  en caliente: organigramas ${warmCharts.seconds.toFixed(1)} s, astro ${formatStep(warmAstro)}`);

    let starlight: BuildResult | null = null;
    let starlightWarm: BuildResult | null = null;
    if (factor <= starlightUpTo) {
      const starlightDir = join(out, `starlight-x${factor}`);
      await prepareStarlight(content, starlightDir);
      starlight = await buildStarlight(starlightDir, true);
      console.log(`  starlight    ${formatStep(starlight.steps[0]!)}  (${starlight.pages} páginas, ${(starlight.pages / starlight.seconds).toFixed(0)} páginas/s)`);
      starlightWarm = await buildStarlight(starlightDir, false);
      console.log(`  starlight en caliente ${formatStep(starlightWarm.steps[0]!)}`);
      await rm(starlightDir, { recursive: true, force: true });
    }
    rows.push({ factor, pages, units, sourceMb, ingest, charts, astro, pagefind, starlight, warm: { charts: warmCharts, astro: warmAstro }, starlightWarm });

    // Keep the disk in check: a 30x dist is several GB.
    await rm(dist, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
    await rm(astroCacheFor(project, contentDir), { recursive: true, force: true });
    await writeFile(join(out, 'resultados.json'), JSON.stringify({ machine: info, rows }, (k, v) => (k === 'tail' ? undefined : v), 2));
  }

  const markdown = report(rows);
  await writeFile(join(out, 'escala.md'), markdown);
  console.log(`\n${markdown}\n(carga al terminar ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
}

/** Seconds per chart, from the factors that drew charts. */
function chartRate(rows: readonly Row[]): number {
  const drawing = rows.filter((r) => r.charts.drawn > 0 && r.charts.synthetic === 0);
  const seconds = drawing.reduce((s, r) => s + r.charts.seconds, 0);
  const drawn = drawing.reduce((s, r) => s + r.charts.drawn, 0);
  return drawn ? seconds / drawn : Number.NaN;
}

/** Exponent b of t = a·n^b between two points: 1 is linear. */
const exponent = (n1: number, t1: number, n2: number, t2: number) => Math.log(t2 / t1) / Math.log(n2 / n1);

export function report(rows: readonly Row[]): string {
  const rate = chartRate(rows);
  const first = rows[0];
  const chartsPerCopy = first ? first.units + 1 : 0;
  const lines: string[] = [];
  const sec = (t: number) => `${t.toFixed(1)} s`;
  lines.push('| corpus | páginas | ingesta | organigramas en frío | astro en frío | pagefind | **total en frío** | **total en caliente** | memoria pico (paso) | Starlight en frío / en caliente (sus páginas) |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const coldCharts = r.factor * chartsPerCopy * rate;
    const estimated = r.charts.drawn < (r.factor - 1) * chartsPerCopy;
    const chartsCell = `${estimated ? '~' : ''}${coldCharts.toFixed(0)} s${r.charts.synthetic > 0 ? ' (estimado)' : ''}`;
    const cold = r.ingest.seconds + coldCharts + r.astro.seconds + r.pagefind.seconds;
    const warm = r.ingest.seconds + r.warm.charts.seconds + r.warm.astro.seconds + r.pagefind.seconds;
    const peak = [r.ingest, r.charts, r.astro, r.pagefind].reduce((a, b) => (b.peakPssMb > a.peakPssMb ? b : a));
    const theirs = r.starlight
      ? `${sec(r.starlight.seconds)} / ${r.starlightWarm ? sec(r.starlightWarm.seconds) : '—'}, ${r.starlight.peakPssMb.toFixed(0)} MB (${r.starlight.pages}); razones: en frío ${(cold / r.starlight.seconds).toFixed(2)}, en caliente ${(warm / Math.min(r.starlight.seconds, r.starlightWarm?.seconds ?? Infinity)).toFixed(2)}`
      : '—';
    lines.push(
      `| ${r.factor}x | ${r.pages} | ${sec(r.ingest.seconds)} / ${r.ingest.peakPssMb.toFixed(0)} MB | ${chartsCell} | ${sec(r.astro.seconds)} / ${r.astro.peakPssMb.toFixed(0)} MB | ${sec(r.pagefind.seconds)} / ${r.pagefind.peakPssMb.toFixed(0)} MB | ${estimated ? '~' : ''}${cold.toFixed(0)} s | ${warm.toFixed(0)} s | ${peak.peakPssMb.toFixed(0)} MB (${peak.label}) | ${theirs} |`,
    );
  }
  lines.push('');
  lines.push(`Organigramas: ${Number.isFinite(rate) ? `${(rate * 1000).toFixed(0)} ms por organigrama` : 'sin medir'} (${chartsPerCopy} por copia del corpus), medido en los factores que los dibujaron; en frío se cuentan organigramas × ese ritmo, porque cada uno se dibuja por separado («~»: los de las copias no dibujadas se estiman así).`);
  const growth: string[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const step = (name: string, ta: number, tb: number) => `${name} ${exponent(a.pages, ta, b.pages, tb).toFixed(2)}`;
    const parts = [
      step('ingesta', a.ingest.seconds, b.ingest.seconds),
      step('astro', a.astro.seconds, b.astro.seconds),
      step('astro en caliente', a.warm.astro.seconds, b.warm.astro.seconds),
      step('pagefind', a.pagefind.seconds, b.pagefind.seconds),
      step('memoria de astro', a.astro.peakPssMb, b.astro.peakPssMb),
      step('memoria de pagefind', a.pagefind.peakPssMb, b.pagefind.peakPssMb),
    ];
    if (a.starlight && b.starlight) parts.push(step('Starlight', a.starlight.seconds, b.starlight.seconds));
    growth.push(`${a.factor}x→${b.factor}x: ${parts.join(', ')}`);
  }
  if (growth.length) lines.push(`Exponente de crecimiento b (tiempo o memoria ∝ páginas^b; 1 es lineal): ${growth.join('; ')}.`);
  return lines.join('\n');
}

if (import.meta.main) {
  await main();
}
