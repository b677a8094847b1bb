import type { Line } from '../../../src/model/index.ts';
import type { PaginaLeida } from './pdf-furniture.ts';
import { escribirLinea, type LineaDePagina } from './pdf-layout.ts';

/**
 * A PDF's pages (lines in reading order, furniture removed) as the numbered
 * lines of its extracted text, each with its page. Pure.
 *
 * The text looks like `pdftotext -layout`'s, which the recognizers were
 * built against: indentation and wide gaps kept as spaces, a blank line
 * where the page leaves a line's height empty, and a form feed (U+000C)
 * opening the first line of every page after the first. Unlike it:
 *
 * - a word hyphenated at the end of a line, even the last line of a page,
 *   is rejoined on the first line (`organiza-` + `ción` -> `organización`)
 *   when both sides are lowercase letters; a soft hyphen always joins;
 * - the private-use bullet of the Symbol font (U+F0B7) is written `•`.
 */
export function lineasDeTexto(paginas: readonly PaginaLeida[], paso: number, numeros: readonly number[] = paginas.map((_, i) => i + 1)): Line[] {
  const out: { texto: string; pagina: number }[] = [];
  const margenes = margenesPorParidad(paginas);
  let formFeeds = 0;
  for (const [i, pagina] of paginas.entries()) {
    const numero = numeros[i] ?? i + 1;
    if (i > 0) formFeeds++;
    const margen = margenes[numero % 2] ?? 0;
    let previous: LineaDePagina | undefined;
    for (const linea of pagina.lineas) {
      if (previous && linea.arriba - previous.abajo > blankGapMin * (previous.abajo - previous.arriba)) out.push({ texto: '', pagina: numero });
      const texto = escribirLinea(linea, linea.columna ?? margen, paso).replace(/\uF0B7/g, '•');
      out.push({ texto: '\f'.repeat(formFeeds) + texto, pagina: numero });
      formFeeds = 0;
      previous = linea;
    }
  }
  rejoinHyphenated(out);
  return out.map((line, i) => ({ n: i + 1, pagina: line.pagina, texto: line.texto.normalize('NFC') }));
}

/** A left edge where at least this many lines start is a margin; fewer (a cover's odd line) is not. */
const marginLinesMin = 3;

/** Pages of each parity needed to tell odd and even margins apart (fewer: one margin for all). */
const parityPagesMin = 3;

/**
 * The left margin of odd and of even pages (a printed document may mirror
 * them): the leftmost edge where several lines start. One margin for all the
 * pages of a parity keeps a list's indentation the same on the page where it
 * starts and on the page where it goes on. A short document gets one margin
 * for all its pages: a page or two of a parity may hold nothing but a list.
 */
function margenesPorParidad(paginas: readonly PaginaLeida[]): number[] {
  const margin = (parity: number | null) => {
    const starts = new Map<number, number>();
    for (const [i, pagina] of paginas.entries()) {
      if (parity !== null && (i + 1) % 2 !== parity) continue;
      for (const linea of pagina.lineas) {
        const x = linea.tramos[0]?.x;
        if (x === undefined || linea.columna !== undefined) continue;
        starts.set(Math.round(x), (starts.get(Math.round(x)) ?? 0) + 1);
      }
    }
    const edges = [...starts.keys()].sort((a, b) => a - b);
    // Starts within a point of each other are one edge.
    return edges.find((x) => (starts.get(x) ?? 0) + (starts.get(x + 1) ?? 0) >= marginLinesMin) ?? edges[0] ?? 0;
  };
  if (paginas.length < 2 * parityPagesMin) return [margin(null), margin(null)];
  return [margin(0), margin(1)];
}

/** A vertical gap larger than this share of the line's height is a blank line (an empty line would fit). */
const blankGapMin = 1;

/** `organiza-` (or with U+2010, or a soft hyphen) at the end of a line. */
const hyphenAtEnd = /(\p{L})([-\u2010\u00AD])$/u;
/** The next line's first word, after indentation and form feeds. */
const firstWord = /^([\f ]*)(\S+)[ ]*/u;

/**
 * Rejoins words hyphenated across lines, in place. The word goes to the
 * line where it starts; the next line loses it (and disappears when it had
 * nothing else).
 */
function rejoinHyphenated(lines: { texto: string; pagina: number }[]): void {
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    const hyphen = line ? hyphenAtEnd.exec(line.texto) : null;
    if (!line || !hyphen) continue;
    // The word goes on on the next line with text: past a blank line only where a page ends.
    let j = i + 1;
    while (lines[j]?.texto.trim() === '' && lines[j]?.pagina === line.pagina) j++;
    const next = lines[j];
    if (!next || (j > i + 1 && next.pagina === line.pagina)) continue;
    const word = firstWord.exec(next.texto);
    if (!word?.[2]) continue;
    const soft = hyphen[2] === '\u00AD';
    if (!soft && !(/^\p{Ll}/u.test(hyphen[1] ?? '') && /^\p{Ll}/u.test(word[2]))) continue;
    line.texto = line.texto.slice(0, -1) + word[2];
    const rest = next.texto.slice(word[0].length);
    if (rest === '') {
      // Only the form feeds stay, on the line after it, so the page still starts where it did.
      const feeds = word[1]?.replace(/ /g, '') ?? '';
      lines.splice(j, 1);
      const after = lines[j];
      if (feeds && after) after.texto = feeds + after.texto;
    } else next.texto = (word[1] ?? '') + rest;
  }
}
