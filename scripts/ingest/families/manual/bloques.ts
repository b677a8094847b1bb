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

/** A unit's objetivo is a paragraph or two: its list label follows within these many lines. */
const objetivoLineasMax = 40;
/** A post's fields (adscripción, jefe inmediato, ...) between its header and its objetivo. */
const camposLineasMax = 12;
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
 * labels make a sequence of events: a post's or unit's header label
 * (`Nombre del puesto: ...`), an objetivo label, a functions label. A header
 * opens a block; an objetivo opens one unless a header just did; a functions
 * label closes the block's description, or opens one of its own. A block
 * without a header label takes the heading right above its first label.
 *
 * The functions labels that count are those of the form the manual uses
 * most (so a section titled `ATRIBUCIONES` in the front matter anchors
 * nothing) and the posts' own; an objetivo counts when a functions label or
 * a post's header follows it before the next objetivo (a manual's own
 * `OBJETIVO` section opens no unit).
 */
export function bloquesPorEtiqueta(lines: readonly Line[], etiquetas: readonly (Etiqueta | null)[]): BloqueDeUnidad[] {
  const usual = formaUsualDeFunciones(etiquetas);
  interface Abierto {
    encabezado: Encabezado;
    iH: number;
    iUltimaH: number;
    iO: number;
    iF: number;
    /** Opened by a header label (`PUESTO: ...`), not by a heading found above a label. */
    rotulado: boolean;
  }
  const abiertos: Abierto[] = [];
  let limite = 0;
  let actual: Abierto | null = null;
  let primeraLista = Number.POSITIVE_INFINITY;
  /** An objetivo that opened a block and waits for its list (or for the next unit, among the units). */
  let tentativo: Abierto | null = null;
  const abrir = (i: number, clase: 'objetivo' | 'funciones'): Abierto | null => {
    const encabezado = buscarEncabezado(lines, etiquetas, i, limite);
    if (!encabezado) return null;
    const iH = lines.indexOf(encabezado.lineas[0] as Line);
    return { encabezado, iH, iUltimaH: lines.indexOf(encabezado.lineas.at(-1) as Line), iO: clase === 'objetivo' ? i : -1, iF: clase === 'funciones' ? i : -1, rotulado: false };
  };
  /** Whether few enough non-blank lines lie between two labels for them to describe one unit. */
  const cerca = (desde: number, hasta: number, maximo: number) => lines.slice(desde + 1, hasta).filter((line) => line.texto.trim() !== '').length <= maximo;
  const confirmar = (abierto: Abierto | null) => {
    if (abierto && !abiertos.includes(abierto)) abiertos.push(abierto);
  };
  etiquetas.forEach((etiqueta, i) => {
    if (!etiqueta) return;
    if (etiqueta.clase === 'puesto' || etiqueta.clase === 'encabezado') {
      // An objetivo-only unit among the units is confirmed by what follows it.
      if (tentativo && tentativo.iO > primeraLista) confirmar(tentativo);
      tentativo = null;
      // A header label opens a block that its objetivo or list confirms (a signature's `Puesto:` opens none).
      actual = { encabezado: { lineas: [lines[i] as Line], nombre: limpiarNombre(etiqueta.resto), numeral: null, estilo: null }, iH: i, iUltimaH: i, iO: -1, iF: -1, rotulado: true };
      tentativo = actual;
      limite = i + 1;
      return;
    }
    if (etiqueta.clase === 'objetivo') {
      if (actual && actual.rotulado && actual.iO < 0 && actual.iF < 0 && cerca(actual.iUltimaH, i, camposLineasMax)) {
        actual.iO = i;
        confirmar(actual);
        limite = i + 1;
        return;
      }
      if (tentativo && tentativo.iO > primeraLista) confirmar(tentativo);
      const abierto = abrir(i, 'objetivo');
      limite = i + 1;
      tentativo = abierto;
      actual = abierto;
      return;
    }
    if (etiqueta.clase !== 'funciones') return;
    // A list closes the block above: any form after a header label or a post's objetivo, the usual form after an objetivo.
    const cierra =
      actual !== null &&
      actual.iF < 0 &&
      (actual.iO >= 0 ? cerca(actual.iO, i, objetivoLineasMax) : actual.rotulado && cerca(actual.iUltimaH, i, camposLineasMax));
    if (actual && cierra) {
      actual.iF = i;
      confirmar(actual);
      primeraLista = Math.min(primeraLista, i);
      tentativo = null;
      limite = i + 1;
      return;
    }
    if (!etiqueta.delPuesto && plegar(etiqueta.rotulo) !== usual) return;
    if (tentativo && tentativo.iO > primeraLista) confirmar(tentativo);
    tentativo = null;
    const abierto = abrir(i, 'funciones');
    limite = i + 1;
    actual = abierto;
    if (abierto) {
      confirmar(abierto);
      primeraLista = Math.min(primeraLista, i);
    }
  });
  if (tentativo && (tentativo as Abierto).iO > primeraLista) confirmar(tentativo);
  abiertos.sort((a, b) => a.iH - b.iH);

  const bloques: BloqueDeUnidad[] = abiertos.map((abierto, k) => {
    const tope = abiertos[k + 1]?.iH ?? lines.length;
    const { iH, iUltimaH, iO, iF } = abierto;
    const desdeContenido = iO >= 0 ? iO : iF >= 0 ? iF : tope;
    const etiquetaF = iF >= 0 ? (etiquetas[iF] as Etiqueta) : null;
    const etiquetaO = iO >= 0 ? (etiquetas[iO] as Etiqueta) : null;
    // The list ends where the next block's heading starts, or at a heading of the manual's back matter.
    let hasta = tope - 1;
    for (let i = Math.max(iF, iO, iUltimaH) + 1; i < tope; i++) {
      const line = lines[i];
      if (line && finDeLista(line, etiquetas[i] ?? null)) {
        hasta = i - 1;
        break;
      }
    }
    const finObjetivo = iF >= 0 ? iF : hasta + 1;
    return {
      encabezado: abierto.encabezado,
      puesto: etiquetaF?.delPuesto === true || etiquetaO?.delPuesto === true || etiquetas[iH]?.clase === 'puesto',
      campos: lines.slice(iUltimaH + 1, desdeContenido).filter((line) => line.texto.trim() !== ''),
      objetivo: etiquetaO ? { etiqueta: lines[iO] as Line, rotulo: etiquetaO.rotulo, resto: etiquetaO.resto, lineas: lines.slice(iO + 1, finObjetivo) } : null,
      funciones: { etiqueta: iF >= 0 ? (lines[iF] as Line) : null, rotulo: etiquetaF?.rotulo ?? 'Funciones', resto: etiquetaF?.resto ?? '', lineas: iF >= 0 ? lines.slice(iF + 1, hasta + 1) : [] },
      desde: iH,
      hasta,
    };
  });
  return bloques;
}

/** The form of functions label a manual uses most (`funciones`), accents and case folded. */
function formaUsualDeFunciones(etiquetas: readonly (Etiqueta | null)[]): string | undefined {
  const veces = new Map<string, number>();
  for (const etiqueta of etiquetas) {
    if (etiqueta?.clase !== 'funciones' || etiqueta.delPuesto) continue;
    const clave = plegar(etiqueta.rotulo);
    veces.set(clave, (veces.get(clave) ?? 0) + 1);
  }
  return [...veces].sort((a, b) => b[1] - a[1])[0]?.[0];
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
  if (!pareceEncabezado(primera.texto) || etiqueta || leerEncabezadoDeSeccion(primera.texto) || continuaLaAnterior(lines, i, limite)) return null;
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

/** Words a sentence does not end with: a line after one goes on with it (`... cambios en las atribuciones del` / `Reglamento.`). */
const conector = /(?:^|\s)(?:de|del|la|las|los|el|y|e|o|u|en|a|al|por|para|con|que|su|sus|se|como|sin|sobre|entre)$/iu;

/** Whether the non-blank line above `i` leaves its sentence open, so `i` continues it. */
function continuaLaAnterior(lines: readonly Line[], i: number, limite: number): boolean {
  for (let j = i - 1; j >= limite; j--) {
    const texto = lines[j]?.texto.trim() ?? '';
    if (texto !== '') return conector.test(texto);
  }
  return false;
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
  return !/^\d{1,3}[.)]\s+\p{Lu}\p{Ll}+(?:ar|er|ir)(?!\p{L})/u.test(limpio);
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
