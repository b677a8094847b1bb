import { plegar } from './texto.ts';

/**
 * The labels that open the parts of a unit's description in a manual, in
 * any case and punctuation, alone on their line or followed by their text.
 *
 * > | Objetivo
 * > | Objetivo:
 * > | Propósito: Dirigir los proyectos y programas de los servicios de capacitación ...
 *     ^ label, then the objetivo's first words on the same line
 * > | FUNCIONES:
 * > | Funciones: Las funciones de la Comisaría están establecidas en:
 * > | Descripción de funciones
 * > | Funciones del puesto:
 *     ^ a post's list: its block is a puesto, not a unit
 * > | Órgano Administrativo: Dirección General.
 *     ^ a header label: the unit's name follows
 */

export type ClaseDeEtiqueta = 'objetivo' | 'funciones' | 'encabezado' | 'puesto';

export interface Etiqueta {
  clase: ClaseDeEtiqueta;
  /** The label as printed, without its colon (`Propósito`, `Funciones del puesto`). */
  rotulo: string;
  /** What follows the label on its line (an objetivo's first words, a unit's name); '' when nothing. */
  resto: string;
  /** True when the label says it is the post's (`Objetivo del puesto`, `Funciones del puesto`, `Nombre del puesto`). */
  delPuesto: boolean;
}

/** A label is a few words; a longer line that starts with `Funciones` is a sentence. */
const etiquetaPalabrasMax = 5;

/** Label words, accents and case folded. */
const objetivo = /^(?:objetivos?|proposito|mision)(?:\s+(?:general|especifico))?(?:\s+(?:del\s+puesto|del\s+area|de\s+la\s+unidad|del\s+organo))?$/u;
const funciones =
  /^(?:funciones|atribuciones|facultades|responsabilidades|actividades|descripcion\s+de\s+(?:funciones|actividades|responsabilidades)|funciones\s+(?:especificas|generales|principales|sustantivas)|principales\s+funciones)(?:\s+del\s+puesto)?$/u;
const encabezado = /^(?:organo\s+administrativo|unidad\s+administrativa|unidad\s+responsable|area|nombre\s+del\s+area|nombre\s+de\s+la\s+unidad|denominacion|dependencia|organo)$/u;
const puesto = /^(?:puesto|nombre\s+del\s+puesto|denominacion\s+del\s+puesto|titulo\s+del\s+puesto)$/u;

/**
 * The label a line opens with, or null. The label may close with a colon,
 * a period or nothing; text after a colon is the part's first words. A line
 * whose label has no colon and more text after it (`Funciones de la
 * Dirección ...`) is a sentence, not a label.
 */
export function leerEtiqueta(texto: string): Etiqueta | null {
  const limpio = texto.replaceAll('**', '').trim();
  if (limpio === '' || limpio.length > 400) return null;
  const conDosPuntos = /^([^:]{1,60}):\s*(.*)$/u.exec(limpio);
  const candidata = conDosPuntos?.[1] ?? limpio.replace(/[.:]$/u, '');
  const resto = conDosPuntos?.[2]?.trim() ?? '';
  const palabras = candidata.trim().split(/\s+/u);
  if (palabras.length > etiquetaPalabrasMax) return null;
  // Numbered labels in some manuals (`1.1 Objetivo`) keep their numeral out of the label.
  const sinNumeral = candidata.replace(/^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)\.?\s+/u, '');
  const clave = plegar(sinNumeral).replace(/\s+/gu, ' ').trim();
  const delPuesto = /\bdel\s+puesto$/u.test(clave);
  const rotulo = sinNumeral.trim();
  if (objetivo.test(clave)) return { clase: 'objetivo', rotulo, resto, delPuesto };
  if (funciones.test(clave)) return { clase: 'funciones', rotulo, resto, delPuesto };
  // A header label only counts with its colon and a name after it.
  if (conDosPuntos && resto !== '' && encabezado.test(clave)) return { clase: 'encabezado', rotulo, resto, delPuesto: false };
  if (conDosPuntos && resto !== '' && puesto.test(clave)) return { clase: 'puesto', rotulo, resto, delPuesto: true };
  return null;
}
