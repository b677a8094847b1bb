import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { carpetaDeConstruccion, construirSitio } from '../browser/sitio.ts';

/**
 * Reproducibility gate: a second, clean build of the same commit
 * (`organica build --limpia`: the ingest again, Astro's content cache
 * dropped, every page indexed; charts from content/graficas/, where the first
 * build left them) is byte for byte the build the other tests use.
 * A difference means a date, a random id or an unstable order leaked into
 * the output.
 */

const { dir } = inject('sitio');

async function huellas(carpeta: string): Promise<Map<string, string>> {
  const huella = new Map<string, string>();
  for (const entrada of await readdir(carpeta, { withFileTypes: true, recursive: true })) {
    if (!entrada.isFile()) continue;
    const ruta = join(entrada.parentPath, entrada.name);
    huella.set(relative(carpeta, ruta), createHash('sha256').update(await readFile(ruta)).digest('hex'));
  }
  return huella;
}

describe('two clean builds of the same commit', () => {
  it('are byte-identical, file by file', async () => {
    const segunda = await carpetaDeConstruccion('reproducible-');
    try {
      await construirSitio(segunda, { limpia: true });
      const [a, b] = await Promise.all([huellas(dir), huellas(segunda)]);
      expect(a.size).toBeGreaterThan(1000);
      const diferencias = [...new Set([...a.keys(), ...b.keys()])]
        .sort()
        .filter((ruta) => a.get(ruta) !== b.get(ruta))
        .map((ruta) => (!a.has(ruta) ? `solo en la segunda: ${ruta}` : !b.has(ruta) ? `solo en la primera: ${ruta}` : `difiere: ${ruta}`));
      expect(diferencias.slice(0, 50), `${diferencias.length} archivos difieren de ${a.size}`).toEqual([]);
    } finally {
      await rm(segunda, { recursive: true, force: true });
    }
  }, 300_000);
});
