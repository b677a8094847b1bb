import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { organica } from './organica.ts';
import { documentoDatosSchema } from '../../src/model/index.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'organica-cli-'));
});

describe('organica parse', () => {
  it('prints the model of a shipped manual as JSON in the data file shape', async () => {
    const { code, stdout } = await organica('parse', 'content/sources/imss-uit-manual-organizacion.txt');
    expect(code).toBe(0);
    const datos = documentoDatosSchema.parse(JSON.parse(stdout));
    expect(datos.familia).toBe('manual-imss');
    expect(datos.unidades).toHaveLength(17);
    expect(datos.unidades[0]?.funciones[0]?.url).toBe(`${datos.unidades[0]?.url}#funcion-1`);
  });

  it.each([
    ['vacio.txt', '', /vacio\.txt:1: el archivo está vacío/],
    ['binario.txt', '\u0000\u0001\u0002', /binario\.txt:1: el archivo es binario/],
    ['receta.txt', 'Receta de tamales\n\nIngredientes: masa, manteca.\n', /receta\.txt:1: no se reconoce ningún manual/],
  ])('exits 2 with file:line and no stack trace for %s', async (name, content, message) => {
    const path = join(dir, name);
    await writeFile(path, content);
    const { code, stdout, stderr } = await organica('parse', path);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file', async () => {
    const { code, stderr } = await organica('parse', join(dir, 'no-existe.txt'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/no-existe\.txt:1: el archivo no existe/);
  });

  it('exits 2 with usage for an unknown command or option', async () => {
    expect((await organica('publicar')).code).toBe(2);
    const { code, stderr } = await organica('parse', '--nada', 'x.txt');
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('organica parse --lineas', () => {
  const fixture = 'tests/fixtures/cli/lineas.txt';
  /** `  12  lista-de-funciones   1. Supervisar ...` -> line, what placed it, text. */
  const columnas = (salida: string) =>
    salida
      .trimEnd()
      .split('\n')
      .map((renglon) => /^\s*(\d+)(?: {2}(\S+(?: ubicar)?))?\s*(.*)$/u.exec(renglon))
      .map((match) => ({ n: Number(match?.[1]), por: match?.[2] ?? '', texto: match?.[3] ?? '' }));

  it('prints every line of the text with the construct that placed it, the furniture rule that dropped it, or nothing when blank', async () => {
    const { code, stdout } = await organica('parse', fixture, '--lineas');
    expect(code).toBe(0);
    const lineas = columnas(stdout);
    const fuente = readFileSync(fixture, 'utf8').split('\n');
    expect(lineas.map(({ n }) => n)).toEqual(fuente.map((_, i) => i + 1));
    const de = (inicio: string) => lineas.find(({ texto }) => texto.startsWith(inicio))?.por;
    expect(de('1.1.1 Dirección de Finanzas')).toBe('encabezado-numerado');
    expect(de('1. Elaborar el anteproyecto')).toBe('lista-de-funciones');
    expect(de('Funciones')).toBe('bloque-etiquetado');
    expect(lineas.filter(({ texto }) => texto === 'COMISIÓN DE PRUEBA - MANUAL DE ORGANIZACIÓN').map(({ por }) => por)).toEqual([
      'encabezado-de-pagina',
      'encabezado-de-pagina',
      'encabezado-de-pagina',
    ]);
    fuente.forEach((texto, i) => expect(lineas[i]?.por === '', `línea ${i + 1}: «${texto}»`).toBe(texto.trim() === ''));
  });

  it('says «sin ubicar» for a line nothing placed, as the report does', async () => {
    const { code, stdout } = await organica('parse', 'tests/fixtures/issste/unidades-incompletas.txt', '--lineas');
    expect(code).toBe(0);
    expect(columnas(stdout).filter(({ por }) => por === 'sin ubicar')).toEqual([{ n: 25, por: 'sin ubicar', texto: 'Texto suelto antes de la lista.' }]);
  });
});
