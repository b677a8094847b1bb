import type { DroppedLine, NormalizedText, SourceText } from '../../../src/model/index.ts';
import { esTextoOcr } from '../ocr/detect.ts';
import type { Lexicon } from '../ocr/lexicon.ts';
import { reglasDeEscaneo, repararLineas } from '../ocr/repair-lines.ts';
import { pageFurniture, stripMarkup } from './page-furniture.ts';
import type { FurnitureRule } from './rule.ts';

export interface OpcionesDeNormalizacion {
  /**
   * The lexicon that repairs a scan's words; a function so that a
   * born-digital text never pays for loading it. Without it a scan's words
   * are left as printed (its furniture and charts are still dropped).
   */
  lexicon?: Lexicon | (() => Lexicon);
}

/**
 * Strips page furniture by named rules (every dropped line is counted by its
 * rule) and undoes markup noise. Lines keep their source numbers.
 *
 * When the text is OCR output (`ocr: true`: the reader OCRed a scanned PDF,
 * or the words look like a scan's), the scan's own furniture rules
 * run first (page footers and headers, the org charts read as word salad), and
 * then every line's words are repaired; a repaired line keeps what the scan
 * printed in `original`.
 *
 * Items that a page break cut in two are rejoined by the structure stage,
 * which knows what an item is; here the break is only made invisible.
 */
export function normalize(
  source: SourceText,
  rules: readonly FurnitureRule[] = pageFurniture,
  opciones: OpcionesDeNormalizacion = {},
): NormalizedText {
  // A PDF page read by OCR says so itself; a text file is judged by its words.
  const ocr = source.escaneado === true || esTextoOcr(source.lines);
  const reasons = new Map<number, string>();
  for (const rule of ocr ? [...reglasDeEscaneo, ...rules] : rules) {
    for (const n of rule.drop(source.lines)) if (!reasons.has(n)) reasons.set(n, rule.regla);
  }
  const dropped: DroppedLine[] = [];
  let lines = [];
  for (const line of source.lines) {
    const regla = reasons.get(line.n);
    if (regla) dropped.push({ n: line.n, regla });
    else lines.push(stripMarkup(line));
  }
  if (ocr && opciones.lexicon) {
    const lexicon = typeof opciones.lexicon === 'function' ? opciones.lexicon() : opciones.lexicon;
    lines = repararLineas(lines, lexicon);
  }
  return { archivo: source.archivo, lines, dropped, ocr };
}
