import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { huella, huellaDeArchivos } from '../huella.ts';
import { huellaDeModulos } from '../modulos.ts';

/**
 * Whether the committed content is what the ingest makes, known from
 * committed data alone: `npm run ingest` writes a manifest,
 * `content/_ingesta.json`, with digests of what it read (the sources, its
 * code) and of what it wrote (content/, public/datos/, and which chart
 * drawings that content needs). `organica build` skips the ingest, and the
 * chart step its reading of the content, while they still match: a fresh
 * clone of a commit made with `npm run ingest` re-ingests nothing. Kept apart
 * from the pipeline so checking costs no loading of it.
 *
 * > | content/_ingesta.json
 *     { "fuentes": "3f1c…", "codigo": "75a2…", "contenido": "a0b9…", "datos": "61d7…",
 *       "graficas": { "codigo": "7cd1…", "dibujos": ["01f0….svg", …] } }
 */

export interface CarpetasIngesta {
  /** content/sources: manuals and catalogs. */
  fuentes: string;
  /** content: the collections and reports. */
  contenido: string;
  /** public/datos: the open data. */
  datos: string;
}

/**
 * Generated files in the content folder: what the ingest owns there (and
 * removes when it no longer makes them): the collections, the registries, the
 * reports and the text extracted from PDF and Word sources.
 */
export const generadoEnContenido = (ruta: string) => /\.md$|\/_registro\.yaml$|^informes\/.*\.(?:json|txt)$/.test(ruta);
export const generadoEnDatos = (ruta: string) => ruta.endsWith('.json');

/** The manifest's name in the content folder. */
export const archivoManifiesto = '_ingesta.json';

/**
 * What decides the generated files besides the sources: the modules the
 * pipeline imports (scripts/ingest/corpus.ts and, transitively, the model and
 * helpers in src/), the locked packages they import, and the pinned Node.
 */
const codigoDeIngesta = { entradas: ['scripts/ingest/corpus.ts'], paquetes: ['node'] };

/**
 * What decides which drawings a content tree needs besides its Markdown:
 * the chart builders and the naming of drawings (whose hash covers the
 * drawing code and the Mermaid version).
 */
const codigoDeGraficas = { entradas: ['scripts/charts/collect.ts', 'scripts/charts/store.ts'], paquetes: [] as string[] };

/** The project's own files (code, lockfile), wherever the build runs from. */
const proyecto = join(import.meta.dirname, '../..');

export interface Manifiesto {
  fuentes: string;
  codigo: string;
  contenido: string;
  datos: string;
  graficas: {
    /** The chart code's digest (`codigoDeGraficas` and the drawing code). */
    codigo: string;
    /** File names in content/graficas/ of the drawings the content needs, sorted. */
    dibujos: string[];
  };
}

/** The digest of the content folder's generated files as they are on disk (sources and manifest aside). */
export async function huellaDeContenido(options: CarpetasIngesta): Promise<string> {
  const fuentesEnContenido = `${relative(options.contenido, options.fuentes)}/`;
  return huella(options.contenido, ['.'], (ruta) => generadoEnContenido(ruta) && !ruta.startsWith(fuentesEnContenido));
}

export async function huellaDeFuentes(options: CarpetasIngesta): Promise<string> {
  return huella(options.fuentes, ['.']);
}

export function huellaDeCodigoDeIngesta(): Promise<string> {
  return huellaDeModulos(proyecto, codigoDeIngesta.entradas, codigoDeIngesta.paquetes);
}

/** The chart code's digest: which drawings a content needs and how each is named. */
async function huellaDeCodigoDeGraficas(): Promise<string> {
  const { codigoDeDibujo, mermaidVersion } = await import('../charts/store.ts');
  const modulos = await huellaDeModulos(proyecto, codigoDeGraficas.entradas, codigoDeGraficas.paquetes);
  return createHash('sha256').update(`${modulos}:${codigoDeDibujo(proyecto)}:${mermaidVersion(proyecto)}`).digest('hex');
}

/** The manifest as JSON text, as the ingest writes it (stable key order, one drawing a line). */
export function textoDeManifiesto(manifiesto: Manifiesto): string {
  return `${JSON.stringify(manifiesto, null, 2)}\n`;
}

export async function leerManifiesto(contenido: string): Promise<Manifiesto | null> {
  return readFile(join(contenido, archivoManifiesto), 'utf8').then(
    (texto) => JSON.parse(texto) as Manifiesto,
    () => null,
  );
}

export async function escribirManifiesto(contenido: string, manifiesto: Manifiesto): Promise<boolean> {
  const texto = textoDeManifiesto(manifiesto);
  const ruta = join(contenido, archivoManifiesto);
  if ((await readFile(ruta, 'utf8').catch(() => null)) === texto) return false;
  await writeFile(ruta, texto);
  return true;
}

/**
 * The manifest in the content folder when it says the ingest read these
 * sources with this code and wrote exactly what is on disk now: running it
 * again would write nothing. Null without a manifest or after any change
 * (a source, the pipeline's code or a locked package it uses, a generated
 * file edited or removed, a stray unit file).
 */
export async function manifiestoAlDia(options: CarpetasIngesta): Promise<Manifiesto | null> {
  const anterior = await leerManifiesto(options.contenido);
  if (!anterior) return null;
  const [fuentes, codigo, contenido, datos] = await Promise.all([
    huellaDeFuentes(options),
    huellaDeCodigoDeIngesta(),
    huellaDeContenido(options),
    huella(options.datos, ['.'], generadoEnDatos),
  ]);
  const alDia = fuentes === anterior.fuentes && codigo === anterior.codigo && contenido === anterior.contenido && datos === anterior.datos;
  return alDia ? anterior : null;
}

/** Whether running the ingest again would write nothing (`manifiestoAlDia`). */
export async function ingestaAlDia(options: CarpetasIngesta): Promise<boolean> {
  return (await manifiestoAlDia(options)) !== null;
}

/**
 * The drawings a content folder needs, from its manifest, when the manifest
 * still describes it (same generated files, same chart code); null when the
 * content has to be read to know (no manifest, another content tree, a
 * change). Cheaper than reading 664 frontmatters: digests and no YAML.
 * `alDia`: the manifest `manifiestoAlDia` just found current for this
 * folder, whose content digest then needs no second reading.
 */
export async function dibujosSegunManifiesto(contenido: string, fuentes = join(contenido, 'sources'), alDia: Manifiesto | null = null): Promise<string[] | null> {
  const manifiesto = alDia ?? (await leerManifiesto(contenido));
  if (!manifiesto) return null;
  const [mismoContenido, codigo] = await Promise.all([
    alDia !== null || huellaDeContenido({ contenido, fuentes, datos: '' }).then((enDisco) => enDisco === manifiesto.contenido),
    huellaDeCodigoDeGraficas(),
  ]);
  return mismoContenido && codigo === manifiesto.graficas.codigo ? manifiesto.graficas.dibujos : null;
}

/**
 * The manifest of an ingest of `archivos` (content/) and `datos`
 * (public/datos/), digested as they are to be written; which drawings the
 * content needs is read from the content folder, so call it once that is
 * written (or, for --check, when it matches), unless the manifest there
 * already lists them for the same content and chart code (`reutilizar`).
 */
export async function manifiestoDe(
  options: CarpetasIngesta,
  archivos: readonly { ruta: string; contenido: string }[],
  datos: readonly { ruta: string; contenido: string }[],
  { reutilizar = true }: { reutilizar?: boolean } = {},
): Promise<Manifiesto> {
  const [fuentes, codigo, codigoGraficas, anterior] = await Promise.all([
    huellaDeFuentes(options),
    huellaDeCodigoDeIngesta(),
    huellaDeCodigoDeGraficas(),
    leerManifiesto(options.contenido),
  ]);
  const contenido = huellaDeArchivos(archivos);
  // The same content and chart code need the same drawings: reading 664 frontmatters again (0.5 s) would say so too.
  const mismos = reutilizar && anterior?.contenido === contenido && anterior.graficas.codigo === codigoGraficas;
  const dibujos = mismos ? anterior.graficas.dibujos : await dibujosDelContenido(options.contenido);
  return { fuentes, codigo, contenido, datos: huellaDeArchivos(datos), graficas: { codigo: codigoGraficas, dibujos } };
}

/** The drawings the content on disk needs, read from its frontmatter (render.ts `estadoGraficas`). */
async function dibujosDelContenido(contenido: string): Promise<string[]> {
  const [{ estadoGraficas }, { chartsDir }] = await Promise.all([import('../charts/render.ts'), import('../charts/store.ts')]);
  const estado = await estadoGraficas({ contentDir: contenido, dir: chartsDir(contenido) });
  return [...estado.necesarias.keys()].sort();
}
