import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { registroSchema, type Catalogo, type Documento, type Unidad } from '../../src/model/index.ts';
import { emit } from '../../scripts/ingest/emit.ts';
import { parse } from '../../scripts/ingest/parse.ts';
import { decode } from '../../scripts/ingest/read.ts';

const root = join(import.meta.dirname, '../..');
const archivo = 'imss-uit-manual-organizacion.txt';
const catalogo = parseYaml(readFileSync(join(root, 'content/sources/imss-uit.yaml'), 'utf8')) as Catalogo;
const publicado = registroSchema.parse(parseYaml(readFileSync(join(root, 'content/imss/uit/_registro.yaml'), 'utf8')));
const [estructura] = parse(decode(archivo, readFileSync(join(root, 'content/sources', archivo)))).estructuras;
const actual = estructura!.documento;

/**
 * The next edition of the UIT manual: a Coordinación inserted as 7.1.2, so the
 * old 7.1.2 and 7.1.3 (and everything under them) shift by one, and the old
 * 7.1.2 is renamed.
 */
function nextEdition(documento: Documento): Documento {
  const shift = (numeral: string) => numeral.replace(/^7\.1\.(\d+)/, (_, n: string) => `7.1.${Number(n) >= 2 ? Number(n) + 1 : n}`);
  const unidades: Unidad[] = documento.unidades.map((unidad) => {
    const moved = { ...unidad, clave: shift(unidad.clave), numeral: unidad.numeral && shift(unidad.numeral), padre: unidad.padre && shift(unidad.padre) };
    return unidad.numeral === '7.1.2' ? { ...moved, nombre: 'Coordinación de Modernización, Competitividad y Archivos' } : moved;
  });
  const inserted: Unidad = {
    ...documento.unidades[1]!,
    clave: '7.1.2',
    numeral: '7.1.2',
    nombre: 'Coordinación de Archivos Institucionales',
    padre: '7.1',
    objetivo: null,
    funciones: [{ n: 1, texto: 'Organizar el Sistema Institucional de Archivos y su operación documental.', linea: 1 }],
  };
  const at = unidades.findIndex((unidad) => unidad.numeral === '7.1.3');
  unidades.splice(at, 0, inserted);
  return { ...documento, unidades };
}

describe('a new edition of the UIT manual', () => {
  const before = emit(actual, catalogo, publicado);
  const after = emit(nextEdition(actual), catalogo, before.registro);
  const live = new Set(after.datos.unidades.map((unidad) => unidad.id));

  it('re-ingesting the same text keeps the published registry as it is', () => {
    expect(before.registro).toEqual(publicado);
  });

  it('keeps every published slug pointing at its unit or at a redirect to it', () => {
    for (const entrada of publicado.unidades) {
      const now = after.registro.unidades.find((candidate) => candidate.slug === entrada.slug);
      expect(now, entrada.slug).toBeDefined();
      if (now!.estado === 'vigente') expect(live.has(now!.slug), entrada.slug).toBe(true);
      else expect(now!.destino !== null && live.has(now!.destino), entrada.slug).toBe(true);
    }
  });

  it('moves a unit whose numeral shifted without changing its URL', () => {
    const integridad = after.datos.unidades.find((unidad) => unidad.nombre === 'Coordinación de Integridad Institucional');
    expect(integridad?.numeral).toBe('7.1.4');
    expect(integridad?.id).toBe('coordinacion-de-integridad-institucional');
  });

  it('leaves a redirect at the renamed unit’s old URL, listed as its alias', () => {
    const renamed = after.datos.unidades.find((unidad) => unidad.numeral === '7.1.3');
    expect(renamed?.id).toBe('coordinacion-de-modernizacion-competitividad-y-archivos');
    expect(after.registro.unidades.find((entrada) => entrada.slug === 'coordinacion-de-modernizacion-y-competitividad')).toMatchObject({
      estado: 'renombrada',
      destino: 'coordinacion-de-modernizacion-competitividad-y-archivos',
    });
    const file = after.archivos.find((archivo) => archivo.ruta.endsWith('/coordinacion-de-modernizacion-competitividad-y-archivos.md'));
    expect(file?.contenido).toMatch(/alias:\n {2}- coordinacion-de-modernizacion-y-competitividad\n/);
  });
});
