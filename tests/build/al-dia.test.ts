import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dibujosSegunManifiesto, escribirManifiesto, huellaDeCodigoDeIngesta, huellaDeContenido, huellaDeFuentes, ingestaAlDia } from '../../scripts/ingest/al-dia.ts';
import { copiarConEnlaces, huella } from '../../scripts/huella.ts';

/**
 * What lets `organica build` skip work: digests of a step's inputs and
 * outputs (the ingest's in its committed manifest), and the all-or-nothing
 * replacement of the site.
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
  it('is false without a manifest, true with one that matches, and false again when a source, an output or the code changes', async () => {
    const carpetas = { fuentes: join(dir, 'fuentes'), contenido: join(dir, 'contenido'), datos: join(dir, 'datos') };
    await mkdir(carpetas.fuentes, { recursive: true });
    await mkdir(join(carpetas.contenido, 'imss', 'uit'), { recursive: true });
    await mkdir(carpetas.datos, { recursive: true });
    await writeFile(join(carpetas.fuentes, 'manual.txt'), 'texto');
    await writeFile(join(carpetas.contenido, 'imss', 'uit', 'a.md'), '---\nnombre: A\n---\n');
    await writeFile(join(carpetas.datos, 'index.json'), '{}');
    // What `npm run ingest` writes, from the folders as they are now.
    const registrar = async (codigo?: string) =>
      escribirManifiesto(carpetas.contenido, {
        fuentes: await huellaDeFuentes(carpetas),
        codigo: codigo ?? (await huellaDeCodigoDeIngesta()),
        contenido: await huellaDeContenido(carpetas),
        datos: await huella(carpetas.datos, ['.']),
        graficas: { codigo: '', dibujos: [] },
      });

    expect(await ingestaAlDia(carpetas)).toBe(false);
    await registrar();
    expect(await ingestaAlDia(carpetas)).toBe(true);

    await writeFile(join(carpetas.contenido, 'imss', 'uit', 'a.md'), '---\nnombre: A editada\n---\n');
    expect(await ingestaAlDia(carpetas)).toBe(false);
    await registrar();
    // A unit file the ingest did not make (it would remove it) is a change too.
    await writeFile(join(carpetas.contenido, 'imss', 'uit', 'b.md'), '');
    expect(await ingestaAlDia(carpetas)).toBe(false);
    await rm(join(carpetas.contenido, 'imss', 'uit', 'b.md'));
    expect(await ingestaAlDia(carpetas)).toBe(true);

    await writeFile(join(carpetas.datos, 'index.json'), '{"documentos":[]}');
    expect(await ingestaAlDia(carpetas)).toBe(false);
    await registrar();
    await writeFile(join(carpetas.fuentes, 'manual.txt'), 'texto nuevo');
    expect(await ingestaAlDia(carpetas)).toBe(false);
    await registrar('código de otra ingesta');
    expect(await ingestaAlDia(carpetas)).toBe(false);
  });

  it('holds for the committed content: a fresh clone re-ingests nothing (after changing the ingest, run npm run ingest)', async () => {
    const raiz = join(import.meta.dirname, '../..');
    const carpetas = { fuentes: join(raiz, 'content/sources'), contenido: join(raiz, 'content'), datos: join(raiz, 'public/datos') };
    expect(await ingestaAlDia(carpetas), 'content/_ingesta.json no coincide con las fuentes, el código de la ingesta o lo generado: ejecute npm run ingest').toBe(true);
    // And the chart step finds its drawings from the manifest alone.
    const dibujos = await dibujosSegunManifiesto(carpetas.contenido, carpetas.fuentes);
    expect(dibujos?.length).toBeGreaterThan(100);
    expect((await readdir(join(carpetas.contenido, 'graficas'))).filter((nombre) => nombre.endsWith('.svg')).sort()).toEqual(dibujos);
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
