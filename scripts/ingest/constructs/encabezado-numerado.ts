import { romanValue } from '../../../src/lib/romanos.ts';

/**
 * A heading that opens with a numeral: how manuals number their units and
 * sections, in the shapes institutions use.
 *
 * > | 7.1.2.1 Coordinación Técnica de Competitividad Institucional
 *     ^ dotted numeral (`decimal`)
 * > | 111. Dirección General de Programación y Presupuesto
 *     ^ an organization code (`codigo`): three digits or more, one level
 * > | A. Dirección de Finanzas        I. Secretaría Particular        I.1 Departamento de Enlace
 *     ^ outline letter (`letra`)      ^ roman (`romano`)              ^ roman with dotted levels
 * > | 1.0.1 Unidad de Información y Análisis Estratégico.
 *                                                     ^ trailing period, not part of the name
 */

export type EstiloDeNumeral = 'decimal' | 'codigo' | 'romano' | 'letra' | 'arabigo';

export interface EncabezadoNumerado {
  /** As printed, without its trailing period (`7.1.2`, `111`, `A`, `I.1`). */
  numeral: string;
  estilo: EstiloDeNumeral;
  /** The levels the numeral names (`7.1.2` -> 3; `111` -> 1; `I.1` -> 2). */
  niveles: number;
  /** The heading's text, without numeral or trailing period. */
  nombre: string;
}

/** A heading names a unit or a section; a longer line is a paragraph. */
const nombreLongitudMax = 200;

const decimal = /^\s*(\d{1,3}(?:\.\d{1,3}){1,8})\.?[ \t]+(\S.*)$/u;
const codigo = /^\s*(\d{3,6})\.?[ \t]+(\S.*)$/u;
const arabigo = /^\s*(\d{1,2})[.)][ \t]+(\S.*)$/u;
const romano = /^\s*([IVXLC]{1,7}(?:\.\d{1,3}){0,6})[.)]?[ \t]+(\S.*)$/u;
const letra = /^\s*([A-Z](?:\.\d{1,3}){0,6})[.)][ \t]+(\S.*)$/u;

/**
 * Reads a line as a numbered heading, or null. The name must start with a
 * capital and be a line, not a sentence; which numerals a document really
 * uses for its units is for the family to decide (a function `1. Validar
 * ...` reads as a heading here too).
 */
export function leerEncabezadoNumerado(texto: string): EncabezadoNumerado | null {
  const limpio = texto.replaceAll('**', '');
  const intentos: [RegExp, EstiloDeNumeral][] = [
    [decimal, 'decimal'],
    [codigo, 'codigo'],
    [romano, 'romano'],
    [letra, 'letra'],
    [arabigo, 'arabigo'],
  ];
  for (const [patron, estilo] of intentos) {
    const match = patron.exec(limpio);
    if (!match) continue;
    const numeral = (match[1] ?? '').replace(/\.$/u, '');
    const nombre = (match[2] ?? '').replace(/\s+/gu, ' ').trim().replace(/\.+$/u, '').trimEnd();
    if (!/^\p{Lu}/u.test(nombre) || nombre.length > nombreLongitudMax) continue;
    if (estilo === 'romano' && romanValue(numeral.split('.')[0] ?? '') === null) continue;
    return { numeral, estilo, niveles: numeral.split('.').length, nombre };
  }
  return null;
}
