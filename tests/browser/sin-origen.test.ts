import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rutaBase, servirSitio, type Servidor } from './sitio.ts';

/**
 * `npm run build` with no variables, as the README's two commands run it:
 * without SITE_URL the build knows no origin, so nothing it publishes may
 * name one (a default of localhost once put 3,334 broken links in a
 * production site's canonical links, sitemap, JSON-LD and citations). The
 * site fixture, built by global-setup.ts with `organica build` and no
 * SITE_URL (and no drawn chart: the build draws them), is read file by file
 * and served to the shared Chromium, where a copied citation takes the
 * origin the reader is on.
 */

const { dir: sitio, salida } = inject('sinOrigen');
/** What the build printed, without colours (FORCE_COLOR may be set). */
const salidaDeConstruccion = stripVTControlCharacters(salida);
const jefatura = 'issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/';
const textos = new Map<string, string>();

beforeAll(async () => {
  for (const archivo of await readdir(sitio, { recursive: true, withFileTypes: true })) {
    if (!archivo.isFile() || !/\.(html|xml|txt|json|js|css|svg)$/.test(archivo.name)) continue;
    const ruta = join(archivo.parentPath, archivo.name);
    textos.set(relative(sitio, ruta), await readFile(ruta, 'utf8'));
  }
});

describe('a build without SITE_URL', () => {
  it('ends with one warning that says how to set it', () => {
    const avisos = salidaDeConstruccion.match(/SITE_URL no está definida/g) ?? [];
    expect(avisos).toHaveLength(1);
    const final = salidaDeConstruccion.trimEnd().split('\n').slice(-4).join('\n');
    expect(final).toMatch(/^Aviso: SITE_URL no está definida\./);
    expect(final).toMatch(/SITE_URL=https:\/\/\S+ npm run build$/);
  });

  it('draws the charts its content lacks while Astro prepares, and its unit pages show them under the base path', () => {
    // global-setup.ts builds the fixture without its committed drawings.
    expect(salidaDeConstruccion).toMatch(/· dibujo [\d.]+ s \(en paralelo\)/);
    expect(textos.get(`${jefatura}index.html`)).toMatch(new RegExp(`<svg id="chart-[0-9a-f]{12}"[^>]*aria-roledescription="organigrama"[\\s\\S]*<a href="${rutaBase}issste/mog/`));
  });

  it('publishes nothing that names localhost or any other origin of its own', () => {
    expect(textos.size).toBeGreaterThan(20);
    const conHost = [...textos].filter(([, texto]) => /localhost|127\.0\.0\.1|0\.0\.0\.0|:4321/.test(texto)).map(([ruta]) => ruta);
    expect(conHost).toEqual([]);
  });

  it('gives canonical links as site paths', () => {
    const canonicas = [...textos].flatMap(([ruta, texto]) => [...texto.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => ({ ruta, href: m[1]! })));
    expect(canonicas.length).toBeGreaterThan(10);
    expect(canonicas.filter(({ href }) => !href.startsWith(rutaBase))).toEqual([]);
    expect(textos.get(`${jefatura}index.html`)).toContain(`<link rel="canonical" href="${rutaBase}${jefatura}">`);
  });

  it('gives JSON-LD URLs as site paths', () => {
    const urls = [...textos.values()].flatMap((texto) =>
      [...texto.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/"(?:url|@id)":"([^"]*)"/g)].map((u) => u[1]!),
      ),
    );
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith(rutaBase))).toEqual([]);
  });

  it('leaves out the sitemap, which takes absolute URLs only, and robots.txt does not point at one', () => {
    expect(textos.has('sitemap.xml')).toBe(false);
    expect(textos.get('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('a citation copied from a build without SITE_URL', () => {
  let navegador: Browser | undefined;
  let servidor: Servidor | undefined;
  beforeAll(async () => {
    navegador = await chromium.connect(inject('sitio').navegador);
    servidor = await servirSitio(sitio);
  });
  afterAll(async () => {
    await navegador?.close();
    await servidor?.cerrar();
  });

  it('takes the origin the reader is on, in the copied and the visible citation', async () => {
    if (!navegador || !servidor) throw new Error('sin navegador o servidor');
    const { origen } = servidor;
    const context = await navegador.newContext({ locale: 'es-MX' });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origen });
      const page = await context.newPage();
      await page.goto(`${origen}${rutaBase}${jefatura}`);
      const boton = page.getByRole('button', { name: 'Copiar cita de la función 3', exact: true });
      await boton.click();
      await expect.poll(() => boton.textContent()).toBe('Cita copiada');
      const url = `${origen}${rutaBase}${jefatura}`;
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        'Manual de Organización General del ISSSTE (DOF 30-12-2010, última modificación DOF 11-07-2018), numeral 1.2.1 ' +
          `Jefatura de Servicios de Incorporación y Vigencia de Derechos, función 3. ${url}#funcion-3`,
      );
      expect(await page.locator('p.cita').textContent()).toMatch(new RegExp(`Vigencia de Derechos\\. ${url.replace(/[.]/g, '\\.')}$`));
    } finally {
      await context.close();
    }
  });
});
