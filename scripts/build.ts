import { spawn } from 'node:child_process';
import { readdir, rename, rm } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { styleText } from 'node:util';
import type { AstroIntegration } from 'astro';
import { origenPublicado } from '../src/lib/urls.ts';
import { IngestError } from '../src/model/index.ts';
import { chartsDir } from './charts/store.ts';
import type { RenderOptions } from './charts/render.ts';
import { dibujosSegunManifiesto, leerManifiesto, manifiestoAlDia, type CarpetasIngesta, type Manifiesto } from './ingest/al-dia.ts';

/**
 * `organica build` (`npm run build`): the whole site in one process, each
 * step skipped or cut short when it has nothing to do.
 *
 *   ingesta        content/sources -> content/, public/datos/  (skipped when the committed
 *                  manifest, content/_ingesta.json, still matches: a fresh clone ingests nothing)
 *   organigramas   the charts content/graficas/ lacks, in Chromium (none when the committed
 *                  drawings are all there), in a child process: during the ingest when both
 *                  have work, and beside Astro until it is about to render pages
 *   astro          the pages, into a staging folder
 *   búsqueda       the Pagefind index of the staging folder        (copied when no page changed)
 *   then the staging folder replaces the output folder.
 *
 * One process instead of four saves their start-up, and each step's modules
 * load only when it runs (a warm build is a few seconds, so that counted). A failed step leaves the
 * previous site in place: the new one is only moved there whole.
 * BASE_PATH, SITE_URL and CONTENT_DIR are read as by every step.
 */

export interface OpcionesBuild extends CarpetasIngesta {
  /** The output folder (`dist`). */
  salida: string;
  /**
   * A clean build: ingest even if up to date, drop Astro's content cache (`astro build --force`)
   * and index every page. Drawn charts stay: each is named by what decides it.
   */
  limpia?: boolean;
}

/** Step timings in seconds, in order, for the summary and the benchmarks. */
export type Tiempos = Record<string, number>;

export class BuildError extends Error {
  constructor(paso: string, detalle: string) {
    super(`${paso}: ${detalle}`);
    this.name = 'BuildError';
  }
}

export async function build(options: OpcionesBuild): Promise<Tiempos> {
  // A mistyped SITE_URL fails now, not after the ingest and the charts.
  try {
    origenPublicado(process.env['SITE_URL']);
  } catch (error) {
    throw new BuildError('configuración', (error as Error).message);
  }
  const tiempos: Tiempos = {};
  const paso = async <T>(nombre: string, trabajo: () => Promise<T>): Promise<T> => {
    console.error(styleText('bold', `\n▸ ${nombre}`));
    const inicio = performance.now();
    try {
      return await trabajo();
    } catch (error) {
      // A bad source keeps its `file:line` error (exit 2); anything else names the step.
      if (error instanceof IngestError || error instanceof BuildError) throw error;
      throw new BuildError(nombre, error instanceof Error ? error.message : String(error));
    } finally {
      tiempos[nombre] = (performance.now() - inicio) / 1000;
    }
  };

  const contentDir = process.env['CONTENT_DIR'] ?? options.contenido;
  const graficas: RenderOptions = { contentDir, dir: chartsDir(contentDir) };
  let dibujoAnticipado: ReturnType<typeof dibujarAparte> | null = null;
  let ingirio = false;
  /** The drawings the content needed before the ingest ran, by its manifest. */
  let dibujosAntes: string[] | null = null;
  /** The manifest, when it says the content needs no ingest. */
  let alDia: Manifiesto | null = null;
  await paso('ingesta', async () => {
    alDia = options.limpia ? null : await manifiestoAlDia(options);
    if (alDia) {
      console.error(`Al día: el manifiesto (${options.contenido}/_ingesta.json) dice que ni las fuentes ni el código de la ingesta cambiaron, y su salida está intacta.`);
      return;
    }
    // The ingest takes one core; the charts of the content as it is (committed, so the
    // ingest seldom changes it) are drawn meanwhile in another process, Chromium on the
    // other core, and those it no longer shows removed, as `npm run ingest` does. Whatever
    // the ingest does change is drawn in the next step.
    dibujosAntes = (await leerManifiesto(options.contenido))?.graficas.dibujos ?? null;
    if ((await faltanDibujos(graficas, options.fuentes)) !== 0) dibujoAnticipado = dibujarAparte(graficas, contentDir === options.contenido, { cedeCpu: true });
    const { ingest } = await import('./ingest/command.ts');
    const codigo = await ingest({ ...options, graficas: false }).catch((error: unknown) => {
      dibujoAnticipado?.detener();
      throw error;
    });
    if (codigo !== 0) throw new BuildError('ingesta', 'falló (véanse los errores arriba); el sitio anterior queda como estaba.');
    ingirio = true;
  });

  // The drawing goes on beside Astro's first phases (syncing the content, bundling: seconds
  // that read no chart); Astro waits for it only before it renders pages (`esperarDibujo`).
  const dibujo = await paso('organigramas', async () => {
    const inicio = performance.now();
    const anticipado = dibujoAnticipado;
    // With no ingest and no drawing under way, the content is as it was: counted once, here.
    const faltanSinIngesta = !anticipado && !ingirio ? await faltanDibujos(graficas, options.fuentes, contentDir === options.contenido ? alDia : null) : null;
    if (faltanSinIngesta === 0) {
      console.error(`Al día: ${graficas.dir} tiene todos los organigramas que el contenido muestra.`);
      return null;
    }
    // An ingest that changed which drawings the content needs: its new ones drawn, and those
    // it no longer needs removed, after the drawing of the content as it was.
    const dibujosDespues = ingirio ? ((await leerManifiesto(options.contenido))?.graficas.dibujos ?? null) : null;
    const otrosDibujos = ingirio && contentDir === options.contenido && (dibujosAntes === null || dibujosDespues?.join() !== dibujosAntes.join());
    let hijo: ReturnType<typeof dibujarAparte> | null = null;
    const terminado = (async () => {
      if (anticipado && (await anticipado.codigo) !== 0) throw new BuildError('organigramas', 'no se pudieron dibujar todos (véanse los errores arriba).');
      if (otrosDibujos || (faltanSinIngesta ?? (await faltanDibujos(graficas, options.fuentes))) !== 0) {
        hijo = dibujarAparte(graficas, otrosDibujos);
        if ((await hijo.codigo) !== 0) throw new BuildError('organigramas', 'no se pudieron dibujar todos (véanse los errores arriba).');
      }
      return (performance.now() - inicio) / 1000;
    })();
    // Awaited by Astro, or below if Astro fails first: never an unhandled rejection.
    terminado.catch(() => {});
    console.error('Los que falten se dibujan en otro proceso mientras Astro prepara el contenido.');
    return { terminado, detener: () => [anticipado, hijo].forEach((h) => h?.detener()) };
  });

  const salida = resolve(options.salida);
  // Beside the output (same file system, so the final move is a rename) and inside the
  // project when the output is: Astro then keeps its prerender chunks in the staging folder.
  const provisional = join(dirname(salida), `.${basename(salida)}-nuevo`);
  await rm(provisional, { recursive: true, force: true });
  try {
    await paso('astro', async () => {
      const { build: astroBuild } = await import('astro');
      const integrations = dibujo ? [esperarDibujo(dibujo.terminado)] : [];
      await astroBuild({ root: process.cwd(), outDir: provisional, integrations, ...(options.limpia ? { force: true } : {}) }).catch((error: unknown) => {
        dibujo?.detener();
        throw error;
      });
      // The charts' own time: from the step that started them to the last one written.
      if (dibujo) tiempos['dibujo'] = await dibujo.terminado;
    });
    await paso('búsqueda', async () => {
      const { buildSearchIndexOrReuse } = await import('./search/index.ts');
      // Node writes its compile cache (bin/organica.js) at exit: on a fresh clone, every module
      // Astro loaded, about 1 s. Written while Pagefind's own process reads the pages instead.
      const { flushCompileCache } = await import('node:module');
      const { pages, reused } = await buildSearchIndexOrReuse(provisional, { reuse: !options.limpia, mientrasIndexa: () => flushCompileCache?.() });
      console.error(reused ? `Al día: las páginas no cambiaron; se copia el índice anterior (${pages} páginas).` : `${pages} páginas en el índice de Pagefind.`);
    });
    await reemplazar(salida, provisional);
  } finally {
    await rm(provisional, { recursive: true, force: true });
  }
  return tiempos;
}

/**
 * How many drawings the content lacks: the manifest's list checked against
 * the folder when the manifest still describes the content (no YAML read),
 * else from the content itself (render.ts `estadoGraficas`). `alDia`: the
 * manifest the ingest step found current for this folder.
 */
async function faltanDibujos({ contentDir, dir }: RenderOptions, fuentes: string, alDia: Manifiesto | null = null): Promise<number> {
  const dibujos = await dibujosSegunManifiesto(contentDir, fuentes, alDia);
  if (dibujos) {
    const presentes = new Set(await readdir(dir).catch(() => [] as string[]));
    return dibujos.filter((nombre) => !presentes.has(nombre)).length;
  }
  const { estadoGraficas } = await import('./charts/render.ts');
  return (await estadoGraficas({ contentDir, dir })).faltan.length;
}

/**
 * An Astro integration that makes the build wait for the charts just before
 * it renders pages, the first thing that reads them: after the content is
 * synced and the pages are bundled. Astro renders pages in a `buildApp` hook
 * of Vite (order `post`, its plugin `astro:build-generate`, enforced `post`);
 * Vite runs the post hooks once every environment is bundled, plugins in
 * order, so this one's, an ordinary plugin's, runs first. Were that order to
 * change, a page would find its chart missing and the build would stop
 * saying so (scripts/charts/store.ts), never publish a page without it.
 */
function esperarDibujo(terminado: Promise<number>): AstroIntegration {
  return {
    name: 'organica:esperar-organigramas',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'organica:esperar-organigramas',
                buildApp: {
                  order: 'post',
                  handler: async () => {
                    const inicio = performance.now();
                    await terminado;
                    const espera = (performance.now() - inicio) / 1000;
                    if (espera >= 0.1) logger.info(`${espera.toFixed(1)} s esperando los organigramas`);
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * `npm run charts` in a child process with these settings (`--prune` if `podar`): its exit code,
 * and a way to stop it. `cedeCpu`: the drawing runs niced, for when it goes beside the ingest.
 */
function dibujarAparte({ contentDir, dir }: RenderOptions, podar = false, { cedeCpu = false } = {}): { codigo: Promise<number>; detener: () => void } {
  const hijo = spawn(process.execPath, [join(import.meta.dirname, 'charts/render.ts'), ...(podar ? ['--prune'] : [])], {
    env: { ...process.env, CONTENT_DIR: contentDir, CHARTS_DIR: dir },
    stdio: 'inherit',
  });
  // Beside the ingest, the drawing is not what the build waits for: the ingest, then Astro's content
  // sync and bundling are. Niced, Chromium (which inherits it) takes the CPU they leave, not theirs
  // (from scratch with the ingest, 208 charts: 1.3-2.0 s less in 17-18 s, three A/B pairs). Without
  // the ingest the drawing is the longest step, so it keeps its priority.
  try {
    if (cedeCpu && hijo.pid) setPriority(hijo.pid, 10);
  } catch {
    // Only a hint; a system that refuses it draws at normal priority.
  }
  const codigo = new Promise<number>((resolver) => {
    hijo.on('error', () => resolver(1));
    hijo.on('exit', (salida) => resolver(salida ?? 1));
  });
  return { codigo, detener: () => hijo.kill() };
}

/** Puts `nueva` where `destino` is, moving the old one aside first and removing it after. */
async function reemplazar(destino: string, nueva: string): Promise<void> {
  const vieja = join(dirname(destino), `.${basename(destino)}-vieja`);
  await rm(vieja, { recursive: true, force: true });
  await rename(destino, vieja).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(nueva, destino);
  await rm(vieja, { recursive: true, force: true });
}

/**
 * The warning a build without SITE_URL ends with (null with it): what the
 * site then leaves out, and how to give it. `npm run build` works without any
 * variable, but a site to publish should know its origin.
 */
export function avisoSinOrigen(siteUrl: string | undefined): string | null {
  if (origenPublicado(siteUrl)) return null;
  return [
    styleText(['bold', 'yellow'], 'Aviso: SITE_URL no está definida.'),
    'El sitio no nombra ningún origen: las URL canónicas y el JSON-LD llevan rutas del sitio, no hay sitemap.xml',
    'ni línea Sitemap en robots.txt, y las citas toman el origen desde el que se leen. Para publicarlo, indique',
    'su origen: SITE_URL=https://manuales.ejemplo.gob.mx npm run build',
  ].join('\n');
}

/**
 * `ingesta 0.1 s · organigramas 0.1 s · astro 5.2 s · búsqueda 1.2 s · total 6.6 s`, and when
 * charts were drawn, `· dibujo 4.8 s (en paralelo)`: their time overlaps the steps around them
 * (Astro's includes any wait for them), so the total leaves it out.
 */
export function resumen(tiempos: Tiempos): string {
  const { dibujo, ...pasos } = tiempos;
  const total = Object.values(pasos).reduce((suma, s) => suma + s, 0);
  const partes = [...Object.entries(pasos), ['total', total] as const].map(([paso, s]) => `${paso} ${s.toFixed(1)} s`);
  if (dibujo !== undefined) partes.push(`dibujo ${dibujo.toFixed(1)} s (en paralelo)`);
  return partes.join(' · ');
}
