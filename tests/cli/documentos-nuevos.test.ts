import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { organica } from './organica.ts';
import { catalogoSchema } from '../../src/model/index.ts';

/**
 * A user's own document, of a kind the shipped corpus lacks and with no
 * catalog entry: `parse` says what it placed, `add` writes the entry the
 * user will correct, and `ingest` publishes it with an inferred entry and
 * says so. The reglamento fixture's counts (9 units, 85 fracciones) were
 * made by hand from its text (tests/fixtures/tipos/).
 */
const reglamento = join(import.meta.dirname, '../fixtures/tipos/reglamento-estatal.txt');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'organica-nuevos-'));
});

describe('a document nobody here has catalogued', () => {
  it('parse ends with a coverage line on stderr: units, functions, share of body lines placed', async () => {
    const { code, stderr } = await organica('parse', reglamento);
    expect(code).toBe(0);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^reglamento-estatal\.txt: 9 unidades, 85 funciones; 100 % de las líneas del cuerpo ubicadas \(0 sin ubicar de \d+\)$/u);
  });

  it('add copies it into the sources and writes the catalog entry the text implies, and never overwrites one', async () => {
    const fuentes = join(dir, 'fuentes-add');
    const { code, stdout } = await organica('add', reglamento, '--fuentes', fuentes);
    expect(code).toBe(0);
    const archivos = (await readdir(fuentes)).sort();
    expect(archivos).toContain('reglamento-estatal.txt');
    const yaml = archivos.find((nombre) => nombre.endsWith('.yaml'));
    expect(yaml, stdout).toBeDefined();
    const catalogo = catalogoSchema.parse(parseYaml(await readFile(join(fuentes, yaml ?? ''), 'utf8')));
    expect(catalogo.institucion.nombre).toBe('Secretaría de Salud del Estado de Nayarit');
    expect(catalogo.familia).toBe('estatuto');
    expect(catalogo.archivo).toBe('reglamento-estatal.txt');

    const otraVez = await organica('add', reglamento, '--fuentes', fuentes);
    expect(otraVez.code).toBe(2);
    expect(otraVez.stderr).toMatch(/ya tiene entrada de catálogo .*no se sobrescribe/u);
  });

  it('ingest publishes it with an inferred entry and says so', async () => {
    const fuentes = join(dir, 'fuentes-ingest');
    await mkdir(fuentes, { recursive: true });
    await copyFile(reglamento, join(fuentes, 'reglamento-estatal.txt'));
    const contenido = join(dir, 'contenido');
    const { code, stderr } = await organica('ingest', '--fuentes', fuentes, '--contenido', contenido, '--datos', join(dir, 'datos'), '--sin-organigramas');
    expect(code).toBe(0);
    expect(stderr).toMatch(/reglamento-estatal\.txt: .*no tiene entrada de catálogo; se publica con una inferida del texto/u);
    // Beside the institution's folder: the reports, the manifest and (when drawn) the charts.
    const [institucion] = (await readdir(contenido, { withFileTypes: true }))
      .filter((entrada) => entrada.isDirectory() && !['informes', 'graficas'].includes(entrada.name))
      .map((entrada) => entrada.name);
    const [documento] = await readdir(join(contenido, institucion ?? ''));
    const unidades = (await readdir(join(contenido, institucion ?? '', documento ?? ''))).filter((nombre) => nombre.endsWith('.md') && nombre !== 'index.md');
    expect(unidades).toHaveLength(9);
  });

  it('two documents of one file that infer the same id each get their own: add writes both entries, ingest publishes both', async () => {
    // The reglamento twice in one file, as a compilation would carry two documents of one kind.
    const texto = await readFile(reglamento, 'utf8');
    const doble = join(dir, 'dos-reglamentos.txt');
    await writeFile(doble, `${texto}\n${texto}`);

    const fuentes = join(dir, 'fuentes-doble');
    const agregado = await organica('add', doble, '--fuentes', fuentes);
    expect(agregado.code, agregado.stderr).toBe(0);
    const entradas = (await readdir(fuentes)).filter((nombre) => nombre.endsWith('.yaml')).sort();
    expect(entradas).toHaveLength(2);
    const ids = await Promise.all(entradas.map(async (nombre) => catalogoSchema.parse(parseYaml(await readFile(join(fuentes, nombre), 'utf8'))).id));
    const [primero, segundo] = ids.sort((a, b) => a.length - b.length);
    expect(segundo).toBe(`${primero}-2`);

    const sinEntrada = join(dir, 'fuentes-doble-ingest');
    await mkdir(sinEntrada, { recursive: true });
    await copyFile(doble, join(sinEntrada, 'dos-reglamentos.txt'));
    const contenido = join(dir, 'contenido-doble');
    const ingesta = await organica('ingest', '--fuentes', sinEntrada, '--contenido', contenido, '--datos', join(dir, 'datos-doble'), '--sin-organigramas');
    expect(ingesta.code, ingesta.stderr).toBe(0);
    const institucion = (await readdir(contenido)).find((nombre) => !['informes', 'graficas', '_ingesta.json'].includes(nombre)) ?? '';
    const documentos = (await readdir(join(contenido, institucion))).sort();
    expect(documentos).toEqual([primero, segundo]);
    for (const documento of documentos) {
      const unidades = (await readdir(join(contenido, institucion, documento))).filter((nombre) => nombre.endsWith('.md') && nombre !== 'index.md');
      expect(unidades).toHaveLength(9);
    }
  });

  it('add gives a second document of the institution the next free id, and a refusal writes nothing', async () => {
    const fuentes = join(dir, 'fuentes-segundo');
    expect((await organica('add', reglamento, '--fuentes', fuentes)).code).toBe(0);
    const otro = join(dir, 'otro-reglamento.txt');
    await copyFile(reglamento, otro);
    const segundo = await organica('add', otro, '--fuentes', fuentes);
    expect(segundo.code, segundo.stderr).toBe(0);
    const entradas = await Promise.all(
      (await readdir(fuentes)).filter((nombre) => nombre.endsWith('.yaml')).map(async (nombre) => catalogoSchema.parse(parseYaml(await readFile(join(fuentes, nombre), 'utf8')))),
    );
    const deOtro = entradas.find((entrada) => entrada.archivo === 'otro-reglamento.txt');
    const delPrimero = entradas.find((entrada) => entrada.archivo === 'reglamento-estatal.txt');
    expect(deOtro?.id).toBe(`${delPrimero?.id}-2`);

    // A hand-written entry of another document sits where the inferred one would go: nothing is written.
    const ocupada = join(dir, 'fuentes-ocupada');
    await mkdir(ocupada, { recursive: true });
    const nombreYaml = `${delPrimero?.institucion.id}-${delPrimero?.id}.yaml`;
    const yamlAjeno = (await readFile(join(fuentes, nombreYaml), 'utf8')).replace(/^id: .*$/mu, 'id: otro-documento').replace(/^archivo: .*$/mu, 'archivo: otro.txt');
    await writeFile(join(ocupada, nombreYaml), yamlAjeno);
    const rechazo = await organica('add', reglamento, '--fuentes', ocupada);
    expect(rechazo.code).toBe(2);
    expect(rechazo.stderr).toMatch(/ya existe; no se sobrescribe/u);
    expect(await readdir(ocupada)).toEqual([nombreYaml]);
  });
});
