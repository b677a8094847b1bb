import { claveDeUnidad } from './puestos.ts';

/**
 * How high a kind of unit sits in Mexican public administration, for the
 * manuals that give their units without numerals and without a structure
 * list: there a unit answers to the nearest unit above it in the document
 * that ranks higher. Smaller is higher. Collegiate bodies (a Junta de
 * Gobierno) rank apart: they govern, they are nobody's sub-unit by order.
 *
 * > | Vicepresidencia de Supervisión                            2
 * > | Dirección General de Supervisión Financiera              3  -> under the Vicepresidencia
 * > | Dirección General Adjunta de Análisis                     4
 * > | Dirección de Área                                         5
 * > | Subdirección de Análisis                                  6
 * > | Dictaminador y Líder de Proyecto                          8  (a post)
 * > | Dirección General Adjunta de Seguimiento                  4  -> back under the Dirección General
 *
 * A bare `Dirección General` (no complement) is the head of the body; with a
 * complement (`Dirección General de Finanzas`) it is a unit of a ministry or
 * commission, below its Subsecretarías or Vicepresidencias.
 */

export const rangoColegiado = 0;
/** Posts and anything unknown sit below every unit kind. */
export const rangoDePuesto = 8;

/**
 * Two scales. In a ministry or a federal commission (`federal`) a `Dirección
 * General de X` answers to a Subsecretaría or Vicepresidencia and heads
 * Direcciones de Área. In a body headed by a bare `Dirección General` (a
 * state or federal organismo: `organismo`), its Unidades, Direcciones and
 * Coordinaciones are all its first level, and Departamentos the second.
 */
export type Escala = 'federal' | 'organismo';

/** The scale of a manual: `organismo` when a unit is a bare head (`Dirección General`, `Rectoría`). */
export function escalaDe(nombres: readonly string[]): Escala {
  return nombres.some((nombre) => /^(?:direccion general|rectoria|presidencia municipal|gerencia general)$/u.test(claveDeUnidad(nombre))) ? 'organismo' : 'federal';
}

/*
 * Two names that look like higher kinds and are not: a `Delegación Administrativa` is the
 * office that runs a unit's own administration (a department's level), not a territorial
 * delegation; a `Centro de Trabajo` is a workplace, the lowest level, not a centre like an
 * institute.
 */
const rangosDeOrganismo: readonly (readonly [RegExp, number])[] = [
  [/^(?:junta|consejo|comite|asamblea|patronato|cabildo|ayuntamiento|comision de gobierno|organo de gobierno)\b/u, rangoColegiado],
  [/^(?:direccion general|rectoria|presidencia municipal|gerencia general|presidencia)$/u, 1],
  [/^(?:unidad|direccion|coordinacion(?! tecnica)|secretaria|subdireccion general|comisaria|contraloria|organo interno de control|tesoreria|gerencia|vicerrectoria|abogacia|oficina del|delegacion (?!administrativa))\b/u, 2],
  [/^(?:subdireccion|coordinacion tecnica|subgerencia|division|jefatura de division)\b/u, 3],
  [/^(?:departamento|jefatura|subjefatura|area|oficina|delegacion|centro|seccion|modulo|enlace|residencia|almacen)\b/u, 4],
];

/** Most specific first: the first pattern that matches the name's beginning decides. */
const rangosFederales: readonly (readonly [RegExp, number])[] = [
  [/^(?:junta|consejo|comite|asamblea|patronato|cabildo|ayuntamiento|comision de gobierno|organo de gobierno)\b/u, rangoColegiado],
  [/^(?:direccion general|presidencia|rectoria|secretaria|gubernatura|presidencia municipal)$/u, 1],
  [/^direccion general adjunta\b/u, 4],
  [/^direccion general\b/u, 3],
  [/^coordinacion tecnica\b/u, 4],
  [/^coordinacion general\b/u, 2],
  [/^(?:subsecretaria|vicepresidencia|oficialia mayor|vicerrectoria|secretaria|tesoreria|contraloria|organo interno de control|comisaria|procuraduria|unidad)\b/u, 2],
  [/^(?:coordinacion|gerencia general|delegacion (?!administrativa))\b/u, 3],
  [/^(?:direccion ejecutiva|gerencia|instituto|centro (?!de trabajo))\b/u, 4],
  [/^(?:direccion|subgerencia|division)\b/u, 5],
  [/^(?:subdireccion|subcoordinacion|jefatura de servicios|jefatura de division)\b/u, 6],
  [/^(?:departamento|jefatura|subjefatura|area|oficina|delegacion|centro|seccion|modulo|enlace|residencia|almacen)\b/u, 7],
];

/** Whether a unit is a body's governing board, which names and evaluates its executive head (`Junta de Gobierno`). */
export function esJuntaDeGobierno(nombre: string): boolean {
  return /^(?:junta de gobierno|junta directiva|consejo directivo|organo de gobierno)\b/u.test(claveDeUnidad(nombre));
}

/** The rank of a unit or post by its name; posts (`Subdirector de ...`) rank as the unit they head. */
export function rangoDe(nombre: string, escala: Escala = 'federal'): number {
  const clave = claveDeUnidad(nombre);
  for (const [patron, rango] of escala === 'organismo' ? rangosDeOrganismo : rangosFederales) if (patron.test(clave)) return rango;
  return rangoDePuesto;
}
