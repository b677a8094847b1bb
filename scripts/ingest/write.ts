import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArchivoGenerado } from './emit.ts';

/**
 * Puts generated files under `root` and removes the files a previous run
 * generated in the same folders that this run no longer makes (a unit that
 * left the document). Returns the paths that changed.
 */
export async function writeGenerated(root: string, archivos: readonly ArchivoGenerado[], owned: (ruta: string) => boolean): Promise<string[]> {
  const changed: string[] = [];
  const dirs = new Set(archivos.map((archivo) => dirname(archivo.ruta)));
  const wanted = new Set(archivos.map((archivo) => archivo.ruta));
  for (const dir of [...dirs].sort()) {
    let names: string[] = [];
    try {
      names = await readdir(join(root, dir));
    } catch {
      // A new folder: nothing stale in it.
    }
    for (const name of names) {
      const ruta = dir === '.' ? name : `${dir}/${name}`;
      if (owned(ruta) && !wanted.has(ruta)) {
        await rm(join(root, ruta));
        changed.push(ruta);
      }
    }
  }
  for (const archivo of archivos) {
    const path = join(root, archivo.ruta);
    if ((await readText(path)) === archivo.contenido) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, archivo.contenido);
    changed.push(archivo.ruta);
  }
  return changed.sort();
}

/** The generated paths whose file on disk differs from what the ingest makes now. */
export async function diffGenerated(root: string, archivos: readonly ArchivoGenerado[]): Promise<string[]> {
  const differing: string[] = [];
  for (const archivo of archivos) if ((await readText(join(root, archivo.ruta))) !== archivo.contenido) differing.push(archivo.ruta);
  return differing;
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
