import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A tool cache under node_modules/.cache/organica/: never committed, safe to
 * delete, and never a source of truth. Each file holds its `clave` (what its
 * content was computed from); a file with another key is ignored. What is
 * cached is a pure function of that key, so a warm run and a cold run give
 * the same output, only faster.
 */
const cacheDir = new URL('../../../node_modules/.cache/organica/', import.meta.url);

interface CacheFile<T> {
  clave: string;
  datos: T;
}

/** The cached data for `clave`, or null (no file, another key, unreadable). */
export function leerCache<T>(nombre: string, clave: string, dir: URL = cacheDir): T | null {
  try {
    const file = JSON.parse(readFileSync(new URL(nombre, dir), 'utf8')) as CacheFile<T>;
    return file.clave === clave ? file.datos : null;
  } catch {
    return null;
  }
}

/** Writes the cache file; a read-only tree only loses the speed-up, so failures are ignored. */
export function escribirCache<T>(nombre: string, clave: string, datos: T, dir: URL = cacheDir): void {
  try {
    mkdirSync(dir, { recursive: true });
    const path = fileURLToPath(new URL(nombre, dir));
    // Write then rename: a concurrent reader sees the old file or the new one, never half of one.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ clave, datos } satisfies CacheFile<T>));
    renameSync(temporary, path);
  } catch {
    // See above.
  }
}
