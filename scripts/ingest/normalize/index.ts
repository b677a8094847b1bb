import type { DroppedLine, NormalizedText, SourceText } from '../../../src/model/index.ts';
import { esTextoOcr } from '../ocr/detect.ts';
import type { Lexicon } from '../ocr/lexicon.ts';
import { reglasDeEscaneo, repararLineas } from '../ocr/repair-lines.ts';
import { notasAlPie } from './notas-al-pie.ts';
import { pageFurniture, sinMarcado, stripMarkup } from './page-furniture.ts';
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
 * Footnotes leave the flow (`notas`) for the family to publish.
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
  // A converter's `## HEADER` is the same running header as `HEADER` on the pages it did not mark.
  const comparables = source.lines.map(sinMarcado);
  for (const rule of ocr ? [...reglasDeEscaneo, ...rules] : rules) {
    for (const n of rule.drop(comparables)) if (!reasons.has(n)) reasons.set(n, rule.regla);
  }
  const notas = notasAlPie(source.lines, (n) => reasons.has(n));
  const enNotas = new Set(notas.flatMap((nota) => nota.lineas));
  const dropped: DroppedLine[] = [];
  let lines = [];
  for (const line of source.lines) {
    const regla = reasons.get(line.n);
    if (regla) dropped.push({ n: line.n, regla });
    else if (!enNotas.has(line.n)) lines.push(stripMarkup(line));
  }
  if (ocr && opciones.lexicon) {
    const lexicon = typeof opciones.lexicon === 'function' ? opciones.lexicon() : opciones.lexicon;
    lines = repararLineas(lines, lexicon);
  }
  return { archivo: source.archivo, lines, dropped, ocr, notas, encabezados: encabezadosDe(source, dropped) };
}

/** The texts dropped as running headers, most frequent first (ties in order of appearance). */
function encabezadosDe(source: SourceText, dropped: readonly DroppedLine[]): string[] {
  const veces = new Map<string, number>();
  const porNumero = new Map(source.lines.map((line) => [line.n, line]));
  for (const { n, regla } of dropped) {
    if (!regla.startsWith('encabezado')) continue;
    const texto = porNumero.get(n)?.texto.replaceAll('\f', '').replace(/\s+/gu, ' ').trim() ?? '';
    if (texto !== '') veces.set(texto, (veces.get(texto) ?? 0) + 1);
  }
  return [...veces].sort((a, b) => b[1] - a[1]).map(([texto]) => texto);
}
