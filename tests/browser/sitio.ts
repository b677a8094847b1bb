import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import sirv from 'sirv';

/**
 * The real site for the browser tests and quality gates: the shipped corpus
 * built as `npm run build` builds it, under BASE_PATH=/manuales/, into a
 * folder of its own (dist/ is left alone), and served on 127.0.0.1 the way a
 * static host would serve it under that path.
 */

export const raiz = join(import.meta.dirname, '../..');
/** The sub-path the site is published under in these tests (a deployment in an intranet). */
export const rutaBase = '/manuales/';
/** The origin written into canonical URLs and citations; never requested (no network). */
export const sitioUrl = 'https://intranet.example';

const ejecutar = promisify(execFile);
const bin = (nombre: string) => join(raiz, 'node_modules/.bin', nombre);

/**
 * The environment of the build steps: this process's, less what Vitest adds
 * (BASE_URL=/, MODE=test, NODE_ENV=test, ...), which Astro would take for its own.
 */
export function entornoDeConstruccion(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const heredado = Object.fromEntries(
    Object.entries(process.env).filter(([clave]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(clave)),
  );
  return {
    ...heredado,
    PATH: `${join(raiz, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    BASE_PATH: rutaBase,
    SITE_URL: sitioUrl,
    ...extra,
  };
}

/** Runs a build step; its seconds and what it printed to stderr. */
async function paso(nombre: string, archivo: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ segundos: number; stderr: string }> {
  const inicio = performance.now();
  try {
    const { stderr } = await ejecutar(archivo, args, { cwd: raiz, env, maxBuffer: 64 * 1024 * 1024 });
    return { segundos: (performance.now() - inicio) / 1000, stderr };
  } catch (error) {
    // Only the end of the output: Astro lists every page it wrote before the error.
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${nombre} falló:\n${stdout.slice(-1500)}\n${stderr.slice(-3000)}`);
  }
}

/**
 * A new empty folder for a build, inside the project: Astro writes a build's
 * prerender chunks to `<outDir>/.prerender/` when outDir is inside the
 * project, but to the project's shared `.astro/.prerender/` when it is not,
 * where two builds at once (this one and tests/site/build.test.ts's) would
 * delete each other's chunks.
 */
export async function carpetaDeConstruccion(prefijo: string): Promise<string> {
  const padre = join(raiz, 'node_modules/.cache/organica-pruebas');
  await mkdir(padre, { recursive: true });
  return mkdtemp(join(padre, prefijo));
}

export interface OpcionesConstruccion {
  /** `organica build --limpia`: ingest, Astro's content layer and the search index from scratch. */
  limpia?: boolean;
}

/**
 * `npm run build` into `salida` (`organica build --salida salida`): the
 * ingest when its inputs changed (in place, as `npm run build` does), the
 * charts content/graficas/ lacks (none when the committed ones are
 * current), astro build and the Pagefind index. Returns the seconds it took.
 */
export async function construirSitio(salida: string, { limpia = false }: OpcionesConstruccion = {}): Promise<number> {
  const args = [join(raiz, 'bin/organica.js'), 'build', '--salida', salida, ...(limpia ? ['--limpia'] : [])];
  return (await paso('organica build', bin('node'), args, entornoDeConstruccion())).segundos;
}

/** The site fixture (tests/site/fixture.ts): a few units of each kind of document, a procedimiento. */
const fixture = join(raiz, 'tests/fixtures/site-content');

/** The content tree (CONTENT_DIR, relative to the project) of the no-origin build made in `carpeta`. */
export function contenidoDeFixtureSinOrigen(carpeta: string): string {
  return relative(raiz, join(carpeta, 'contenido'));
}

/**
 * The site fixture built as the README's `npm run build` builds, with no
 * SITE_URL (still under /manuales/, to be served like the other), into
 * `carpeta/sitio`; returns what the build printed to stderr. Built from a
 * copy in `carpeta/contenido`, so its Astro content cache (keyed by
 * CONTENT_DIR in astro.config.ts) is not the one tests/site/build.test.ts
 * uses at the same time; its charts are the copy's (the fixture's graficas/).
 * Called from global-setup.ts, before any test runs, so no other
 * `organica build` shares .cache/ with it.
 */
export async function construirFixtureSinOrigen(carpeta: string): Promise<string> {
  const contenido = join(raiz, contenidoDeFixtureSinOrigen(carpeta));
  await cp(fixture, contenido, { recursive: true });
  // Without its drawings: this build draws them in Chromium beside Astro, which waits for them
  // before it renders pages (scripts/build.ts), the path of a build whose charts changed.
  await rm(join(contenido, 'graficas'), { recursive: true, force: true });
  const { SITE_URL: _sinOrigen, ...entorno } = entornoDeConstruccion({ CONTENT_DIR: contenidoDeFixtureSinOrigen(carpeta) });
  const args = [join(raiz, 'bin/organica.js'), 'build', '--salida', join(carpeta, 'sitio')];
  return (await paso('organica build (sin SITE_URL)', bin('node'), args, entorno)).stderr;
}

export interface Servidor {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origen: string;
  cerrar: () => Promise<void>;
}

/**
 * Serves `dir` under `rutaBase` on 127.0.0.1 (a free port), as a static host
 * would: `/manuales/x/` is `dir/x/index.html`, anything else answers 404 with
 * the site's 404.html. Nothing outside `rutaBase` exists.
 */
export async function servirSitio(dir: string): Promise<Servidor> {
  const noEncontrada = await readFile(join(dir, '404.html'));
  const responder404 = (res: ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': noEncontrada.length });
    res.end(noEncontrada);
  };
  const estaticos = sirv(dir, { dev: false, etag: false, extensions: ['html'], onNoMatch: (_req, res) => responder404(res) });
  const servidor: Server = createServer((req, res) => {
    const ruta = req.url ?? '/';
    if (!ruta.startsWith(rutaBase)) return responder404(res);
    req.url = ruta.slice(rutaBase.length - 1);
    estaticos(req, res);
  });
  await new Promise<void>((resolver) => servidor.listen(0, '127.0.0.1', resolver));
  const { port } = servidor.address() as AddressInfo;
  return {
    origen: `http://127.0.0.1:${port}`,
    cerrar: () =>
      new Promise<void>((resolver, rechazar) => {
        servidor.closeAllConnections();
        servidor.close((error) => (error ? rechazar(error) : resolver()));
      }),
  };
}
