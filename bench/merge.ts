/**
 * `npm run bench:merge`: the way out when one build gets too large — build
 * per institution, index each build with Pagefind, merge the indexes in the
 * browser with Pagefind's multisite `mergeIndex`. Shown on two halves of the
 * corpus:
 *
 *   node bench/merge.ts [--out .cache/bench/merge] [--content DIR] [--full DIST] [--charts DIR]
 *
 * By default it reuses what `npm run bench` left in .cache/bench/run/proyecto/:
 * its content tree, its drawn charts and its whole-corpus dist (for comparing
 * the merged results with one index of everything).
 *
 * - half A: `imss` (UIT, MOIMSS, DOyE, the procedure); half B:
 *   `imss-bienestar` and `issste`. Each half is its own content tree, its own
 *   `astro build` and its own Pagefind index (timed, with peak memory);
 * - the deploy: A's dist, plus B's institution folders, plus B's index at
 *   `/pagefind-b/`;
 * - one search page (A's /buscar/, built with `SEARCH_MERGE=/pagefind-b/`,
 *   so its Component UI gets `mergeIndex: [{ bundlePath: '/pagefind-b/' }]`),
 *   queried in Chromium: the results must come from both halves and number
 *   the same as the one-build index of the whole corpus (when `--full` points
 *   at one).
 */
import { cp, mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launch, searchBytes } from './lib/browser.ts';
import { astro, chartsStep, countHtml, env, node, snapshot } from './lib/build.ts';
import { formatStep, measure, type StepResult } from './lib/measure.ts';
import { serve } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.cache/bench/merge' },
    content: { type: 'string', default: '.cache/bench/run/proyecto/content' },
    full: { type: 'string', default: '.cache/bench/run/proyecto/dist' },
    charts: { type: 'string', default: '.cache/bench/run/proyecto/content/graficas' },
  },
});
const out = resolve(values.out);

/** The two halves: institution folders of the content tree. */
export const halves = { a: ['imss'], b: ['imss-bienestar', 'issste'] } as const;
/** Where half B's index is served in the merged deploy. */
const bundleB = '/pagefind-b/';
/** Words found in both halves (UIT's and ISSSTE's transparency units), and one more. */
const queries = ['transparencia', 'presupuesto'];

async function exists(path: string): Promise<boolean> {
  return Boolean(await stat(path).catch(() => null));
}

async function buildHalf(project: string, name: 'a' | 'b', content: string): Promise<{ steps: StepResult[]; dist: string }> {
  const dir = join(project, 'mitades', name);
  const half = join(dir, 'content');
  await rm(dir, { recursive: true, force: true });
  for (const institution of halves[name]) await cp(join(content, institution), join(half, institution), { recursive: true });
  const contentDir = half.slice(project.length + 1);
  // A holds the search page: it merges B's index (the site's SEARCH_MERGE setting).
  const stepEnv = { ...env, CONTENT_DIR: contentDir, CHARTS_DIR: resolve(values.charts), ...(name === 'a' ? { SEARCH_MERGE: bundleB } : {}) };
  const dist = join(dir, 'dist');
  const run = { env: stepEnv, cwd: project };
  const steps = [
    await chartsStep(project, stepEnv),
    await measure('astro', [astro, 'build', '--outDir', dist], run),
    await measure('pagefind', [node, 'scripts/search/index.ts', dist], run),
  ];
  const pages = await countHtml(dist);
  console.log(`mitad ${name.toUpperCase()} (${halves[name].join(', ')}): ${pages} páginas`);
  for (const step of steps) console.log(`  ${step.label.padEnd(13)} ${formatStep(step)}`);
  return { steps, dist };
}

/** All results of `query` through the Pagefind JS API in a page of `site`, merging `merge` bundles: their URLs. */
async function apiSearch(browser: Browser, site: string, query: string, merge: string[]): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${site}/buscar/`);
  const urls = await page.evaluate(
    async ({ query, merge }) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: '/' });
      for (const bundle of merge) await pagefind.mergeIndex(bundle);
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return data.map((d: { url: string }) => d.url);
    },
    { query, merge },
  );
  await page.close();
  return urls;
}

const byInstitution = (urls: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const institution = url.split('/')[1] ?? '';
    counts.set(institution, (counts.get(institution) ?? 0) + 1);
  }
  return [...counts].map(([k, v]) => `${k} ${v}`).join(', ');
};

async function main(): Promise<number> {
  const content = resolve(values.content);
  if (!(await exists(content))) {
    console.error(`merge: no content tree at ${values.content}; run \`npm run bench\` first or pass --content (e.g. content).`);
    return 2;
  }
  await mkdir(out, { recursive: true });
  const project = await snapshot(join(out, 'proyecto'));
  const a = await buildHalf(project, 'a', content);
  const b = await buildHalf(project, 'b', content);

  // The deploy: A whole, B's institutions and B's index beside A's.
  const site = join(out, 'sitio');
  await rm(site, { recursive: true, force: true });
  await cp(a.dist, site, { recursive: true });
  for (const institution of halves.b) await cp(join(b.dist, institution), join(site, institution), { recursive: true });
  await cp(join(b.dist, 'pagefind'), join(site, bundleB.slice(1, -1)), { recursive: true });
  console.log(`despliegue: ${site} (A completo, ${halves.b.join(' y ')} de B, índice de B en ${bundleB})`);

  const server = await serve([{ prefix: '/', dir: site }]);
  const full = (await exists(resolve(values.full, 'pagefind'))) ? await serve([{ prefix: '/', dir: resolve(values.full) }]) : null;
  const browser = await launch();
  let ok = true;
  try {
    for (const query of queries) {
      const merged = await apiSearch(browser, server.url, query, [bundleB]);
      const onlyA = await apiSearch(browser, server.url, query, []);
      const whole = full ? await apiSearch(browser, full.url, query, []) : null;
      const both = halves.b.some((i) => merged.some((u) => u.startsWith(`/${i}/`))) && merged.some((u) => u.startsWith('/imss/'));
      const same = whole ? whole.length === merged.length && new Set(whole).size === new Set([...whole, ...merged]).size : true;
      ok &&= both && same;
      console.log(
        `«${query}»: índice A solo ${onlyA.length} resultados; A + B fusionados ${merged.length} (${byInstitution(merged)})` +
          (whole ? `; un solo índice del corpus entero ${whole.length} (${same ? 'las mismas páginas' : 'páginas distintas'})` : ''),
      );
    }
    // The Component UI of the one search page, as built with SEARCH_MERGE.
    const ui = await searchBytes(browser, `${server.url}/buscar/`, queries[0]!, queries[1]!);
    const fromB = ui.first.bytes.urls.filter((u) => u.includes(bundleB)).length;
    console.log(
      `página /buscar/ con mergeIndex: «${ui.first.query}» ${ui.first.results} resultados (${(ui.first.bytes.total.wire / 1024).toFixed(1)} KB, ${fromB} peticiones a ${bundleB}); «${ui.second.query}» ${ui.second.results} resultados (${(ui.second.bytes.total.wire / 1024).toFixed(1)} KB)`,
    );
    ok &&= fromB > 0;
  } finally {
    await browser.close();
    await server.close();
    await full?.close();
  }
  console.log(ok ? 'mergeIndex: la búsqueda fusionada encuentra páginas de las dos mitades.' : 'mergeIndex: FALLÓ (véase arriba).');
  return ok ? 0 : 1;
}

if (import.meta.main) {
  process.exitCode = await main();
}
