import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestaAlDia, registrarIngesta } from '../../scripts/ingest/al-dia.ts';
import { copiarConEnlaces, huella } from '../../scripts/huella.ts';

/**
 * What lets `organica build` skip work: digests of a step's inputs and
 * outputs, and the all-or-nothing replacement of the site.
 */

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'al-dia-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('huella', () => {
  it('changes with any byte, name or file added, and not with the order files are listed', async () => {
    const raiz = join(dir, 'huella');
    await mkdir(join(raiz, 'a'), { recursive: true });
    await writeFile(join(raiz, 'a', '1.md'), 'uno');
    await writeFile(join(raiz, 'b.md'), 'dos');
    const antes = await huella(raiz, ['a', 'b.md']);
    expect(await huella(raiz, ['b.md', 'a'])).toBe(antes);
    await writeFile(join(raiz, 'b.md'), 'doz');
    const otroByte = await huella(raiz, ['a', 'b.md']);
    expect(otroByte).not.toBe(antes);
    await writeFile(join(raiz, 'a', '2.md'), '');
    expect(await huella(raiz, ['a', 'b.md'])).not.toBe(otroByte);
    expect(await huella(raiz, ['a', 'b.md'], (ruta) => ruta !== 'a/2.md')).toBe(otroByte);
    // A missing path is no error: it is part of what is compared.
    expect(await huella(raiz, ['no-existe'])).toBe(await huella(raiz, []));
  });

  it('copies a folder as links with the same bytes', async () => {
    const origen = join(dir, 'huella');
    const destino = join(dir, 'copia');
    await copiarConEnlaces(origen, destino);
    expect(await huella(destino, ['.'])).toBe(await huella(origen, ['.']));
  });
});

describe('ingestaAlDia', () => {
  it('is false without a record, true after one, and false again when a source or an output changes', async () => {
    const carpetas = { fuentes: join(dir, 'fuentes'), contenido: join(dir, 'contenido'), datos: join(dir, 'datos') };
    await mkdir(carpetas.fuentes, { recursive: true });
    await mkdir(join(carpetas.contenido, 'imss', 'uit'), { recursive: true });
    await mkdir(carpetas.datos, { recursive: true });
    await writeFile(join(carpetas.fuentes, 'manual.txt'), 'texto');
    await writeFile(join(carpetas.contenido, 'imss', 'uit', 'a.md'), '---\nnombre: A\n---\n');
    await writeFile(join(carpetas.datos, 'index.json'), '{}');

    expect(await ingestaAlDia(carpetas)).toBe(false);
    await registrarIngesta(carpetas);
    expect(await ingestaAlDia(carpetas)).toBe(true);

    await writeFile(join(carpetas.contenido, 'imss', 'uit', 'a.md'), '---\nnombre: A editada\n---\n');
    expect(await ingestaAlDia(carpetas)).toBe(false);
    await registrarIngesta(carpetas);
    // A unit file the ingest did not make (it would remove it) is a change too.
    await writeFile(join(carpetas.contenido, 'imss', 'uit', 'b.md'), '');
    expect(await ingestaAlDia(carpetas)).toBe(false);
    await rm(join(carpetas.contenido, 'imss', 'uit', 'b.md'));
    expect(await ingestaAlDia(carpetas)).toBe(true);

    await writeFile(join(carpetas.fuentes, 'manual.txt'), 'texto nuevo');
    expect(await ingestaAlDia(carpetas)).toBe(false);
  });
});

describe('organica build', () => {
  it('stops on a bad source with file:line and exit 2, leaving the previous site as it was', async () => {
    const fuentes = join(dir, 'malas');
    await mkdir(fuentes, { recursive: true });
    await writeFile(join(fuentes, 'suelto.txt'), 'MANUAL DE ORGANIZACIÓN\n');
    const salida = join(dir, 'sitio');
    await mkdir(salida, { recursive: true });
    await writeFile(join(salida, 'index.html'), 'el sitio anterior');

    const args = ['build', '--fuentes', fuentes, '--contenido', join(dir, 'contenido-malo'), '--datos', join(dir, 'datos-malos'), '--salida', salida];
    const error = await promisify(execFile)(process.execPath, [join(import.meta.dirname, '../../bin/organica.js'), ...args]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(2);
    expect(error?.stderr).toMatch(/suelto\.txt:1: no se reconoce ningún manual/);
    expect(error?.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(salida, 'index.html'), 'utf8')).toBe('el sitio anterior');
    expect((await readdir(dir)).filter((nombre) => nombre.endsWith('-nuevo'))).toEqual([]);
  });
});
