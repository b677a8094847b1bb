import type { Line } from '../../../src/model/index.ts';
import { lineRule, type FurnitureRule } from '../normalize/rule.ts';

/**
 * The footer of a scanned page: its number and the document's key.
 *
 * > | Pagina 34 de 138 Clave: G000-002-001
 */
export const scanPageFooter = lineRule('numero-de-hoja', [/^\s*P[aá]gina\s+\d+\s+de\s+\d+(?:\s+Clave:\s*\S+)?\s*$/iu]);

/** A page header is a few lines: the logo's fragments and the title over two lines. */
const headerLinesMax = 6;
/** Share of capitals among a line's letters above which it is a header in capitals, not prose. */
const capitalsShareMin = 0.8;

/**
 * The header of a scanned page, right after the previous page's footer: the
 * logo read as signs, the institution's motto and the manual's title, all in
 * capitals. It ends at the first line of prose or of structure (a numeral).
 *
 * > | Pagina 34 de 138 Clave: G000-002-001
 * > | [
 * > | ‘ﬁ MANUAL DE ORGANIZACION DE LA DIRECCION DE OPERACION
 * > | SEGURIBAD ¥ SOLIDARIDAD SOCIAL
 * > | Y EVALUACION
 *     ^ dropped, up to here
 * > | 7.1.1.2 Coordinacion de Evaluacion Administrativa y de Finanzas
 */
export const scanPageHeader: FurnitureRule = {
  regla: 'encabezado-de-pagina',
  drop(lines) {
    const dropped = new Set<number>();
    const footer = scanPageFooter.drop(lines);
    lines.forEach((line, i) => {
      if (!footer.has(line.n)) return;
      let seen = 0;
      for (let j = i + 1; j < lines.length && seen < headerLinesMax; j++) {
        const next = lines[j] as Line;
        if (next.texto.trim() === '') continue;
        if (!isHeaderInCapitals(next.texto)) break;
        dropped.add(next.n);
        seen++;
      }
    });
    return dropped;
  },
};

function isHeaderInCapitals(text: string): boolean {
  // A numeral opens structure (`7.1.1.2 Coordinación ...`, `10.`), never a header.
  if (/^\s*\d/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return true;
  const capitals = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
  return capitals / letters.length >= capitalsShareMin;
}
