import { tipoConocido } from '../../constructs/tipo-unidad.ts';

/**
 * How the ISSSTE manual prints a unit's numeral and name: in the contents, in
 * "IV. Estructura Orgánica" and over each unit of "VI. Descripción de
 * Objetivos y Funciones".
 *
 * > | 1.2.1 Jefatura de Servicios de Incorporación y Vigencia de Derechos.
 *     ^ numeral, then the name (its closing period is punctuation, not name)
 * > | 10.1.2. Jefatura de Servicios de Evaluación y Mejora del Desempeño Institucional
 *           ^ a period after the numeral, sometimes
 * > | - 1.1.1.1 Departamento de Análisis, Evaluación y Seguimiento.
 *     ^ a bullet the conversion added (IV)
 * > | - 7.1.1.1 *Departamento de Fortalecimiento Delegacional.*
 *               ^ italics (IV)
 * > | 2. Dirección Médica (M)⁵	83
 *                        ^ amendment mark and its footnote number; then the page (contents)
 */
const numeralInicial = /^\s*(?:-\s+)?(\d{1,2}(?:\.\d{1,2}){0,6})\.?[ \t]+(?=\S)/;
/** `(M)⁵`: this part was modified; footnote 5 says by which DOF publication. */
const marcaDeModificacion = /\(M\)\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/;
/** The page number column of the contents. */
const columnaDePagina = /\t[\t ]*\d*[\t ]*$/;
/** A unit's name, not a paragraph: longer lines are text. */
const nombreLongitudMax = 200;

export interface Encabezado {
  numeral: string;
  /** As printed, without bullet, italics, amendment mark, page, or closing period/asterisk. */
  nombre: string;
  /** Footnote number of an `(M)ⁿ` mark, if any. */
  marca: string | null;
}

/**
 * The numeral a line starts with and the text after it; null when it starts
 * otherwise. Cheap: it runs on every line, and most lines (functions `1. ...`)
 * are rejected by the callers on the numeral alone.
 */
export function leerNumeral(texto: string): { numeral: string; resto: string } | null {
  const match = numeralInicial.exec(texto);
  if (!match) return null;
  return { numeral: match[1] ?? '', resto: texto.slice(match[0].length) };
}

/** Reads a numeral-and-name line; null when the line is not one. */
export function leerEncabezado(texto: string): Encabezado | null {
  const leido = leerNumeral(texto);
  if (!leido) return null;
  let resto = leido.resto.replace(columnaDePagina, '');
  let marca: string | null = null;
  if (resto.includes('(M)')) {
    marca = marcaDeModificacion.exec(resto)?.[1] ?? null;
    resto = resto.replace(marcaDeModificacion, ' ');
  }
  const nombre = limpiarNombre(resto);
  if (nombre === '' || nombre.length > nombreLongitudMax) return null;
  return { numeral: leido.numeral, nombre, marca };
}

/** `*Departamento de Redes.*` -> `Departamento de Redes`; `Subdirección de ... Proyectos.*` -> without the footnote asterisk. */
export function limpiarNombre(texto: string): string {
  const limpio = (texto.includes('*') ? texto.replace(/\*+/g, ' ') : texto).replace(/\s+/g, ' ').trim();
  return limpio.endsWith('.') ? limpio.slice(0, -1).trimEnd() : limpio;
}

/** A name that starts with a kind of unit (`Jefatura de Servicios ...`), as opposed to a function (`Coordinar ...`). */
export function esNombreDeUnidad(nombre: string): boolean {
  return tipoConocido(nombre) !== null;
}

/** Number of levels of a numeral (`1.0.1` -> 3). */
export function niveles(numeral: string): number {
  return numeral.split('.').length;
}

/**
 * The numeral a unit hangs from. A `0` level means "no unit in between": the
 * manual numbers the staff units of a Dirección `N.0.k` (1.0.1 Unidad de
 * Información y Análisis Estratégico, listed in "IV" under 1. Secretaría
 * General after its Subdirecciones 1.1-1.5; 2.0.1 Coordinación Administrativa
 * of 2. Dirección Médica) and the departments attached straight to a
 * Subdirección `N.M.0.k` (5.3.0.1 Departamento de Presupuesto of 5.3
 * Subdirección de Personal). So: drop the last level, then any trailing `0`
 * levels. `1.0.1` -> `1`; `1.0.1.1` -> `1.0.1`; `5.3.0.1` -> `5.3`.
 *
 * Where that unit is missing, the nearest ancestor that exists is used (the
 * caller reports it); none at all (10.1, whose 10 the manual never describes)
 * gives null.
 */
export function superiorDe(numeral: string, existe: (clave: string) => boolean): { padre: string | null; esperado: string | null } {
  const niveles = numeral.split('.');
  let esperado: string | null = null;
  while (niveles.length > 1) {
    niveles.pop();
    while (niveles.length > 1 && niveles.at(-1) === '0') niveles.pop();
    const candidato = niveles.join('.');
    esperado ??= candidato;
    if (existe(candidato)) return { padre: candidato, esperado };
  }
  return { padre: null, esperado };
}
