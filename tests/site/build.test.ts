import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { raizFixture } from './fixture.ts';

/**
 * The whole site built from the fixture under BASE_PATH=/manuales/, as a
 * deployment would: links, redirects, aliases, weights, validity.
 */

const raiz = join(import.meta.dirname, '../..');
const sitioUrl = 'https://intranet.example';
/** A unit page must weigh at most this, gzip (the budget). */
const pesoUnidadMax = 25 * 1024;
/** Produced by later build steps (Pagefind, the ingest's open data), not by `astro build`. */
const rutasDeOtrosPasos = /^\/manuales\/(pagefind|datos)\//;

let dist = '';
/** What `astro build` printed for `dist`. */
let salidaDeAstro = '';
/** The same site with every redirect page rendered by Astro (ORGANICA_REDIRECCIONES=astro). */
let distEnAstro = '';
const html = new Map<string, string>();

function archivos(dir: string): string[] {
  return readdirSync(dir).flatMap((nombre) => {
    const ruta = join(dir, nombre);
    return statSync(ruta).isDirectory() ? archivos(ruta) : [ruta];
  });
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'organica-sitio-'));
  // A copy of the fixture's committed drawings: a chart missing there is drawn into the copy, never into the repository.
  const dibujos = mkdtempSync(join(tmpdir(), 'organica-sitio-graficas-'));
  cpSync(join(raizFixture, 'graficas'), dibujos, { recursive: true });
  // Vitest puts its own import.meta.env into process.env (BASE_URL=/, MODE=test, ...): the build must not inherit them.
  const heredado = Object.fromEntries(
    Object.entries(process.env).filter(([clave]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(clave)),
  );
  const opciones = {
    cwd: raiz,
    env: {
      ...heredado,
      PATH: `${join(raiz, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
      CONTENT_DIR: relative(raiz, raizFixture), CHARTS_DIR: dibujos, BASE_PATH: '/manuales/', SITE_URL: sitioUrl,
      // As the part of a corpus built in parts that holds the search page.
      SEARCH_MERGE: '/issste/pagefind' },
    stdio: 'pipe' as const,
  };
  // Any chart missing is drawn first, as `npm run build` does.
  execFileSync(join(raiz, 'node_modules/.bin/node'), ['scripts/charts/render.ts'], opciones);
  salidaDeAstro = execFileSync(join(raiz, 'node_modules/.bin/astro'), ['build', '--outDir', dist], opciones).toString();
  distEnAstro = mkdtempSync(join(tmpdir(), 'organica-sitio-en-astro-'));
  execFileSync(join(raiz, 'node_modules/.bin/astro'), ['build', '--outDir', distEnAstro], { ...opciones, env: { ...opciones.env, ORGANICA_REDIRECCIONES: 'astro' } });
  for (const archivo of archivos(dist)) {
    if (archivo.endsWith('.html')) html.set('/' + relative(dist, archivo), readFileSync(archivo, 'utf8'));
  }
}, 180_000);

const pagina = (ruta: string) => {
  const texto = html.get(`/${ruta}index.html`);
  if (texto === undefined) throw new Error(`no se generó /${ruta}`);
  return texto;
};

describe('the site built under /manuales/', () => {
  it('writes a page for every unit, document, institution, alias and redirect', () => {
    for (const ruta of [
      '',
      'buscar/',
      'imss/',
      'imss/uit/',
      'imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/',
      'imss/uit/numeral/7.1.1/',
      'imss/uit/coordinacion-de-transparencia/',
      'imss/uit/division-de-archivo/',
      'imss-bienestar/estatuto/articulo/25/',
      'imss/0508-003-001/',
    ]) {
      expect(() => pagina(ruta)).not.toThrow();
    }
    expect(html.has('/404.html')).toBe(true);
  });

  it('links only to pages and assets that exist, all under the base path', () => {
    const rotos: string[] = [];
    for (const [archivo, texto] of html) {
      for (const [, url] of texto.matchAll(/(?:href|src|action)="([^"#?]*)[^"]*"/g)) {
        if (url === '' || /^https?:/.test(url!)) continue;
        if (!url!.startsWith('/manuales/')) {
          rotos.push(`${archivo}: ${url} fuera de la ruta base`);
          continue;
        }
        if (rutasDeOtrosPasos.test(url!)) continue;
        const destino = join(dist, url!.slice('/manuales/'.length));
        if (!existsSync(url!.endsWith('/') ? join(destino, 'index.html') : destino)) rotos.push(`${archivo}: ${url}`);
      }
    }
    expect(rotos).toEqual([]);
  });

  it('requests nothing from another origin', () => {
    for (const [archivo, texto] of html) {
      const externos = [...texto.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="(https?:[^"]*)"/g)]
        .map((m) => m[1]!)
        .filter((url) => !(url.startsWith(`${sitioUrl}/manuales/`) && /rel="canonical"/.test(texto)));
      expect(externos, archivo).toEqual([]);
      expect(texto, archivo).not.toMatch(/@import|url\(https?:/);
    }
  });

  it('makes functions citable: anchors, permalinks and the citation template with the canonical URL', () => {
    const texto = pagina('issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/');
    expect(texto).toContain('<html lang="es-MX"');
    expect(texto).toContain('<title>Jefatura de Servicios de Incorporación y Vigencia de Derechos · Manual de Organización General del ISSSTE · Orgánica</title>');
    expect(texto).toContain('<li id="funcion-3" data-n="3" data-pagefind-title="Función 3"><a class="n" href="#funcion-3">');
    expect(texto).toContain(
      'data-cita="Manual de Organización General del ISSSTE (DOF 30-12-2010, última modificación DOF 11-07-2018), numeral 1.2.1 Jefatura de Servicios de Incorporación y Vigencia de Derechos, función {n}. {url}"',
    );
    expect(texto).toContain(`data-cita-url="${sitioUrl}/manuales/issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/"`);
    expect(texto).toContain(`<link rel="canonical" href="${sitioUrl}/manuales/issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/">`);
  });

  it('marks only the content for search, with filters and the numeral', () => {
    const texto = pagina('imss/uit/division-de-transparencia-y-acceso-a-la-informacion/');
    expect(texto.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(texto).toMatch(/<article data-pagefind-body>[\s\S]*<h1><span class="numeral">7\.1\.1\.1 <\/span>División/);
    for (const filtro of ['institucion[content]" content="IMSS"', 'documento[content]', 'tipo[content]" content="División"']) {
      expect(texto).toContain(`data-pagefind-filter="${filtro}`);
    }
    expect(pagina('imss/uit/division-de-archivo/')).not.toContain('data-pagefind-body');
  });

  it('redirects old slugs, numerals and articles with canonical link, meta refresh and a visible link', () => {
    const renombrada = pagina('imss/uit/coordinacion-de-transparencia/');
    const destino = '/manuales/imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/';
    expect(renombrada).toContain(`<meta http-equiv="refresh" content="0; url=${destino}">`);
    expect(renombrada).toContain(`<link rel="canonical" href="${sitioUrl}${destino}">`);
    expect(renombrada).toContain(`<a href="${destino}">`);
    expect(pagina('imss/uit/division-de-archivo/')).toContain('content="0; url=/manuales/imss/uit/"');
    expect(pagina('imss/moimss/numeral/8.1.1/')).toContain('content="0; url=/manuales/imss/moimss/unidad-de-integridad-y-transparencia/"');
    const articulo = pagina('imss-bienestar/estatuto/articulo/25/');
    // The unit has one list, so its fracciones keep their plain anchors.
    expect(articulo).toContain('const prefijoFraccion = "";');
    expect(articulo).toContain("location.replace(destino + location.hash.replace(/^#(?=fraccion-)/, '#' + prefijoFraccion))");
    expect(articulo).toContain('/manuales/imss-bienestar/estatuto/unidad-de-atencion-a-la-salud/');
  });

  it('writes the redirect pages from one rendered page, byte for byte the pages Astro renders for each', () => {
    const bytes = (dir: string) => new Map(archivos(dir).map((archivo) => [relative(dir, archivo), readFileSync(archivo, 'utf8')]));
    const escritas = bytes(dist);
    const deAstro = bytes(distEnAstro);
    expect([...escritas.keys()].sort()).toEqual([...deAstro.keys()].sort());
    const distintas = [...escritas.keys()].filter((ruta) => escritas.get(ruta) !== deAstro.get(ruta));
    expect(distintas).toEqual([]);
    // Old slugs, numerals and articles all among them.
    const redirecciones = [...escritas].filter(([, texto]) => texto.includes('http-equiv="refresh"')).map(([ruta]) => ruta);
    const tipo = (ruta: string) => (ruta.includes('/numeral/') ? 'numeral' : ruta.includes('/articulo/') ? 'articulo' : 'slug');
    expect(new Set(redirecciones.map(tipo))).toEqual(new Set(['numeral', 'articulo', 'slug']));
  });

  it('gives the page bundle the content store as a file beside it, not inlined, and publishes no copy of it', () => {
    expect(salidaDeAstro).toMatch(/almacén de contenido \([\d.]+ MB\) leído de un archivo por las páginas/u);
    expect(archivos(dist).filter((archivo) => archivo.endsWith('organica-almacen.json'))).toEqual([]);
  });

  it('answers 404 in Spanish with a search box', () => {
    const texto = html.get('/404.html')!;
    expect(texto).toContain('Página no encontrada');
    expect(texto).toContain('action="/manuales/buscar/"');
  });

  it('loads Pagefind from the base path, on the search page only', () => {
    expect(pagina('buscar/')).toContain('src="/manuales/pagefind/pagefind-component-ui.js"');
    expect(pagina('buscar/')).toContain('bundle-path="/manuales/pagefind/"');
    // SEARCH_MERGE: the other part's index is merged into the results.
    expect(pagina('buscar/')).toContain('"mergeIndex":[{"bundlePath":"/issste/pagefind/"}]');
    const otras = [...html.entries()].filter(([ruta]) => ruta !== '/buscar/index.html' && html.get(ruta)!.includes('pagefind-component-ui'));
    expect(otras.map(([ruta]) => ruta)).toEqual([]);
  });

  it('lists unit pages, not redirects, in the sitemap with absolute URLs', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${sitioUrl}/manuales/imss/uit/division-de-transparencia-y-acceso-a-la-informacion/</loc>`);
    expect(sitemap).not.toContain('division-de-archivo');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${sitioUrl}/manuales/sitemap.xml`);
  });

  it('keeps every unit page within the weight budget', () => {
    const pesos = [...html].filter(([, texto]) => texto.includes('id="funcion-1"')).map(([ruta, texto]) => [ruta, gzipSync(texto).length] as const);
    expect(pesos.length).toBeGreaterThan(5);
    expect(pesos.filter(([, peso]) => peso > pesoUnidadMax)).toEqual([]);
  });

  it('writes no build dates or random ids into pages', () => {
    const hoy = new Date().toISOString().slice(0, 10);
    for (const [ruta, texto] of html) expect(texto, ruta).not.toContain(hoy);
  });

  it('passes the Nu Html Checker', () => {
    const java = spawnSync('java', ['-version']);
    if (java.status !== 0) return void console.warn('java no está instalado: se omite la validación HTML');
    const vnu = spawnSync('java', ['-jar', join(raiz, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--skip-non-html', dist], { encoding: 'utf8' });
    expect(vnu.stderr.replaceAll(dist, '')).toBe('');
    expect(vnu.status).toBe(0);
  }, 60_000);
});
