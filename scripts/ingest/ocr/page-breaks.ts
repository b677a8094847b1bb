import type { Line } from '../../../src/model/index.ts';
import { joinWrapped } from '../constructs/numbered-list.ts';

/**
 * A numeral alone on its line: the scan set a list's numbers apart from
 * their paragraphs (`10.` `11.` ... then the paragraphs), or an outline
 * numeral (`5.1`).
 *
 * > | 10.
 * > | 5.11
 */
const numeralAlone = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s*$/u;
/** What ends a paragraph for sure: closing punctuation, maybe inside quotes. */
const closing = /[.:;!?]["”»']?$/u;
/** A paragraph's opening marker: an item's numeral (`11.`, `XXIV.`) or the bullet the scan reads as `e`. */
const itemMarker = /^\s*(?:(?:\d{1,3}\.|[IVXLC]+l?\.|[IVXLC]*l[IVXLC]*\.)\s+\S|[e•\-*]\s+\p{Lu})/u;

/** A paragraph of a scan, with the lines it was read from. */
export interface Parrafo {
  tipo: 'parrafo';
  /** The text as published, lines joined (and a hyphenated line break undone). */
  texto: string;
  /** The text as the scan printed it; present only when a line was repaired. */
  original?: string;
  lineas: Line[];
}

/** A numeral printed on a line of its own, away from its paragraph. */
export interface NumeralSuelto {
  tipo: 'numeral';
  /** As printed, without its period: `10`, `5.1`. */
  valor: string;
  linea: Line;
}

export type Pieza = Parrafo | NumeralSuelto;

/**
 * Cuts a scan's lines into paragraphs and loose numerals, and joins the
 * paragraphs a page break cut in two.
 *
 * A paragraph ends at a blank line, and a new page (its first line starts
 * with a space) starts a new one; but where the text before the break did not
 * end its sentence, the text after it is the same paragraph:
 *
 * > | ... hasta entonces de la Direccion de Planeacion Estratégica Institucional; 6)
 * > |  A esta Ultima Coordinacion se sumo la Coordinacion Técnica ...
 *     ^ new page, no blank line, sentence not ended: joined
 * > | ... la Unidad de Comunicacion Social dependiente de la ... modificando su
 * > |  denominacion de Coordinacion de Administracion ...
 *     ^ starts in lowercase: joined
 * > | ... cuando proceda.
 * > |  10.
 * > |
 * > | interinstitucional para investigar ...
 *     ^ joined across the loose numerals only when it starts in lowercase
 *
 * A paragraph that opens with an item's marker (`11.`, `XXVI.`, `e `) is
 * never joined to the one before.
 */
export function partirEnParrafos(lines: readonly Line[]): Pieza[] {
  const raw: { pieza: Pieza; trasSalto: boolean; contiguo: boolean }[] = [];
  let current: Parrafo | null = null;
  let blankBefore = true;
  let breakSinceText = false;
  for (const line of lines) {
    const text = line.texto.trim();
    if (text === '') {
      current = null;
      blankBefore = true;
      continue;
    }
    const pageBreak = line.texto.startsWith(' ');
    if (pageBreak) breakSinceText = true;
    const numeral = numeralAlone.exec(line.texto);
    if (numeral) {
      raw.push({ pieza: { tipo: 'numeral', valor: numeral[1] ?? '', linea: line }, trasSalto: pageBreak, contiguo: false });
      current = null;
      blankBefore = false;
      continue;
    }
    const startsItem = itemMarker.test(line.texto);
    if (current && !pageBreak && !startsItem) {
      current.lineas.push(line);
      blankBefore = false;
      continue;
    }
    current = { tipo: 'parrafo', texto: '', lineas: [line] };
    raw.push({ pieza: current, trasSalto: breakSinceText, contiguo: !blankBefore && pageBreak });
    breakSinceText = false;
    blankBefore = false;
  }
  const pieces: Pieza[] = [];
  let previous: Parrafo | null = null;
  for (const { pieza, trasSalto, contiguo } of raw) {
    if (pieza.tipo === 'numeral') {
      pieces.push(pieza);
      continue;
    }
    if (previous && trasSalto && continuesAcrossBreak(previous, pieza, contiguo)) {
      previous.lineas.push(...pieza.lineas);
      continue;
    }
    pieces.push(pieza);
    previous = pieza;
  }
  for (const pieza of pieces) if (pieza.tipo === 'parrafo') fill(pieza);
  return pieces;
}

/** Whether the paragraph after a page break goes on with the one before it. */
function continuesAcrossBreak(before: Parrafo, after: Parrafo, contiguous: boolean): boolean {
  const first = after.lineas[0];
  if (!first || itemMarker.test(first.texto)) return false;
  const last = before.lineas.at(-1)?.texto.trim() ?? '';
  const open = !closing.test(last);
  const lowercase = /^\p{Ll}/u.test(first.texto.trim());
  return (open && contiguous) || (open && lowercase) || (lowercase && contiguous);
}

function fill(parrafo: Parrafo): void {
  let texto = '';
  let original = '';
  let repaired = false;
  for (const line of parrafo.lineas) {
    const text = line.texto.trim();
    const printed = (line.original ?? line.texto).trim();
    if (line.original !== undefined) repaired = true;
    texto = texto === '' ? text : joinWrapped(texto, text);
    original = original === '' ? printed : joinWrapped(original, printed);
  }
  parrafo.texto = texto;
  if (repaired && original !== texto) parrafo.original = original;
  else delete parrafo.original;
}
