import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claveDeUnidad } from '../../../scripts/ingest/constructs/puestos.ts';
import { implicitCatalog } from '../../../scripts/ingest/implicit-catalog.ts';
import { parse } from '../../../scripts/ingest/parse.ts';
import { decode } from '../../../scripts/ingest/read.ts';
import type { Unidad } from '../../../src/model/index.ts';

/**
 * Documents of kinds the shipped corpus does not have, each a fixture in
 * tests/fixtures/tipos/ with the units and functions counted by hand from its
 * text in `<fixture>.expected.json`: a Secretaría's manual headed by
 * organization codes (`111.`), two municipal manuals organized by puesto, a
 * university statute whose posts get their atribuciones by verb alone
 * (`Corresponde al Secretario General:`), a state reglamento with a common
 * list for every unit of a kind.
 */
const dir = new URL('../../fixtures/tipos/', import.meta.url);

interface UnidadEsperada {
  nombre: string;
  numeral: string | null;
  padre: string | null;
  puesto: boolean;
  /** The objetivo's first words, or null when the unit has none. */
  objetivo: string | null;
  funciones: number;
  primera: string | null;
  ultima: string | null;
}

interface Esperado {
  familia: string;
  /** As printed. */
  titulo: string;
  /** The body the text names, for a catalog inferred without YAML. */
  institucion: string;
  unidades: UnidadEsperada[];
  /** Lists common to every unit of a kind: the article and how many fracciones. */
  comunes?: { comun: string; articulo: number; fracciones: number; aplicaA: string[] }[];
}

const fixtures = readdirSync(dir).filter((nombre) => nombre.endsWith('.txt'));

describe.each(fixtures)('%s', (archivo) => {
  const esperado = JSON.parse(readFileSync(new URL(archivo.replace(/\.txt$/u, '.expected.json'), dir), 'utf8')) as Esperado;
  const source = decode(archivo, readFileSync(new URL(archivo, dir)));
  const { estructuras, informe } = parse(source);
  const documento = estructuras[0]?.documento;
  const unidades = documento?.unidades ?? [];
  const porClave = new Map(unidades.map((unidad) => [unidad.clave, unidad]));
  const usadas = new Set<Unidad>();
  const hallar = (nombre: string) => {
    const unidad = unidades.find((candidata) => !usadas.has(candidata) && claveDeUnidad(candidata.nombre) === claveDeUnidad(nombre));
    if (unidad) usadas.add(unidad);
    return unidad;
  };
  const pares = esperado.unidades.map((unidad) => ({ esperada: unidad, hallada: hallar(unidad.nombre) }));

  it('is recognized as its kind, with its title, and leaves no body line unplaced', () => {
    expect(documento?.familia).toBe(esperado.familia);
    expect(documento?.titulo).toBe(esperado.titulo);
    expect(informe.sinUbicar).toEqual([]);
  });

  it('names its institution in the catalog inferred without YAML', () => {
    if (!documento) throw new Error('no document');
    expect(implicitCatalog(documento, archivo, source.lines).institucion.nombre).toBe(esperado.institucion);
  });

  it('publishes every unit and puesto counted by hand, and no other with functions of its own', () => {
    expect(pares.filter(({ hallada }) => !hallada).map(({ esperada }) => esperada.nombre)).toEqual([]);
    const otras = unidades.filter((unidad) => !usadas.has(unidad) && unidad.funciones.length > 0);
    expect(otras.map((unidad) => unidad.nombre)).toEqual([]);
  });

  it.each(esperado.unidades.map((unidad, i) => [unidad.nombre, i] as const))('%s: its objetivo, functions, superior and kind', (_, i) => {
    const { esperada, hallada } = pares[i] ?? { esperada: undefined, hallada: undefined };
    if (!esperada || !hallada) throw new Error('unit not found');
    expect(hallada.funciones).toHaveLength(esperada.funciones);
    expect(hallada.numeral).toBe(esperada.numeral);
    expect(hallada.puesto === true).toBe(esperada.puesto);
    const padre = hallada.padre === null ? null : (porClave.get(hallada.padre)?.nombre ?? hallada.padre);
    expect(padre === null ? null : claveDeUnidad(padre)).toBe(esperada.padre === null ? null : claveDeUnidad(esperada.padre));
    if (esperada.objetivo === null) expect(hallada.objetivo).toBeNull();
    else expect(hallada.objetivo?.startsWith(esperada.objetivo)).toBe(true);
    if (esperada.primera !== null) expect(hallada.funciones[0]?.texto.startsWith(esperada.primera)).toBe(true);
    if (esperada.ultima !== null) expect(hallada.funciones.at(-1)?.texto.startsWith(esperada.ultima)).toBe(true);
  });

  it.skipIf(!esperado.comunes)('shows each common list on the units of its kind', () => {
    for (const comun of esperado.comunes ?? []) {
      const con = unidades.filter((unidad) => unidad.comunes?.some((lista) => lista.articulo === comun.articulo && lista.fracciones.length === comun.fracciones));
      expect(con.map((unidad) => claveDeUnidad(unidad.nombre)).sort()).toEqual(comun.aplicaA.map(claveDeUnidad).sort());
    }
  });
});
