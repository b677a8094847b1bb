/**
 * `npm run bench`: the figures of issues 5 and 11, measured in one run, ours
 * and a stock Starlight's side by side. Prints them and writes
 * `.cache/bench/resultados.json` and `.cache/bench/rendimiento.md` (the
 * README's "Rendimiento" section, ready to paste).
 *
 *   node bench/run.ts [--out .cache/bench/run] [--rounds 3] [--skip starlight,lighthouse,browser] [--wait-load 1.5]
 *
 * 1. Ingest: scripts/bench-ingest.ts (time and MB/s of the pure pipeline).
 * 2. Our full build (`organica build`: ingest, charts, astro build,
 *    Pagefind) four ways (bench/lib/build.ts `Modo`): a fresh clone's first
 *    build (committed content, drawings and manifest, no cache), from
 *    scratch (no drawing, no cache: Chromium draws every chart), from
 *    scratch with `--limpia` (the ingest runs too) and warm (the same
 *    again), each timed with the peak
 *    memory of its process tree (bench/lib/measure.ts) and its own step
 *    times. They run in a snapshot of the project under `--out`, taken anew
 *    for each clone and scratch build: the repository is not touched.
 * 3. The same Markdown built by a stock Starlight (bench/starlight.ts), cold
 *    and warm, in the same rounds: each round is Starlight cold, ours
 *    (clone, scratch, clean scratch, warm), Starlight warm, so a change in the machine's
 *    load hits both sides; the report gives each build's median.
 * 4. Bytes a reader downloads per page type, ours and Starlight's (Chromium),
 *    the gzip size of every unit page, and a unit page read with JavaScript off.
 * 5. Pagefind bytes for the search page, a first and a second query.
 * 6. Lighthouse scores of a unit page, ours and Starlight's.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { kb, launch, pageBytes, readableWithoutJs, searchBytes, type PageBytes, type SearchBytes } from './lib/browser.ts';
import { lighthouseScores, type LighthouseResult } from './lib/lighthouse.ts';
import { execFileSync } from 'node:child_process';
import { buildOurs, buildStarlight, countHtml, env, median, node, repo, settings, snapshot, type BuildResult } from './lib/build.ts';
import { formatStep, machine, measure } from './lib/measure.ts';
import { serve } from './lib/serve.ts';
import { readContentTree } from './multiply.ts';
import { prepareStarlight } from './starlight.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.cache/bench/run' },
    skip: { type: 'string', default: '' },
    'wait-load': { type: 'string', default: '0' },
    rounds: { type: 'string', default: '3' },
  },
});
const out = resolve(values.out);
/** Rounds of builds, each side's builds interleaved; the report gives the medians. */
const rounds = Number(values.rounds);
const skip = new Set(values.skip.split(',').filter(Boolean));
settings.waitLoad = Number(values['wait-load']);
/** Sizes of the HTML of every unit page: raw and gzip, sorted by gzip. */
async function unitPageSizes(dist: string, units: readonly string[]): Promise<{ path: string; raw: number; gzip: number }[]> {
  const sizes: { path: string; raw: number; gzip: number }[] = [];
  for (const unit of units) {
    const html = await readFile(join(dist, unit, 'index.html')).catch(() => null);
    if (html) sizes.push({ path: unit, raw: html.length, gzip: gzipSync(html).length });
  }
  return sizes.sort((a, b) => a.gzip - b.gzip);
}

const quantile = <T>(sorted: readonly T[], q: number): T => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;


async function main(): Promise<void> {
  const started = Date.now();
  const info = machine();
  const git = gitState();
  console.log(`Orgánica bench — ${new Date().toISOString()}`);
  console.log(`máquina: ${info.cpus} núcleos (${info.cpuModel}), ${info.memoryGb.toFixed(1)} GB de memoria, Node ${info.node}, carga ${info.load.join(' ')}`);
  await mkdir(out, { recursive: true });

  // 1. Ingest.
  console.log('\n## Ingesta');
  const ingest = await measure('bench:ingest', [node, 'scripts/bench-ingest.ts', '--runs', '5'], { env });
  for (const line of ingest.tail) console.log(line);
  const corpus = /corpus\s+([\d.]+) MB\s+([\d.]+) ms\s+([\d.]+) MB\/s/.exec(ingest.tail.join('\n'));

  // 2-3. Builds, interleaved: each round a Starlight cold build, then ours from a fresh clone,
  // from scratch and warm, then a warm Starlight; a change in the machine's load hits both sides.
  const project = join(out, 'proyecto');
  const tree = { content: join(project, 'content'), dist: join(project, 'dist') };
  const starlightDir = join(out, 'starlight');
  console.log(`\n## Construcción completa (copia del proyecto en ${project}, ${git}; ${rounds} rondas alternadas)`);
  if (!skip.has('starlight')) {
    const pages = await prepareStarlight(join(repo, 'content'), starlightDir);
    console.log(`  (Starlight: ${pages} páginas Markdown copiadas a ${starlightDir}/src/content/docs)`);
  }
  const runs: Record<'clon' | 'cero' | 'limpia' | 'caliente' | 'starlightFrio' | 'starlightCaliente', BuildResult[]> = { clon: [], cero: [], limpia: [], caliente: [], starlightFrio: [], starlightCaliente: [] };
  const run = async (key: keyof typeof runs, label: string, build: () => Promise<BuildResult>) => {
    const result = await build();
    runs[key].push(result);
    printBuild(label, result);
  };
  for (let round = 1; round <= rounds; round++) {
    console.log(`\n### Ronda ${round}`);
    if (!skip.has('starlight')) await run('starlightFrio', 'Starlight, en frío', () => buildStarlight(starlightDir, true));
    await snapshot(project);
    await run('clon', 'nuestra, clon recién hecho', () => buildOurs(project, { modo: 'clon' }));
    await snapshot(project);
    await run('cero', 'nuestra, desde cero', () => buildOurs(project, { modo: 'cero' }));
    await snapshot(project);
    await run('limpia', 'nuestra, desde cero con --limpia', () => buildOurs(project, { modo: 'limpia' }));
    await run('caliente', 'nuestra, en caliente', () => buildOurs(project, { modo: 'caliente' }));
    if (!skip.has('starlight')) await run('starlightCaliente', 'Starlight, en caliente', () => buildStarlight(starlightDir, false));
  }
  const medians = {
    clon: median(runs.clon),
    cero: median(runs.cero),
    limpia: median(runs.limpia),
    caliente: median(runs.caliente),
    starlightFrio: runs.starlightFrio.length ? median(runs.starlightFrio) : null,
    starlightCaliente: runs.starlightCaliente.length ? median(runs.starlightCaliente) : null,
  };
  console.log(`\n  medianas de ${rounds}: ${Object.entries(runs).map(([key, list]) => `${key} ${list.map((b) => b.seconds.toFixed(1)).join(' / ')} s`).join('; ')}`);
  const htmlOurs = await countHtml(tree.dist);
  const htmlStarlight = medians.starlightFrio ? await countHtml(join(starlightDir, 'dist')) : 0;

  // 4-6. What a reader downloads.
  const files = await readContentTree(tree.content);
  const unitFiles = files.filter((f) => f.path.endsWith('.md') && !f.path.endsWith('/index.md'));
  const units = unitFiles.map((f) => f.path.replace(/\.md$/, ''));
  const functionsOf = new Map(unitFiles.map((f) => [f.path.replace(/\.md$/, ''), Number((parseYaml(/^---\n([\s\S]*?\n)---\n/.exec(f.text)?.[1] ?? '') as { totalFunciones: number }).totalFunciones)]));
  const oursSizes = await unitPageSizes(tree.dist, units);
  const starlightSizes = medians.starlightFrio ? await unitPageSizes(join(starlightDir, 'dist'), units) : [];
  const medianUnit = quantile(oursSizes, 0.5).path;
  const largestUnit = oursSizes.at(-1)!.path;

  const pageTypes: { tipo: string; path: string; starlight: boolean }[] = [
    { tipo: 'inicio', path: '', starlight: false },
    { tipo: 'institución (IMSS)', path: 'imss', starlight: false },
    { tipo: 'documento (UIT, 17 unidades)', path: 'imss/uit', starlight: true },
    { tipo: 'documento (MOG ISSSTE, 553 unidades)', path: 'issste/mog', starlight: true },
    { tipo: 'procedimiento (con diagrama)', path: 'imss/0508-003-001', starlight: true },
    { tipo: 'unidad (mediana)', path: medianUnit, starlight: true },
    { tipo: 'unidad (la mayor)', path: largestUnit, starlight: true },
    { tipo: 'buscar (sin consulta)', path: 'buscar', starlight: false },
  ];
  const bytes: { tipo: string; path: string; ours: PageBytes; starlight: PageBytes | null }[] = [];
  let noJs: { path: string; ok: boolean; heading: string; functions: number; expected: number }[] = [];
  let search: SearchBytes | null = null;
  let lighthouse: { ours: LighthouseResult; starlight: LighthouseResult | null } | null = null;
  if (!skip.has('browser')) {
    const ours = await serve([{ prefix: '/', dir: tree.dist }]);
    const theirs = medians.starlightFrio ? await serve([{ prefix: '/', dir: join(starlightDir, 'dist') }]) : null;
    const browser = await launch();
    try {
      for (const type of pageTypes) {
        const path = type.path ? `/${type.path}/` : '/';
        bytes.push({
          tipo: type.tipo,
          path,
          ours: await pageBytes(browser, `${ours.url}${path}`),
          starlight: theirs && type.starlight ? await pageBytes(browser, `${theirs.url}${path}`) : null,
        });
      }
      for (const path of [medianUnit, largestUnit]) {
        const expected = functionsOf.get(path) ?? 0;
        noJs.push({ path: `/${path}/`, expected, ...(await readableWithoutJs(browser, `${ours.url}/${path}/`, expected)) });
      }
      search = await searchBytes(browser, `${ours.url}/buscar/`, 'transparencia', 'presupuesto');
    } finally {
      await browser.close();
    }
    if (!skip.has('lighthouse')) {
      lighthouse = {
        ours: await lighthouseScores(`${ours.url}/${medianUnit}/`),
        starlight: theirs ? await lighthouseScores(`${theirs.url}/${medianUnit}/`) : null,
      };
    }
    await ours.close();
    await theirs?.close();
  }

  // Report.
  const results = {
    fecha: new Date().toISOString(),
    git,
    maquina: { ...info, loadEnd: loadavg() },
    ingesta: corpus ? { mb: Number(corpus[1]), ms: Number(corpus[2]), mbPorSegundo: Number(corpus[3]) } : null,
    construccion: { ...medians, rondas: runs, htmlOurs, htmlStarlight },
    unidades: {
      ours: summary(oursSizes),
      starlight: starlightSizes.length ? summary(starlightSizes) : null,
      mediana: medianUnit,
      mayor: largestUnit,
    },
    bytes,
    sinJs: noJs,
    busqueda: search,
    lighthouse,
    minutos: (Date.now() - started) / 60_000,
  };
  await writeFile(join(out, '..', 'resultados.json'), JSON.stringify(results, (key, value) => (key === 'urls' || key === 'tail' ? undefined : value), 2));
  const markdown = report(results);
  await writeFile(join(out, '..', 'rendimiento.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`\n(${results.minutos.toFixed(1)} min; resultados en ${join(values.out, '..', 'resultados.json')} y rendimiento.md)`);
}

/** `c104c10 + 12 archivos sin confirmar`: the code the figures are of. */
function gitState(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return dirty ? `${head} + ${dirty} archivos sin confirmar` : head;
  } catch {
    return 'sin git';
  }
}

function summary(sizes: readonly { path: string; raw: number; gzip: number }[]) {
  return {
    paginas: sizes.length,
    gzipMediana: quantile(sizes, 0.5).gzip,
    gzipP90: quantile(sizes, 0.9).gzip,
    gzipMax: sizes.at(-1)!.gzip,
    rawMediana: quantile(sizes, 0.5).raw,
    rawMax: Math.max(...sizes.map((s) => s.raw)),
    mayor: sizes.at(-1)!.path,
  };
}

function printBuild(label: string, build: BuildResult): void {
  console.log(`- ${label}: ${build.seconds.toFixed(1)} s, ${build.pages} páginas (${(build.pages / build.seconds).toFixed(1)} páginas/s), pico ${build.peakPssMb.toFixed(0)} MB`);
  for (const step of build.steps) console.log(`    ${step.label.padEnd(13)} ${formatStep(step)}`);
}

type Results = {
  fecha: string;
  git: string;
  maquina: ReturnType<typeof machine> & { loadEnd: number[] };
  ingesta: { mb: number; ms: number; mbPorSegundo: number } | null;
  construccion: { clon: BuildResult; cero: BuildResult; limpia: BuildResult; caliente: BuildResult; starlightFrio: BuildResult | null; starlightCaliente: BuildResult | null; rondas: Record<string, BuildResult[]>; htmlOurs: number; htmlStarlight: number };
  unidades: { ours: ReturnType<typeof summary>; starlight: ReturnType<typeof summary> | null; mediana: string; mayor: string };
  bytes: { tipo: string; path: string; ours: PageBytes; starlight: PageBytes | null }[];
  sinJs: { path: string; ok: boolean; heading: string; functions: number; expected: number }[];
  busqueda: SearchBytes | null;
  lighthouse: { ours: LighthouseResult; starlight: LighthouseResult | null } | null;
};

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const ok = (pass: boolean) => (pass ? 'cumple' : '**no cumple**');

/** The README section, in Spanish. */
export function report(r: Results): string {
  const { clon, cero, limpia, caliente, starlightFrio, starlightCaliente, rondas } = r.construccion;
  const lines: string[] = [];
  const m = r.maquina;
  lines.push(`Medido el ${r.fecha.slice(0, 10)} (código ${r.git}) con \`npm run bench\` en una máquina de ${m.cpus} núcleos (${m.cpuModel}), ${m.memoryGb.toFixed(0)} GB de memoria, Node ${m.node}; carga media (1 min) al empezar ${m.load[0]}, al terminar ${r.maquina.loadEnd[0]?.toFixed(2)}.`);
  lines.push('');
  if (r.ingesta) lines.push(`**Ingesta** (análisis del corpus, sin lectura de disco, mediana de 5 corridas): ${r.ingesta.mb.toFixed(2)} MB en ${r.ingesta.ms.toFixed(0)} ms, **${r.ingesta.mbPorSegundo.toFixed(1)} MB/s**.`);
  lines.push('');
  const todas = Object.values(rondas).flat();
  const cargas = todas.flatMap((b) => b.load);
  lines.push(`**Construcción completa** (\`organica build\` en una copia del proyecto como la deja \`git clone\`, sin contar \`npm ci\`; ${rondas['clon']?.length ?? 0} rondas, cada una Starlight en frío, la nuestra de un clon recién hecho, desde cero, desde cero con \`--limpia\` y en caliente, y Starlight en caliente; mediana de las rondas; memoria: pico de PSS del árbol de procesos; carga media durante las construcciones entre ${Math.min(...cargas).toFixed(1)} y ${Math.max(...cargas).toFixed(1)}):`);
  lines.push('');
  lines.push('| construcción | tiempo (mediana) | corridas | páginas | memoria pico | pasos (de la mediana) |');
  lines.push('|---|---|---|---|---|---|');
  const row = (label: string, b: BuildResult | null, key: string) => {
    if (!b) return;
    const corridas = (rondas[key] ?? []).map((x) => x.seconds.toFixed(1)).join(' / ');
    lines.push(`| ${label} | **${s(b.seconds)}** | ${corridas} s | ${b.pages} | ${mb(b.peakPssMb)} | ${b.steps.map((st) => `${st.label} ${s(st.seconds)}${st.label === 'dibujo' ? ' (en paralelo)' : ''}`).join('; ') || '`astro build` con su Pagefind'} |`);
  };
  row('Orgánica, clon recién hecho', clon, 'clon');
  row('Orgánica, desde cero (sin organigramas dibujados ni cachés)', cero, 'cero');
  row('Orgánica, desde cero con `--limpia` (además, la ingesta entera)', limpia, 'limpia');
  row('Orgánica, en caliente', caliente, 'caliente');
  row('Starlight, en frío', starlightFrio, 'starlightFrio');
  row('Starlight, en caliente', starlightCaliente, 'starlightCaliente');
  lines.push('');
  if (starlightFrio && starlightCaliente) {
    const razonClon = clon.seconds / starlightFrio.seconds;
    const razonCero = cero.seconds / starlightFrio.seconds;
    const razonLimpia = limpia.seconds / starlightFrio.seconds;
    const razonCaliente = caliente.seconds / starlightCaliente.seconds;
    lines.push('| meta | razón Orgánica / Starlight | |');
    lines.push('|---|---|---|');
    lines.push(`| clon recién hecho ≤ 1,0 × Starlight en frío | **${razonClon.toFixed(2)}** | ${ok(razonClon <= 1)} |`);
    lines.push(`| desde cero ≤ 1,5 × Starlight en frío | **${razonCero.toFixed(2)}** | ${ok(razonCero <= 1.5)} |`);
    lines.push(`| (desde cero con \`--limpia\`, sin meta) | **${razonLimpia.toFixed(2)}** | |`);
    lines.push(`| en caliente ≤ 0,5 × Starlight en caliente | **${razonCaliente.toFixed(2)}** | ${ok(razonCaliente <= 0.5)} |`);
    lines.push('');
  }
  if (r.bytes.length) {
    lines.push('**Bytes que descarga un lector** (Chromium, caché vacía; transferidos con gzip, entre paréntesis sin comprimir):');
    lines.push('');
    lines.push('| página | HTML | CSS | JS | total | Starlight: HTML | CSS | JS | total |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    const cell = (b: { raw: number; wire: number }) => `${kb(b.wire)} (${kb(b.raw)})`;
    for (const page of r.bytes) {
      const t = page.starlight;
      lines.push(`| ${page.tipo} \`${page.path}\` | ${cell(page.ours.html)} | ${cell(page.ours.css)} | ${cell(page.ours.js)} | **${kb(page.ours.total.wire)}** | ${t ? `${cell(t.html)} | ${cell(t.css)} | ${cell(t.js)} | **${kb(t.total.wire)}**` : '— | — | — | —'} |`);
    }
    lines.push('');
    const u = r.unidades.ours;
    const unitPage = r.bytes.find((b) => b.tipo === 'unidad (la mayor)');
    const shared = unitPage ? unitPage.ours.css.wire + unitPage.ours.js.wire : 0;
    const worst = u.gzipMax + shared;
    lines.push(`Las ${u.paginas} páginas de unidad: HTML con gzip mediana ${kb(u.gzipMediana)}, p90 ${kb(u.gzipP90)}, máximo ${kb(u.gzipMax)} (\`${u.mayor}\`)` + (r.unidades.starlight ? `; Starlight: mediana ${kb(r.unidades.starlight.gzipMediana)}, máximo ${kb(r.unidades.starlight.gzipMax)} (su HTML sin comprimir: mediana ${kb(r.unidades.starlight.rawMediana)}, por la barra lateral con todas las páginas).` : '.'));
    lines.push(`Meta «una página de unidad ≤ 25 KB con gzip, sin JavaScript para leerla»: la mayor pesa ${kb(worst)} con su CSS y JS (${ok(worst <= 25 * 1024)}); con JavaScript desactivado ${r.sinJs.map((n) => `\`${n.path}\` muestra su título y ${n.functions}/${n.expected} funciones`).join(', ')} (${ok(r.sinJs.every((n) => n.ok))}).`);
    lines.push('');
  }
  if (r.busqueda) {
    const b = r.busqueda;
    lines.push(`**Búsqueda (Pagefind)**, bytes bajo \`/pagefind/\` en \`/buscar/\`: al abrir la página ${kb(b.page.total.wire)} (interfaz); primera consulta «${b.first.query}» (${b.first.results} resultados) ${kb(b.first.bytes.total.wire)} en ${b.first.bytes.total.requests} peticiones (motor WebAssembly, filtros, un trozo del índice y los fragmentos de los resultados visibles); segunda consulta «${b.second.query}» (${b.second.results} resultados) ${kb(b.second.bytes.total.wire)} en ${b.second.bytes.total.requests} peticiones.`);
    lines.push('');
  }
  if (r.lighthouse) {
    const l = r.lighthouse;
    const scores = (x: LighthouseResult) => `rendimiento ${x.scores.performance}, accesibilidad ${x.scores.accessibility}, buenas prácticas ${x.scores['best-practices']}, SEO ${x.scores.seo} (LCP ${(x.metrics.lcp / 1000).toFixed(1)} s simulado, ${kb(x.metrics.bytes)})`;
    lines.push(`**Lighthouse** (móvil, valores por omisión) de la página de unidad \`/${r.unidades.mediana}/\`: ${scores(l.ours)}${l.starlight ? `; la misma página en Starlight: ${scores(l.starlight)}` : ''}.${l.ours.failing.length ? ` Auditorías que no pasan: ${l.ours.failing.join('; ')}.` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

if (import.meta.main) {
  await main();
}
