import { createHash, type Hash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/**
 * A digest of files: sha256 over each file's path (relative to `raiz`) and
 * bytes, in path order. A folder stands for every file under it; a path
 * that does not exist counts as absent (so creating it changes the digest).
 * What the build compares to know whether a step's inputs or outputs moved.
 *
 * > | huella('.', ['content/sources', 'package-lock.json'])
 *     -> '3f1c…' (the same while no byte of those files changes)
 */
export async function huella(raiz: string, rutas: readonly string[], incluir: (ruta: string) => boolean = () => true): Promise<string> {
  const archivos = (await Promise.all(rutas.map((ruta) => archivosBajo(raiz, ruta)))).flat().filter(incluir).sort();
  const hash = createHash('sha256');
  await enOrden(
    archivos,
    (ruta) => readFile(join(raiz, ruta)).catch(() => null),
    (ruta, contenido) => sumarArchivo(hash, ruta, contenido),
  );
  return hash.digest('hex');
}

/**
 * One file's part of a digest: its path, its length (`-` when it does not
 * exist) and its bytes. Every digest of files here and in the manifest is made
 * of these, so a digest of files still in memory equals the one of them on disk.
 */
export function sumarArchivo(hash: Hash, ruta: string, bytes: Uint8Array | null): void {
  hash.update(`${ruta}\0${bytes === null ? '-' : bytes.length}\0`);
  if (bytes) hash.update(bytes);
}

/**
 * Files read at once by `huella` and linked at once by `copiarConEnlaces`:
 * one at a time, 1,340 pages took 0.3 s to digest (the wait of each read, not
 * the hashing); a few dozen in flight keep the disk and the thread pool busy
 * without holding a whole large site in memory.
 */
const enVueloMax = 64;

/** `hacer` on every item, up to `enVueloMax` at once; `usar` on each result in the items' order. */
async function enOrden<T, R>(items: readonly T[], hacer: (item: T) => Promise<R>, usar: (item: T, resultado: R) => void = () => {}): Promise<void> {
  const enVuelo: Promise<R>[] = [];
  for (let i = 0; i < items.length; i++) {
    enVuelo.push(hacer(items[i]!));
    if (enVuelo.length >= enVueloMax) usar(items[i - enVuelo.length + 1]!, await enVuelo.shift()!);
  }
  for (let i = items.length - enVuelo.length; i < items.length; i++) usar(items[i]!, await enVuelo.shift()!);
}

/**
 * `huella` of files not yet written: the same digest `huella` gives once
 * they are on disk under those paths (what the ingest writes in its manifest
 * before, or instead of, writing them).
 */
export function huellaDeArchivos(archivos: readonly { ruta: string; contenido: string }[]): string {
  const hash = createHash('sha256');
  for (const { ruta, contenido } of [...archivos].sort((a, b) => (a.ruta < b.ruta ? -1 : a.ruta > b.ruta ? 1 : 0))) {
    sumarArchivo(hash, ruta, Buffer.from(contenido, 'utf8'));
  }
  return hash.digest('hex');
}

/** The project's own files (code, lockfile), wherever the build runs from. */
const proyecto = join(import.meta.dirname, '..');

/** `huella` of paths of the project itself (`scripts/charts`, `package-lock.json`): a step's code. */
export function huellaDeCodigo(rutas: readonly string[]): Promise<string> {
  return huella(proyecto, rutas);
}

/** Files under `ruta` (or `ruta` itself), relative to `raiz`, `/`-separated. */
async function archivosBajo(raiz: string, ruta: string): Promise<string[]> {
  const entradas = await readdir(join(raiz, ruta), { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return null;
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entradas === null) return [ruta];
  return entradas.filter((e) => e.isFile()).map((e) => relative(raiz, join(e.parentPath, e.name)).split('\\').join('/'));
}

/**
 * What a build step leaves of its last run (digests of what it read and
 * wrote), in `.cache/al-dia/`, not versioned: the search step's (a fresh
 * clone or a deleted cache indexes every page). The ingest keeps its own in a
 * committed manifest instead (scripts/ingest/al-dia.ts). `clave` tells apart
 * runs with other folders.
 */
function rutaDeRegistro(paso: string, clave: string): string {
  return join('.cache', 'al-dia', `${paso}-${createHash('sha256').update(clave).digest('hex').slice(0, 16)}.json`);
}

export async function leerRegistro<T>(paso: string, clave: string): Promise<T | null> {
  return readFile(rutaDeRegistro(paso, clave), 'utf8').then((texto) => JSON.parse(texto) as T, () => null);
}

export async function guardarRegistro(paso: string, clave: string, registro: unknown): Promise<void> {
  const ruta = rutaDeRegistro(paso, clave);
  await mkdir(dirname(ruta), { recursive: true });
  await writeFile(ruta, `${JSON.stringify(registro, null, 2)}\n`);
}

/**
 * Copies the files under `origen` to `destino` as hard links (a copy of
 * several hundred files in a few milliseconds; both sides are only ever
 * replaced whole, never edited), or as copies across file systems.
 */
export async function copiarConEnlaces(origen: string, destino: string): Promise<void> {
  const archivos = (await readdir(origen, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  // Folders first, once each: the links then go at once.
  for (const carpeta of new Set(archivos.map((desde) => dirname(join(destino, relative(origen, desde)))))) await mkdir(carpeta, { recursive: true });
  await enOrden(archivos, async (desde) => {
    const hacia = join(destino, relative(origen, desde));
    await link(desde, hacia).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      return copyFile(desde, hacia);
    });
  });
}
