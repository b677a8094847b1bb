import type { Line } from '../../../../src/model/index.ts';
import { leerEtiqueta, type Etiqueta } from '../../constructs/bloque-etiquetado.ts';
import { leerEncabezadoNumerado, type EncabezadoNumerado } from '../../constructs/encabezado-numerado.ts';
import { leerEncabezadoDeSeccion } from '../../constructs/seccion.ts';
import { plegar } from '../../constructs/texto.ts';

/**
 * Where a manual describes its units: one block per unit (or post), found
 * by the label that opens its list of functions. The block's heading is
 * right above its objetivo (or its list), in whatever form the manual uses.
 *
 * > |                                 Dirección General de Supervisión Operativa     <- heading (a name line)
 * > |                                                    Objetivo                    <- objetivo label
 * > |     Supervisar que las acciones llevadas a cabo por los participantes ...
 * > |                                                   Funciones                    <- anchor: the functions label
 * > |     1. Supervisar y dar seguimiento a los diversos aspectos ...
 *
 * > | Órgano Administrativo: Dirección General.                                      <- heading (a header label)
 * > | Propósito: Dirigir los proyectos y programas de los servicios ...              <- objetivo label and its text
 * > | Funciones:
 *
 * > | 1.5.2.2 Departamento de Relaciones con Representaciones Diplomáticas.          <- heading (a numeral)
 *
 * A manual whose units carry no labels (`7.1 Unidad de ...` then `1. ...`)
 * is read by its numbered headings instead (`bloquesPorNumeral`).
 */

export interface Encabezado {
  /** The heading's lines (a long name may wrap over two or three). */
  lineas: Line[];
  nombre: string;
  numeral: string | null;
  /** How the numeral is written, when there is one. */
  estilo: EncabezadoNumerado['estilo'] | null;
}

export interface BloqueDeUnidad {
  encabezado: Encabezado;
  /** True for a post's block (`Funciones del puesto`, `Puesto: ...`). */
  puesto: boolean;
  /** Lines between the heading and the objetivo (fields of a post: `Área de adscripción: ...`). */
  campos: Line[];
  objetivo: { etiqueta: Line; rotulo: string; resto: string; lineas: Line[] } | null;
  funciones: { etiqueta: Line | null; rotulo: string; resto: string; lineas: Line[] };
  /** Index in the segment's lines of the block's first and last line (inclusive). */
  desde: number;
  hasta: number;
}

/** The objetivo of a unit is a paragraph or two above its functions label, not a page away. */
const objetivoLineasMax = 40;
/** A heading is a name, not a sentence. */
const encabezadoLongitudMax = 160;
/** A long name wraps over a few lines at most. */
const encabezadoLineasMax = 3;

/** Labels, one per line (null where the line is not one). */
export function etiquetasDe(lines: readonly Line[]): (Etiqueta | null)[] {
  return lines.map((line) => leerEtiqueta(line.texto));
}

/**
 * The unit blocks of a manual whose units are labelled, in order. The
 * functions labels that anchor them are those of the form the manual uses
 * most (so a section titled `ATRIBUCIONES` in the front matter anchors
 * nothing) and the posts' own.
 */
export function bloquesPorEtiqueta(lines: readonly Line[], etiquetas: readonly (Etiqueta | null)[]): BloqueDeUnidad[] {
  const anclas = anclasDeFunciones(etiquetas);
  const bloques: BloqueDeUnidad[] = [];
  let limite = 0;
  for (const [k, iF] of anclas.entries()) {
    const fin = anclas[k + 1] ?? lines.length;
    let iO = -1;
    let vistas = 0;
    for (let i = iF - 1; i >= limite && vistas < objetivoLineasMax; i--) {
      if (lines[i]?.texto.trim() !== '') vistas++;
      if (etiquetas[i]?.clase === 'objetivo') {
        iO = i;
        break;
      }
    }
    const inicio = iO >= 0 ? iO : iF;
    const encabezado = buscarEncabezado(lines, etiquetas, inicio, limite);
    if (!encabezado) {
      limite = iF + 1;
      continue;
    }
    const iH = lines.indexOf(encabezado.lineas[0] as Line);
    const iUltimaH = lines.indexOf(encabezado.lineas.at(-1) as Line);
    const etiquetaF = etiquetas[iF] as Etiqueta;
    const etiquetaO = iO >= 0 ? (etiquetas[iO] as Etiqueta) : null;
    const etiquetaH = etiquetas[iH];
    bloques.push({
      encabezado,
      puesto: etiquetaF.delPuesto || etiquetaO?.delPuesto === true || etiquetaH?.clase === 'puesto',
      campos: lines.slice(iUltimaH + 1, inicio).filter((line) => line.texto.trim() !== ''),
      objetivo: etiquetaO && iO >= 0 ? { etiqueta: lines[iO] as Line, rotulo: etiquetaO.rotulo, resto: etiquetaO.resto, lineas: lines.slice(iO + 1, iF) } : null,
      funciones: { etiqueta: lines[iF] as Line, rotulo: etiquetaF.rotulo, resto: etiquetaF.resto, lineas: lines.slice(iF + 1, fin) },
      desde: iH,
      hasta: fin - 1,
    });
    limite = iF + 1;
  }
  // Each block's list ends where the next block's heading starts, or at a heading of the manual's back matter.
  for (const [k, bloque] of bloques.entries()) {
    const siguiente = bloques[k + 1];
    const tope = siguiente ? siguiente.desde : lines.length;
    const iF = bloque.funciones.etiqueta ? lines.indexOf(bloque.funciones.etiqueta) : bloque.desde;
    let hasta = tope - 1;
    for (let i = iF + 1; i < tope; i++) {
      const line = lines[i];
      if (line && finDeLista(line, etiquetas[i] ?? null)) {
        hasta = i - 1;
        break;
      }
    }
    bloque.funciones.lineas = lines.slice(iF + 1, hasta + 1);
    bloque.hasta = hasta;
  }
  return bloques;
}

/** The functions labels that open unit blocks: the manual's usual form, and any post's. */
function anclasDeFunciones(etiquetas: readonly (Etiqueta | null)[]): number[] {
  const veces = new Map<string, number>();
  for (const etiqueta of etiquetas) {
    if (etiqueta?.clase !== 'funciones' || etiqueta.delPuesto) continue;
    const clave = plegar(etiqueta.rotulo);
    veces.set(clave, (veces.get(clave) ?? 0) + 1);
  }
  const usual = [...veces].sort((a, b) => b[1] - a[1])[0]?.[0];
  const anclas: number[] = [];
  etiquetas.forEach((etiqueta, i) => {
    if (etiqueta?.clase === 'funciones' && (etiqueta.delPuesto || plegar(etiqueta.rotulo) === usual)) anclas.push(i);
  });
  return anclas;
}

/**
 * The heading above `inicio` (the objetivo or functions label): the nearest
 * non-blank line, if it can be a heading, and the lines of a long name
 * wrapped above it.
 */
function buscarEncabezado(lines: readonly Line[], etiquetas: readonly (Etiqueta | null)[], inicio: number, limite: number): Encabezado | null {
  let i = inicio - 1;
  while (i >= limite && lines[i]?.texto.trim() === '') i--;
  const primera = lines[i];
  if (i < limite || !primera) return null;
  const etiqueta = etiquetas[i];
  if (etiqueta?.clase === 'encabezado' || etiqueta?.clase === 'puesto') {
    return { lineas: [primera], nombre: limpiarNombre(etiqueta.resto), numeral: null, estilo: null };
  }
  // Fields of a post between its heading and its objetivo (`Área de adscripción: ...`): the heading is above them.
  if (etiqueta === null && /^[^:]{2,40}:\s*\S/u.test(primera.texto.trim()) && !leerEncabezadoNumerado(primera.texto)) {
    let j = i - 1;
    while (j >= limite && (lines[j]?.texto.trim() === '' || /^[^:]{2,40}:\s*\S/u.test(lines[j]?.texto.trim() ?? '') && etiquetas[j]?.clase !== 'puesto' && etiquetas[j]?.clase !== 'encabezado')) j--;
    const arriba = etiquetas[j];
    if (j >= limite && (arriba?.clase === 'puesto' || arriba?.clase === 'encabezado')) {
      return { lineas: [lines[j] as Line], nombre: limpiarNombre(arriba.resto), numeral: null, estilo: null };
    }
  }
  if (!pareceEncabezado(primera.texto) || etiqueta) return null;
  const numerado = leerEncabezadoNumerado(primera.texto);
  if (numerado) return { lineas: [primera], nombre: numerado.nombre, numeral: numerado.numeral, estilo: numerado.estilo };
  // A name wrapped over lines: the lines above that continue it (no sentence ends between them).
  const lineas = [primera];
  const sangria = sangriaDe(primera.texto);
  for (let j = i - 1; j >= limite && lineas.length < encabezadoLineasMax; j--) {
    const arriba = lines[j];
    if (!arriba || arriba.texto.trim() === '' || etiquetas[j]) break;
    const texto = arriba.texto.trim();
    if (!pareceEncabezado(arriba.texto) || /[.;:,]$/u.test(texto) || leerEncabezadoDeSeccion(texto)) break;
    // Layout text centers a heading: a wrapped name is indented like its last line.
    if (sangria >= 8 && Math.abs(sangriaDe(arriba.texto) - sangria) > 20) break;
    if (sangria < 8 && sangriaDe(arriba.texto) !== sangria) break;
    lineas.unshift(arriba);
  }
  const nombre = limpiarNombre(lineas.map((line) => line.texto.trim()).join(' '));
  const numeradoArriba = leerEncabezadoNumerado(nombre);
  if (numeradoArriba) return { lineas, nombre: numeradoArriba.nombre, numeral: numeradoArriba.numeral, estilo: numeradoArriba.estilo };
  return { lineas, nombre, numeral: null, estilo: null };
}

/** A line that can be a unit's heading: a short name, starting with a capital, not a list item or a sentence. */
function pareceEncabezado(texto: string): boolean {
  const limpio = texto.replaceAll('**', '').trim();
  if (limpio === '' || limpio.length > encabezadoLongitudMax || !/^[\p{Lu}\d"“«]/u.test(limpio)) return false;
  if (/[,;:]$/u.test(limpio)) return false;
  // A sentence ends with a period after many words; a name with a period is short (`Comisaría.`).
  if (limpio.endsWith('.') && limpio.split(/\s+/u).length > 14) return false;
  // List items (`1. Validar ...` is numbered like a heading, but is a function: a verb follows).
  if (/^[•·▪■◦●○➢►\-–—*]\s/u.test(limpio)) return false;
  return !/^\d{1,3}[.)]\s+\p{Lu}\p{Ll}+(?:ar|er|ir)\b/u.test(limpio);
}

/** A unit's name as published: no trailing period, spaces joined, no markup. */
function limpiarNombre(texto: string): string {
  return texto.replaceAll('**', '').replace(/\s+/gu, ' ').trim().replace(/\.+$/u, '').trim();
}

function sangriaDe(texto: string): number {
  return /^[ \t]*/u.exec(texto)?.[0].length ?? 0;
}

/** Where a unit's list ends before the next unit: a heading of the manual's own parts (`Organigrama Específico`, `GLOSARIO`). */
function finDeLista(line: Line, etiqueta: Etiqueta | null): boolean {
  if (etiqueta) return false;
  const seccion = leerEncabezadoDeSeccion(line.texto);
  if (!seccion) return false;
  // Only a heading alone and apart: a line of a list that happens to be a title is text.
  return seccion.tipo !== 'atribuciones' && seccion.tipo !== 'objetivo';
}

/**
 * The blocks of a manual whose units carry no labels: numbered headings
 * (`7.1.2 Coordinación ...`, `111. Dirección ...`) each followed by its list.
 * The numerals that count are those of the form most headings share.
 */
export function bloquesPorNumeral(lines: readonly Line[], etiquetas: readonly (Etiqueta | null)[]): BloqueDeUnidad[] {
  const candidatos: { i: number; encabezado: EncabezadoNumerado }[] = [];
  lines.forEach((line, i) => {
    if (line.texto.includes('\t')) return;
    const encabezado = leerEncabezadoNumerado(line.texto);
    if (!encabezado || (encabezado.estilo !== 'decimal' && encabezado.estilo !== 'codigo')) return;
    if (!pareceEncabezado(line.texto) && encabezado.estilo !== 'decimal') return;
    if (!abreLista(lines, etiquetas, i)) return;
    candidatos.push({ i, encabezado });
  });
  const bloques: BloqueDeUnidad[] = [];
  for (const [k, { i, encabezado }] of candidatos.entries()) {
    const tope = candidatos[k + 1]?.i ?? lines.length;
    let hasta = tope - 1;
    for (let j = i + 1; j < tope; j++) {
      const line = lines[j];
      if (line && finDeLista(line, etiquetas[j] ?? null)) {
        hasta = j - 1;
        break;
      }
    }
    const cuerpo = lines.slice(i + 1, hasta + 1);
    const iO = cuerpo.findIndex((_, j) => etiquetas[i + 1 + j]?.clase === 'objetivo');
    const iF = cuerpo.findIndex((_, j) => etiquetas[i + 1 + j]?.clase === 'funciones');
    const etiquetaO = iO >= 0 ? etiquetas[i + 1 + iO] : null;
    const etiquetaF = iF >= 0 ? etiquetas[i + 1 + iF] : null;
    const desdeFunciones = iF >= 0 ? iF + 1 : iO >= 0 ? cuerpo.findIndex((line, j) => j > iO && /^\s*(?:[-•*]\s+)?\d{1,3}[.)]\s/u.test(line.texto)) : 0;
    bloques.push({
      encabezado: { lineas: [lines[i] as Line], nombre: encabezado.nombre, numeral: encabezado.numeral, estilo: encabezado.estilo },
      puesto: false,
      campos: [],
      objetivo: etiquetaO ? { etiqueta: cuerpo[iO] as Line, rotulo: etiquetaO.rotulo, resto: etiquetaO.resto, lineas: cuerpo.slice(iO + 1, iF >= 0 ? iF : Math.max(desdeFunciones, iO + 1)) } : null,
      funciones: {
        etiqueta: iF >= 0 ? (cuerpo[iF] as Line) : null,
        rotulo: etiquetaF?.rotulo ?? 'Funciones',
        resto: etiquetaF?.resto ?? '',
        lineas: cuerpo.slice(Math.max(desdeFunciones, 0)),
      },
      desde: i,
      hasta,
    });
  }
  return bloques;
}

/** Whether the first non-blank line after a heading opens its description: an item or a label. */
function abreLista(lines: readonly Line[], etiquetas: readonly (Etiqueta | null)[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
    const texto = lines[j]?.texto.trim() ?? '';
    if (texto === '') continue;
    return etiquetas[j] !== null || /^(?:[-•*]\s+)?1[.)]\s+\p{Lu}/u.test(texto);
  }
  return false;
}
