import type { Line } from '../../../../src/model/index.ts';
import { tipoConocido } from '../../constructs/tipo-unidad.ts';
import { distancia, plegar, soloLetras } from '../../constructs/texto.ts';
import { tiposDelImss } from './tipos.ts';

/** `funcionessustantivas` has 20 letters; a scan that garbles two of them still printed that heading. */
const encabezadoFuncionesDistanciaMax = 2;
/** A unit's name is a line, not a paragraph. */
const nombreUnidadLongitudMax = 200;
/** An institution's heading above a DOF acuerdo is one short line. */
const encabezadoInstitucionLongitudMax = 80;
/** Without the `Funciones Sustantivas` heading, this many unit headings with functions make a manual. */
const unidadesSinEncabezadoMin = 2;
/** A unit heading is followed by its first function within a few lines. */
const lineasHastaPrimeraFuncionMax = 3;

export interface EncabezadoFunciones {
  /** The section's numeral (`7`), when printed; the units' numerals start with it. */
  numero: string | null;
}

/**
 * The heading of the part that describes the units, numeral optional (a scan
 * may lose it or garble a letter or two). A line with a tab is an Índice entry.
 *
 * > | 7. Funciones Sustantivas
 *     ^ numeral, then the heading
 * > | Funciones Sustantivas
 */
export function encabezadoFunciones(line: Line): EncabezadoFunciones | null {
  if (line.texto.includes('\t')) return null;
  const match = /^\s*(?:(\d{1,2})\s*\.?\s+)?(\S.*)$/u.exec(line.texto);
  if (!match) return null;
  const letters = soloLetras(match[2] ?? '');
  if (distancia(letters, 'funcionessustantivas', encabezadoFuncionesDistanciaMax) > encabezadoFuncionesDistanciaMax) return null;
  return { numero: match[1] ?? null };
}

export interface EncabezadoUnidad {
  numeral: string;
  /** As printed, without its trailing period. */
  nombre: string;
}

/**
 * A unit heading: a numeral of two levels or more, then the unit's name.
 * With `raiz` (the `Funciones Sustantivas` numeral) the numeral must start with it.
 *
 * > | 7.1.2.1 Coordinación Técnica de Competitividad Institucional
 *     ^ numeral   ^ name
 * > | 8.1.5 Dirección de Incorporación y Recaudación.
 *                                                    ^ trailing period, not part of the name
 */
export function encabezadoUnidad(texto: string, raiz: string | null): EncabezadoUnidad | null {
  const match = /^\s*(\d{1,2}(?:\.\d{1,3}){1,8})\.?[ \t]+(\S.*)$/u.exec(texto);
  if (!match) return null;
  const numeral = match[1] ?? '';
  const nombre = (match[2] ?? '').replace(/\s+/g, ' ').trim().replace(/\.+$/, '').trimEnd();
  if (raiz !== null && !numeral.startsWith(`${raiz}.`)) return null;
  if (!/^\p{Lu}/u.test(nombre) || nombre.length > nombreUnidadLongitudMax) return null;
  return { numeral, nombre };
}

/**
 * The title on the cover, in capitals (a sentence that mentions a manual is not a title).
 *
 * > | MANUAL DE ORGANIZACIÓN DE LA
 * > | MANUAL DE ORGANIZACIÓN DEL INSTITUTO MEXICANO DEL SEGURO SOCIAL
 */
export function esTitulo(line: Line): boolean {
  const text = line.texto.trim();
  return /^[^\p{L}]{0,3}manual de organizaci/u.test(plegar(text)) && !/\p{Ll}/u.test(text);
}

/**
 * The title of a DOF acuerdo that issues or updates a manual.
 *
 * > | ACUERDO Número ACDO.SA2.HCT.281122/336.P.DA dictado por el H. Consejo Técnico ..., por el cual se aprobó la actualización del Manual de Organización del ...
 */
export function esTituloAcuerdo(line: Line): boolean {
  return /^\s*ACUERDO\b/u.test(line.texto) && plegar(line.texto).includes('manual de organizacion');
}

/** The ISSSTE manual labels each unit's parts; IMSS manuals do not. */
function tieneEtiquetasIssste(lines: readonly Line[]): boolean {
  return lines.some((line) => /^\s*(?:Objetivo|Funciones)\s*:\s*$/u.test(line.texto));
}

/**
 * Where IMSS manuals start in `lines` (indices), by content: a `Funciones
 * Sustantivas` heading followed by numbered unit headings. A manual starts at
 * the DOF acuerdo that issues it (and the institution's heading above it), or
 * at its title, or, for the first manual of a text without a title (a scan),
 * at the text's first line.
 *
 * A text cut before that heading still counts when it holds unit headings
 * with functions and none of the ISSSTE manual's `Objetivo:`/`Funciones:` labels.
 */
export function iniciosManualImss(lines: readonly Line[]): number[] {
  const encabezados: number[] = [];
  lines.forEach((line, i) => {
    const encabezado = encabezadoFunciones(line);
    if (encabezado && unidadDespues(lines, i, encabezado.numero)) encabezados.push(i);
  });
  if (encabezados.length === 0) {
    const primera = lines.findIndex((line) => line.texto.trim() !== '');
    return primera >= 0 && pareceManualSinEncabezado(lines) ? [primera] : [];
  }
  const inicios: number[] = [];
  let desde = 0;
  for (const encabezado of encabezados) {
    // A second heading with no title since the first (a contents line, a repeated heading) is the same manual.
    const otroManual = inicios.length === 0 || lines.slice(desde, encabezado).some(esTitulo);
    if (!otroManual) continue;
    const inicio = inicioDelManual(lines, desde, encabezado, inicios.length === 0);
    if (!inicios.includes(inicio)) inicios.push(inicio);
    desde = encabezado + 1;
  }
  return inicios;
}

/** Whether a unit heading follows the `Funciones Sustantivas` heading at `i`, before the next such heading. */
export function unidadDespues(lines: readonly Line[], i: number, raiz: string | null): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    if (!line) break;
    if (encabezadoFunciones(line)) return false;
    if (!line.texto.includes('\t') && encabezadoUnidad(line.texto, raiz)) return true;
  }
  return false;
}

function inicioDelManual(lines: readonly Line[], desde: number, encabezado: number, primero: boolean): number {
  let titulo = -1;
  for (let i = desde; i < encabezado; i++) {
    const line = lines[i];
    if (line && esTitulo(line)) {
      titulo = i;
      break;
    }
  }
  if (titulo < 0) {
    if (!primero) return encabezado;
    const primera = lines.findIndex((line) => line.texto.trim() !== '');
    return primera >= 0 ? primera : 0;
  }
  let acuerdo = -1;
  for (let i = desde; i < titulo; i++) {
    const line = lines[i];
    if (line && esTituloAcuerdo(line)) {
      acuerdo = i;
      break;
    }
  }
  if (acuerdo < 0) return titulo;
  // The issuing institution's name, in capitals, heads a DOF acuerdo: `INSTITUTO MEXICANO DEL SEGURO SOCIAL`.
  for (let i = acuerdo - 1; i >= desde; i--) {
    const text = lines[i]?.texto.trim() ?? '';
    if (text === '') continue;
    const institucion = text.length <= encabezadoInstitucionLongitudMax && /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
    return institucion ? i : acuerdo;
  }
  return acuerdo;
}

function pareceManualSinEncabezado(lines: readonly Line[]): boolean {
  if (tieneEtiquetasIssste(lines)) return false;
  let conFunciones = 0;
  lines.forEach((line, i) => {
    const unidad = line.texto.includes('\t') ? null : encabezadoUnidad(line.texto, null);
    if (!unidad || tipoConocido(unidad.nombre, tiposDelImss) === null || unidad.nombre.includes(':')) return;
    let vistas = 0;
    for (let j = i + 1; j < lines.length && vistas < lineasHastaPrimeraFuncionMax; j++) {
      const next = lines[j]?.texto ?? '';
      if (next.trim() === '') continue;
      vistas++;
      if (/^\s*(?:[-•*]\s+)?1[.)]\s+\p{Lu}/u.test(next)) {
        conFunciones++;
        break;
      }
    }
  });
  return conFunciones >= unidadesSinEncabezadoMin;
}
