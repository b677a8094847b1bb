/**
 * A PDF page's text pieces, as pdf.js (or the OCR) places them, to lines in
 * reading order. Pure, so every rule is tested on synthetic pieces.
 *
 * A PDF has no lines, only pieces of text drawn at positions: a word, a run
 * of words, a lone bullet glyph, a footnote mark raised above the baseline.
 * This module
 *
 * - groups pieces into lines by their vertical overlap (a raised footnote
 *   mark or a bullet drawn in another font stays on its line),
 * - orders lines top to bottom and pieces left to right,
 * - reads a two-column page left column first: a band of consecutive lines
 *   with a vertical gutter near the middle of the text, whose left column is
 *   prose reaching the gutter, is read as two columns. A table (`Elaboró /
 *   Revisó / Aprobó`, a glossary's term and definition) has no such gutter of
 *   prose and keeps its rows, its cells apart by spaces as printed,
 * - puts text drawn sideways (a margin note) after the page's lines,
 * - keeps the horizontal layout as spaces: indentation from the page's left
 *   margin and wide gaps (a fracción's numeral and its text, table cells),
 *   in a character pitch of the document's text, as `pdftotext -layout` does.
 *
 * Coordinates are PDF points from the page's top-left corner; `y` is the
 * baseline.
 */

/** A piece of text drawn on a page. */
export interface Pieza {
  texto: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  ancho: number;
  /** Font size (the height of the text). */
  alto: number;
  /** Drawn sideways (a margin note): read after the page's lines, one line each. */
  girada?: boolean;
  /** A whole word (as OCR gives them): a space always parts it from the next piece, however close. */
  palabra?: boolean;
  /** How sure the OCR is of the word, 0–100 (Tesseract's own measure); absent for a text layer. */
  confianza?: number;
  /** The OCR line it was read in (`block.par.line`); absent for a text layer. */
  lineaOcr?: string;
}

/** A run of pieces on a line with no wide gap inside. */
export interface Tramo {
  x: number;
  fin: number;
  texto: string;
}

/** A line of a page, before it is written as text. */
export interface LineaDePagina {
  /** The baseline of its largest piece. */
  y: number;
  /** Top and bottom of its largest piece. */
  arriba: number;
  abajo: number;
  /** Its runs, left to right. */
  tramos: Tramo[];
  /** In a two-column band, the left edge of its column: its indentation counts from there. */
  columna?: number;
  /** The OCR's mean confidence in its words, weighted by their length; absent for a text layer. */
  confianza?: number;
}

/** A piece may join any of the last rows this many: a tiny stamp or a raised mark can start a row between a line's pieces. */
const rowsLookBack = 3;
/** Of a piece's font size, how much lies above the baseline (cap height and ascenders) and below it (descenders). */
const ascent = 0.8;
const descent = 0.2;
/** Two pieces share a line when their boxes overlap by at least this share of the smaller one... */
const lineOverlapMin = 0.5;
/**
 * ...and the smaller is not tinier than this share of the larger: a footnote
 * mark (6 pt on 9 pt) stays on its line, a hidden 1.5-pt stamp beside an
 * 11-pt line (the gazette's `SGG-ID-PO15583`) does not.
 */
const lineSizeRatioMin = 0.4;
/** A gap wider than this (in font sizes) between two pieces is a space (a narrower one: the same word, kerned). */
const spaceGapMin = 0.15;
/** Pieces whose sizes differ by more than this share are separate words (`Retiro.` and its footnote mark `1`). */
const markSizeDifference = 0.2;
/**
 * A gap separates runs (a fracción's numeral from its text, two table cells)
 * when it is wider than this many font sizes...
 */
const runGapMin = 1;
/** ...and than this many times the line's usual gap between words (a justified line's wide spaces are all alike), up to... */
const runGapToWordGap = 2.5;
/** ...this many font sizes, which always separate. */
const runGapSure = 3;
/** A line with too few gaps to tell a usual one separates runs at this many font sizes. */
const runGapFewWords = 2;
/** Gaps needed to tell a line's usual gap between words. */
const wordGapsMin = 3;

/** A two-column band: its gutter is at least this wide (CSS and Word use about 1 em or more)... */
const gutterWidthMin = 9;
/** ...lies within this share of the text's width around its centre... */
const gutterCentreShareMax = 0.15;
/** ...has at least this many lines on each side... */
const columnLinesMin = 3;
/** ...and the left column is prose: this share of its lines end close to the gutter... */
const proseLineShareMin = 0.5;
/** ...closer than this share of the column's width. */
const proseEndShareMax = 0.2;

/**
 * A page's pieces to lines in reading order. Blank pieces only say where
 * spaces are, which the positions say too: they are dropped.
 */
export function lineasDePagina(piezas: readonly Pieza[]): LineaDePagina[] {
  const visibles = dedupe(piezas.filter((pieza) => pieza.texto.trim() !== '' && pieza.alto > 0));
  const filas = agrupar(visibles.filter((pieza) => !pieza.girada));
  const giradas = visibles.filter((pieza) => pieza.girada).sort((a, b) => a.x - b.x || a.y - b.y);
  return [...leerColumnas(filas), ...giradas.map((pieza): FilaLeida => ({ fila: [pieza] }))].map(({ fila, columna }) => componer(fila, columna));
}

/** Groups pieces into rows: top to bottom, each row's pieces left to right. */
function agrupar(piezas: readonly Pieza[]): Pieza[][] {
  const sorted = [...piezas].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: { principal: Pieza; piezas: Pieza[] }[] = [];
  for (const pieza of sorted) {
    // A piece joins one of the last rows it overlaps enough; the rows' boxes are their largest pieces', so rows never chain.
    let row: (typeof rows)[number] | undefined;
    for (let i = rows.length - 1; i >= Math.max(0, rows.length - rowsLookBack); i--) {
      const candidate = rows[i];
      if (candidate && sameLine(candidate.principal, pieza)) {
        row = candidate;
        break;
      }
    }
    if (row) {
      row.piezas.push(pieza);
      if (pieza.alto > row.principal.alto) row.principal = pieza;
    } else rows.push({ principal: pieza, piezas: [pieza] });
  }
  return rows.sort((a, b) => top(a.principal) - top(b.principal)).map((row) => enOrden(row.piezas));
}

/**
 * A row's pieces left to right. Two OCR lines in one row (a skewed line's
 * tall box overlaps the short line under it: `... de procedencia` over
 * `ilícita.`) are read one after the other, the upper first, when they
 * overlap across the page; side by side (a table's cells), left first.
 */
function enOrden(piezas: Pieza[]): Pieza[] {
  const porLinea = Map.groupBy(piezas, (pieza) => pieza.lineaOcr ?? '');
  if (porLinea.size < 2 || porLinea.has('')) return piezas.sort((a, b) => a.x - b.x);
  const lineas = [...porLinea.values()].map((grupo) => {
    grupo.sort((a, b) => a.x - b.x);
    return { grupo, inicio: grupo[0]?.x ?? 0, fin: Math.max(...grupo.map((pieza) => pieza.x + pieza.ancho)), arriba: Math.min(...grupo.map(top)) };
  });
  lineas.sort((a, b) => (a.inicio < b.fin && b.inicio < a.fin ? a.arriba - b.arriba : a.inicio - b.inicio));
  return lineas.flatMap(({ grupo }) => grupo);
}

const top = (pieza: Pieza) => pieza.y - ascent * pieza.alto;
const bottom = (pieza: Pieza) => pieza.y + descent * pieza.alto;

function sameLine(a: Pieza, b: Pieza): boolean {
  const smaller = Math.min(a.alto, b.alto);
  const overlap = Math.min(bottom(a), bottom(b)) - Math.max(top(a), top(b));
  return overlap >= lineOverlapMin * smaller && smaller >= lineSizeRatioMin * Math.max(a.alto, b.alto);
}

/** Drops a piece drawn twice at the same place (fake bold, a shadow). */
function dedupe(piezas: readonly Pieza[]): Pieza[] {
  const seen = new Set<string>();
  return piezas.filter((pieza) => {
    const key = `${pieza.texto}|${Math.round(pieza.x)}|${Math.round(pieza.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A row's runs: pieces joined while the gap between them stays narrow. */
function tramos(fila: readonly Pieza[]): Tramo[] {
  const gaps = fila.slice(1).map((pieza, i) => {
    const before = fila[i] as Pieza;
    return { gap: pieza.x - (before.x + before.ancho), size: Math.max(pieza.alto, before.alto) };
  });
  const wordGaps = gaps.filter(({ gap, size }) => gap > spaceGapMin * size).map(({ gap }) => gap).sort((a, b) => a - b);
  const wordGap = wordGaps[Math.floor(wordGaps.length / 2)] ?? 0;
  // Pieces that hold whole phrases leave too few gaps to tell a usual one.
  const runGap = (size: number) =>
    wordGaps.length >= wordGapsMin ? Math.max(runGapMin * size, Math.min(runGapToWordGap * wordGap, runGapSure * size)) : runGapFewWords * size;
  const runs: Tramo[] = [];
  let last: Pieza | undefined;
  for (const [i, pieza] of fila.entries()) {
    const run = runs.at(-1);
    const size = Math.max(pieza.alto, last?.alto ?? 0);
    const gap = gaps[i - 1]?.gap ?? Infinity;
    const apart = gap > runGap(size);
    if (run && last && !apart) {
      // A footnote mark (a smaller size) is a word of its own even when it touches the word before it.
      const spaced = gap > spaceGapMin * size || Math.abs(pieza.alto - last.alto) > markSizeDifference * size || (pieza.palabra === true && last.palabra === true);
      const joint = spaced && !/\s$/.test(run.texto) && !/^\s/.test(pieza.texto) ? ' ' : '';
      run.texto += joint + pieza.texto;
      run.fin = Math.max(run.fin, pieza.x + pieza.ancho);
    } else runs.push({ x: pieza.x, fin: pieza.x + pieza.ancho, texto: pieza.texto });
    last = pieza;
  }
  return runs.map((run) => ({ ...run, texto: run.texto.replace(/\s+/g, ' ').trim() }));
}

function componer(fila: readonly Pieza[], columna?: number): LineaDePagina {
  const principal = fila.reduce((a, b) => (b.alto > a.alto ? b : a));
  const confianza = confianzaMedia(fila);
  return {
    y: principal.y,
    arriba: top(principal),
    abajo: bottom(principal),
    tramos: tramos(fila),
    ...(columna === undefined ? {} : { columna }),
    ...(confianza === undefined ? {} : { confianza }),
  };
}

function confianzaMedia(fila: readonly Pieza[]): number | undefined {
  const medidas = fila.filter((pieza) => pieza.confianza !== undefined);
  const peso = medidas.reduce((suma, pieza) => suma + pieza.texto.length, 0);
  return peso === 0 ? undefined : medidas.reduce((suma, pieza) => suma + (pieza.confianza ?? 0) * pieza.texto.length, 0) / peso;
}

interface FilaLeida {
  fila: Pieza[];
  columna?: number;
}

/**
 * The rows in reading order: where a band of rows has a gutter of prose
 * columns, its left pieces are read before its right ones.
 */
function leerColumnas(filas: Pieza[][]): FilaLeida[] {
  const gutter = findGutter(filas);
  if (!gutter) return filas.map((fila) => ({ fila }));
  const crosses = (fila: readonly Pieza[]) => fila.some((pieza) => pieza.x < gutter.fin && pieza.x + pieza.ancho > gutter.inicio);
  const out: FilaLeida[] = [];
  let band: Pieza[][] = [];
  const flush = () => {
    const left = band.map((fila) => fila.filter((pieza) => pieza.x + pieza.ancho <= gutter.inicio)).filter((fila) => fila.length > 0);
    const right = band.map((fila) => fila.filter((pieza) => pieza.x >= gutter.fin)).filter((fila) => fila.length > 0);
    if (left.length >= columnLinesMin && right.length >= columnLinesMin && isProse(left, gutter.inicio)) {
      for (const column of [left, right]) {
        const columna = Math.min(...column.flat().map((pieza) => pieza.x));
        out.push(...agrupar(column.flat()).map((fila) => ({ fila, columna })));
      }
    } else out.push(...band.map((fila) => ({ fila })));
    band = [];
  };
  for (const fila of filas) {
    if (crosses(fila)) {
      flush();
      out.push({ fila });
    } else band.push(fila);
  }
  flush();
  return out;
}

/** A left column is prose when most of its lines run up to the gutter (a table's first column stops short). */
function isProse(left: readonly Pieza[][], gutterStart: number): boolean {
  const start = Math.min(...left.map((fila) => fila[0]?.x ?? Infinity));
  const width = gutterStart - start;
  const full = left.filter((fila) => {
    const end = Math.max(...fila.map((pieza) => pieza.x + pieza.ancho));
    return gutterStart - end <= proseEndShareMax * width;
  });
  return full.length >= proseLineShareMin * left.length;
}

/**
 * The widest vertical band near the middle of the text that no piece of most
 * rows crosses: the gutter of a two-column page, or null.
 */
function findGutter(filas: readonly Pieza[][]): { inicio: number; fin: number } | null {
  const piezas = filas.flat();
  if (filas.length < 2 * columnLinesMin || piezas.length === 0) return null;
  const left = Math.min(...piezas.map((pieza) => pieza.x));
  const right = Math.max(...piezas.map((pieza) => pieza.x + pieza.ancho));
  const width = right - left;
  const from = Math.floor(left + (0.5 - gutterCentreShareMax) * width);
  const to = Math.ceil(left + (0.5 + gutterCentreShareMax) * width);
  // How many rows cross each 1-pt column of the middle band.
  const crossing = new Array<number>(to - from).fill(0);
  for (const fila of filas) {
    const covered = new Set<number>();
    for (const pieza of fila) {
      for (let x = Math.max(from, Math.floor(pieza.x)); x < Math.min(to, Math.ceil(pieza.x + pieza.ancho)); x++) covered.add(x - from);
    }
    for (const i of covered) crossing[i] = (crossing[i] ?? 0) + 1;
  }
  // Full-width rows (a title, a footer) may cross the gutter; most rows may not.
  const crossingMax = Math.floor(filas.length / 4);
  let best: { inicio: number; fin: number } | null = null;
  let runStart = -1;
  for (let i = 0; i <= crossing.length; i++) {
    const free = i < crossing.length && (crossing[i] ?? 0) <= crossingMax;
    if (free && runStart < 0) runStart = i;
    if (!free && runStart >= 0) {
      if (i - runStart >= gutterWidthMin && (!best || i - runStart > best.fin - best.inicio)) best = { inicio: from + runStart, fin: from + i };
      runStart = -1;
    }
  }
  return best;
}

/**
 * A line as text: indentation from the page's left margin and wide gaps as
 * spaces, in the document's character pitch (`paso`, points per character).
 *
 * > | {x: 108, 'I.'} {x: 142, 'Junta de Gobierno;'}   margin 85, pitch 3.6
 * > | '      I.        Junta de Gobierno;'
 */
export function escribirLinea(linea: LineaDePagina, margen: number, paso: number): string {
  let out = '';
  let column = 0;
  for (const [i, tramo] of linea.tramos.entries()) {
    const target = Math.max(0, Math.round((tramo.x - margen) / paso));
    // A run always keeps one space from the last (two for a wide gap), even where the pitch would put it on top.
    const spaces = i === 0 ? target : Math.max(target - column, 2);
    out += ' '.repeat(spaces) + tramo.texto;
    column += spaces + tramo.texto.length;
  }
  return out;
}

/**
 * The document's character pitch: the median width of a character over its
 * pieces of three characters or more (shorter ones are numerals and bullets).
 */
export function pasoDeCaracter(piezas: Iterable<Pieza>, porOmision = 4.5): number {
  const widths: number[] = [];
  for (const pieza of piezas) {
    const length = [...pieza.texto].length;
    if (length >= 3 && pieza.ancho > 0) widths.push(pieza.ancho / length);
  }
  if (widths.length === 0) return porOmision;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? porOmision;
}
