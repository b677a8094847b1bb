import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/**
 * The shared Chromium of tests/browser/global-setup.ts, seen from a test
 * file. `conNavegador()` connects once per file; each `pestana()` is a fresh
 * browser context that records what no page of the site may do: request
 * another origin (the request is also blocked: there is no network) or log a
 * console error. After each test the records of its tabs must be empty.
 */

export interface Pestana {
  page: Page;
  context: BrowserContext;
  /** Requests to other origins, console errors and uncaught exceptions so far. */
  problemas: string[];
}

export interface OpcionesPestana extends BrowserContextOptions {
  /** Console errors this tab expects (the 404 page's "Failed to load resource"). */
  erroresEsperados?: RegExp[];
}

export function conNavegador() {
  const sitio = inject('sitio');
  let navegador: Browser | undefined;
  let abiertas: Pestana[] = [];

  beforeAll(async () => {
    navegador = await chromium.connect(sitio.navegador);
  });
  afterAll(async () => {
    await navegador?.close();
  });
  afterEach(async () => {
    const problemas = abiertas.flatMap((pestana) => pestana.problemas);
    await Promise.all(abiertas.map((pestana) => pestana.context.close()));
    abiertas = [];
    expect(problemas, 'peticiones a otros orígenes o errores de consola').toEqual([]);
  });

  /** An absolute URL of the test site from a path under the base (`imss/uit/`) or absolute (`/manuales/...`). */
  const url = (ruta: string) => new URL(ruta, sitio.url).href;

  async function pestana({ erroresEsperados = [], ...opciones }: OpcionesPestana = {}): Promise<Pestana> {
    if (!navegador) throw new Error('el navegador no está conectado');
    const context = await navegador.newContext({ locale: 'es-MX', ...opciones });
    const page = await context.newPage();
    const problemas: string[] = [];
    await context.route('**/*', (route) => {
      const destino = route.request().url();
      if (new URL(destino).origin === sitio.origen) return route.continue();
      problemas.push(`petición a otro origen desde ${page.url()}: ${destino}`);
      return route.abort('blockedbyclient');
    });
    page.on('console', (mensaje) => {
      if (mensaje.type() !== 'error') return;
      if (erroresEsperados.some((patron) => patron.test(mensaje.text()))) return;
      problemas.push(`error de consola en ${page.url()}: ${mensaje.text()}`);
    });
    page.on('pageerror', (error) => problemas.push(`excepción en ${page.url()}: ${error.message}`));
    const abierta = { page, context, problemas };
    abiertas.push(abierta);
    return abierta;
  }

  return { sitio, url, pestana };
}

/** The path (and hash) of a page's URL, to compare against the site's links. */
export function rutaDe(page: Page): string {
  const { pathname, hash } = new URL(page.url());
  return pathname + hash;
}
