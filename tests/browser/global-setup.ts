import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import { cacheDeAstro } from '../../src/lib/cache-de-astro.ts';
import { carpetaDeConstruccion, construirFixtureSinOrigen, construirSitio, contenidoDeFixtureSinOrigen, raiz, rutaBase, servirSitio } from './sitio.ts';

/**
 * Once per `npm test`: builds the real site under /manuales/ into a folder of
 * its own, serves it on 127.0.0.1 and starts one Debian Chromium that every
 * test file connects to. The tests get them with `inject('sitio')`. It also
 * builds the site fixture without SITE_URL (`inject('sinOrigen')`).
 *
 * ORGANICA_SITIO=<dir> skips the build and serves that folder instead (a
 * build made with BASE_PATH=/manuales/ SITE_URL=https://intranet.example),
 * to iterate on the tests without rebuilding.
 */

export interface SitioDePrueba {
  /** The built site on disk. */
  dir: string;
  /** `http://127.0.0.1:<port>/manuales/`. */
  url: string;
  /** `http://127.0.0.1:<port>`: the only origin a page may request. */
  origen: string;
  /** Playwright endpoint of the shared Chromium (`chromium.connect`). */
  navegador: string;
}

/** The site fixture built with no SITE_URL (`construirFixtureSinOrigen`), for sin-origen.test.ts. */
export interface SitioSinOrigen {
  /** The built site on disk (served by the test itself). */
  dir: string;
  /** What `organica build` printed to stderr. */
  salida: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sitio: SitioDePrueba;
    sinOrigen: SitioSinOrigen;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const propio = process.env['ORGANICA_SITIO'];
  const dir = propio ?? (await carpetaDeConstruccion('sitio-'));
  if (!propio) {
    const segundos = await construirSitio(dir);
    console.log(`sitio de prueba en ${dir}: ${segundos.toFixed(1)} s`);
  }
  // Small (a few seconds), so built even when ORGANICA_SITIO skips the other; here, before any
  // test file starts, so it shares .cache/ with no other build (the reproducibility gate's).
  const sinOrigen = await carpetaDeConstruccion('sin-origen-');
  const salida = await construirFixtureSinOrigen(sinOrigen);
  const servidor = await servirSitio(dir);
  const navegador = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs, host: '127.0.0.1' });
  project.provide('sitio', { dir, url: `${servidor.origen}${rutaBase}`, origen: servidor.origen, navegador: navegador.wsEndpoint() });
  project.provide('sinOrigen', { dir: join(sinOrigen, 'sitio'), salida });
  return async () => {
    await navegador.close();
    await servidor.cerrar();
    await rm(sinOrigen, { recursive: true, force: true });
    // Astro's cache of that content tree too: its folder is named after it, so each run would add one.
    await rm(join(raiz, cacheDeAstro(contenidoDeFixtureSinOrigen(sinOrigen))), { recursive: true, force: true });
    if (!propio) await rm(dir, { recursive: true, force: true });
  };
}
