import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError, searchRanking } from '../../scripts/search/index.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';

/**
 * Builds a Pagefind index from a few pages marked up like the site's unit
 * pages and queries it through Pagefind's own JavaScript API (in Node, over
 * HTTP) and through its Component UI (in Chromium, under a base path).
 */

interface Unidad {
  ruta: string;
  siglas: string;
  documento: string;
  tipo: string;
  numeral: string | null;
  nombre: string;
  funciones: string[];
  texto?: string;
}

const unidades: Unidad[] = [
  {
    ruta: 'imss/moimss/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica',
    siglas: 'IMSS',
    documento: 'MOIMSS',
    tipo: 'Coordinación',
    numeral: '8.1.10',
    nombre: 'Coordinación de Transparencia y Acceso a la Información Pública',
    funciones: ['Coordinar la atención de las solicitudes de acceso a la información.', 'Supervisar los almacenes de expedientes clasificados.'],
  },
  {
    ruta: 'imss/moimss/direccion-juridica',
    siglas: 'IMSS',
    documento: 'MOIMSS',
    tipo: 'Dirección',
    numeral: '8.1.1',
    nombre: 'Dirección Jurídica',
    funciones: ['Representar al Instituto ante los tribunales.'],
    // Cites the other numerals: a numeral query must still rank its own unit first.
    texto: 'Coordina con las unidades 8.1.10, 8.1.10.2 y 8.1.11 la respuesta a solicitudes de transparencia.',
  },
  {
    ruta: 'imss/moimss/division-de-transparencia',
    siglas: 'IMSS',
    documento: 'MOIMSS',
    tipo: 'División',
    numeral: '8.1.10.2',
    nombre: 'División de Transparencia',
    funciones: ['Integrar el índice de expedientes. Ver 8.1.10.'],
  },
  {
    ruta: 'issste/mog/coordinacion-general-de-comunicacion-social',
    siglas: 'ISSSTE',
    documento: 'MOG ISSSTE',
    tipo: 'Coordinación',
    numeral: '1.0.1',
    nombre: 'Coordinación General de Comunicación Social',
    funciones: ['Difundir la información institucional; coordinar la comunicación con los medios.'],
  },
  {
    // Without dots, 10.1 and 1.0.1 would be the same word `101`.
    ruta: 'issste/mog/subdireccion-de-afiliacion',
    siglas: 'ISSSTE',
    documento: 'MOG ISSSTE',
    tipo: 'Subdirección',
    numeral: '10.1',
    nombre: 'Subdirección de Afiliación y Vigencia',
    funciones: ['Mantener actualizado el padrón de derechohabientes.'],
  },
];

function paginaUnidad(u: Unidad): string {
  const funciones = u.funciones
    .map((f, i) => `<li id="funcion-${i + 1}" data-n="${i + 1}" data-pagefind-title="Función ${i + 1}"><a class="n" href="#funcion-${i + 1}"><span class="vh">Función </span>${i + 1}.</a> ${f}</li>`)
    .join('');
  return `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>${u.nombre} · ${u.documento}</title>
<meta name="pagefind-filtro-institucion" data-pagefind-filter="institucion[content]" content="${u.siglas}">
<meta name="pagefind-filtro-documento" data-pagefind-filter="documento[content]" content="${u.documento}">
<meta name="pagefind-filtro-tipo" data-pagefind-filter="tipo[content]" content="${u.tipo}">
<meta name="pagefind-meta-title" data-pagefind-meta="title[content]" content="${u.numeral ? `${u.numeral} ` : ''}${u.nombre}">
</head><body><header><nav>Inicio · Buscar · Cabecera zanahoria</nav></header>
<main><article data-pagefind-body><p class="antetitulo">${u.tipo} · ${u.documento}</p>
<h1>${u.numeral ? `<span class="numeral">${u.numeral} </span>` : ''}${u.nombre}</h1>
${u.texto ? `<p>${u.texto}</p>` : ''}
<section aria-labelledby="funciones"><h2 id="funciones">Funciones</h2><ol class="funciones">${funciones}</ol></section>
</article><section><h2>Organigrama</h2><figure class="chart"><svg><text>Unidad de Organigrama Secreta</text></svg></figure></section></main></body></html>`;
}

const inicio = `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Orgánica</title></head><body><main><h1>Manuales de organización</h1><p>Coordinación de portada.</p></main></body></html>`;

/** The search page markup the site needs (see the report): Component UI, Spanish, under a base path. */
const paginaBuscar = (base: string) => `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Buscar</title>
<link rel="stylesheet" href="${base}pagefind/pagefind-component-ui.css">
</head><body><main>
<pagefind-config bundle-path="${base}pagefind/" lang="es"></pagefind-config>
<pagefind-input placeholder="Unidad, función o numeral"></pagefind-input>
<pagefind-summary></pagefind-summary>
<pagefind-filter-pane></pagefind-filter-pane>
<pagefind-results></pagefind-results>
</main>
<script src="${base}pagefind/pagefind-component-ui.js"></script>
<script>
  const buscador = PagefindComponents.configureInstance('default', { ranking: ${JSON.stringify(searchRanking)} });
  const q = new URLSearchParams(location.search).get('q');
  if (q) buscador.triggerSearch(q);
</script>
</body></html>`;

const base = '/manuales/';
let site: string;
let server: Server;
let origin: string;
let indexed: Awaited<ReturnType<typeof buildSearchIndex>>;

interface Resultado {
  url: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string }[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<Resultado> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
let api: PagefindApi;

async function buscar(q: string, filters?: Record<string, string>): Promise<Resultado[]> {
  const { results } = await api.search(q, filters ? { filters } : undefined);
  return Promise.all(results.map((r) => r.data()));
}
const url = (u: Unidad) => `${base}${u.ruta}/`;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'search-site-'));
  await writeFile(join(site, 'index.html'), inicio);
  await mkdir(join(site, 'buscar'), { recursive: true });
  await writeFile(join(site, 'buscar', 'index.html'), paginaBuscar(base));
  for (const u of unidades) {
    await mkdir(join(site, u.ruta), { recursive: true });
    await writeFile(join(site, u.ruta, 'index.html'), paginaUnidad(u));
  }
  indexed = await buildSearchIndex({ site });

  // Serve the site under the base path, as a sub-path deployment would.
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return void res.writeHead(404).end();
    const file = join(site, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  api = (await import(/* @vite-ignore */ pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
  await api.options({ basePath: `${origin}${base}pagefind/`, baseUrl: base, ranking: searchRanking });
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(site, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('indexes the pages that have a data-pagefind-body and writes the bundle with the Component UI', async () => {
    // Pagefind counts every HTML file it read (the home and search pages have no data-pagefind-body).
    expect(indexed.pages).toBe(unidades.length + 2);
    const files = await readdir(join(site, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-entry.json']));
    const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['es']);
  });

  it('fails with Pagefind\'s reason when there is nothing to index', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'search-empty-'));
    await expect(buildSearchIndex({ site: empty })).rejects.toThrow(SearchIndexError);
    await expect(buildSearchIndex({ site: empty })).rejects.toThrow(/no page to index\nExpected HTML pages with data-pagefind-body .* run `astro build` first/);
    await rm(empty, { recursive: true, force: true });
  });
});

describe('Pagefind queries (its JavaScript API)', () => {
  it('finds a unit without its accents: "coordinacion de transparencia"', async () => {
    const [primero] = await buscar('coordinacion de transparencia');
    expect(primero?.url).toBe(url(unidades[0]!));
    expect(primero?.meta['title']).toBe('8.1.10 Coordinación de Transparencia y Acceso a la Información Pública');
    expect((await buscar('informacion publica'))[0]?.url).toBe(url(unidades[0]!));
  });

  it.each([
    ['8.1.10', 0],
    ['8.1.1', 1],
    ['8.1.10.2', 2],
    ['1.0.1', 3],
    ['10.1', 4],
  ])('finds the unit whose numeral is %s first, before pages that cite it', async (numeral, i) => {
    const resultados = await buscar(numeral);
    expect(resultados[0]?.url).toBe(url(unidades[i]!));
  });

  it('lands a hit in a function on the function: a sub-result #funcion-<n>', async () => {
    const [primero] = await buscar('almacenes');
    expect(primero?.url).toBe(url(unidades[0]!));
    expect(primero?.sub_results.map((s) => [s.url, s.title])).toContainEqual([`${url(unidades[0]!)}#funcion-2`, 'Función 2']);
  });

  it('filters by institución, documento and tipo', async () => {
    expect(await api.filters()).toEqual({
      institucion: { IMSS: 3, ISSSTE: 2 },
      documento: { MOIMSS: 3, 'MOG ISSSTE': 2 },
      tipo: { Coordinación: 2, Dirección: 1, División: 1, Subdirección: 1 },
    });
    expect((await buscar('coordinacion', { institucion: 'ISSSTE' })).map((r) => r.url)).toEqual([url(unidades[3]!)]);
  });

  it('indexes only the article: not the header, not the org chart, not pages without data-pagefind-body', async () => {
    expect(await buscar('secreta')).toEqual([]);
    expect(await buscar('portada')).toEqual([]);
    expect(await buscar('zanahoria')).toEqual([]);
  });
});

describe('the Component UI on a search page under a base path', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(() => browser?.close());

  it('shows results for an accent-free query, linking under the base path, with function sub-results', async () => {
    const page = await browser.newPage();
    const errores: string[] = [];
    page.on('pageerror', (e) => errores.push(e.message));
    await page.goto(`${origin}${base}buscar/`);
    await page.locator('pagefind-input input').fill('almacenes');
    const enlace = page.locator('pagefind-results a[href*="coordinacion-de-transparencia"]').first();
    await enlace.waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(url(unidades[0]!));
    expect(hrefs).toContain(`${url(unidades[0]!)}#funcion-2`);
    // Spanish UI strings (from <pagefind-config lang="es">).
    expect(await page.locator('pagefind-summary').innerText()).toMatch(/resultado/i);
    expect(errores).toEqual([]);
    await page.close();
  }, 30_000);

  it('runs the query of the site-wide form (?q=) and ranks a numeral\'s own unit first', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${base}buscar/?q=8.1.10`);
    await page.locator('pagefind-results a').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('pagefind-input input').inputValue()).toBe('8.1.10');
    expect(await page.locator('pagefind-results a').first().getAttribute('href')).toBe(url(unidades[0]!));
    await page.close();
  }, 30_000);
});
