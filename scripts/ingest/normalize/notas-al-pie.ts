import type { Line, NotaAlPie } from '../../../src/model/index.ts';
import { paginas, paginasMarcadas } from './paginas.ts';

/**
 * Footnotes: at the foot of a page, a mark and its text, where a line above
 * on the same page carries the same mark. They are content (a DOF title's
 * footnote gives the publication date), but they sit wherever the page
 * ended, often inside a list; taken out of the flow, they go to the family
 * that publishes them.
 *
 * > | REGLAMENTO Interior de la Comisión Nacional del Sistema de Ahorro para el Retiro. 1
 *                                                                                      ^ the mark, after the text
 * > |                 E.    Coordinación General de Información y Vinculación, y
 * > | 1
 * > |     Publicado en el Diario Oficial de la Federación el 17 de noviembre de 2015.
 *       ^ the note: its mark alone, then its text, down to the page's end
 * > | ␌             F.   Coordinación General de Administración y Tecnologías de la Información.
 *       ^ the list goes on past the note
 */

/** A footnote is a few lines at a page's foot, not half the page. */
const notaLineasMax = 6;
/** Footnotes are numbered in a document's small numbers. */
const marcaValorMax = 99;

/** A mark alone on its line, or a mark and the note's first words. */
const marcaSola = /^\s*(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3})\s*$/u;
const marcaYTexto = /^\s*(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3})\s+(\p{Lu}.*)$/u;
const superindices: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

function marcaNormal(marca: string): string {
  return [...marca].map((c) => superindices[c] ?? c).join('');
}

/**
 * Whether `texto` carries `marca` as a footnote call: a superscript anywhere,
 * or a plain number or asterisk ending the line after a word or a period
 * (`... para el Retiro. 1`). A number inside a sentence (`fracción XI y 11 de
 * la Ley`) is not a call.
 */
function llamaA(texto: string, marca: string): boolean {
  const limpio = texto.replaceAll('\f', '').trimEnd();
  for (const [visto] of limpio.matchAll(/[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}/gu)) if (marcaNormal(visto) === marca) return true;
  const final = /[\p{L}.,;:)”"]\s?(\d{1,2}|\*{1,3})$/u.exec(limpio);
  return final?.[1] === marca;
}

/**
 * Finds the footnotes of a text whose pages are known. `esFurniture` tells
 * the lines already dropped as page furniture (a footer below the note).
 */
export function notasAlPie(lines: readonly Line[], esFurniture: (n: number) => boolean): NotaAlPie[] {
  // Only where the text marks its page ends: a page counted at its top (`Hoja: 3 de 40`) does not say where the foot was.
  const paginasDelTexto = paginasMarcadas(lines) ? paginas(lines) : null;
  if (!paginasDelTexto) return [];
  const notas: NotaAlPie[] = [];
  for (const pagina of paginasDelTexto) {
    const texto = pagina.lines.filter((line) => line.texto.replaceAll('\f', '').trim() !== '' && !esFurniture(line.n));
    // From the foot up: the note's lines, then its mark.
    for (let k = 1; k <= Math.min(notaLineasMax, texto.length - 1); k++) {
      const inicio = texto[texto.length - k];
      if (!inicio) break;
      const sola = marcaSola.exec(inicio.texto.replaceAll('\f', ''));
      const conTexto = sola ? null : marcaYTexto.exec(inicio.texto.replaceAll('\f', ''));
      const marcaImpresa = sola?.[1] ?? conTexto?.[1];
      if (marcaImpresa === undefined) continue;
      const marca = marcaNormal(marcaImpresa);
      if (/^\d+$/u.test(marca) && Number(marca) > marcaValorMax) continue;
      const cuerpo = texto.slice(texto.length - k + 1);
      if (sola && cuerpo.length === 0) continue;
      const arriba = texto.slice(0, texto.length - k);
      if (!arriba.some((line) => llamaA(line.texto, marca))) continue;
      const partes = [...(conTexto?.[2] ? [conTexto[2].trim()] : []), ...cuerpo.map((line) => line.texto.replaceAll('\f', '').trim())];
      notas.push({ marca, texto: partes.join(' ').replace(/\s+/gu, ' '), linea: inicio.n, lineas: [inicio.n, ...cuerpo.map((line) => line.n)] });
      break;
    }
  }
  return notas;
}
