import type { DroppedLine, NormalizedText, SourceText } from '../../../src/model/index.ts';
import { pageFurniture, stripMarkup } from './page-furniture.ts';
import type { FurnitureRule } from './rule.ts';

/**
 * Strips page furniture by named rules (every dropped line is counted by its
 * rule) and undoes markup noise. Lines keep their source numbers.
 *
 * Items that a page break cut in two are rejoined by the structure stage,
 * which knows what an item is; here the break is only made invisible.
 */
export function normalize(source: SourceText, rules: readonly FurnitureRule[] = pageFurniture): NormalizedText {
  const reasons = new Map<number, string>();
  for (const rule of rules) {
    for (const n of rule.drop(source.lines)) if (!reasons.has(n)) reasons.set(n, rule.regla);
  }
  const dropped: DroppedLine[] = [];
  const lines = [];
  for (const line of source.lines) {
    const regla = reasons.get(line.n);
    if (regla) dropped.push({ n: line.n, regla });
    else lines.push(stripMarkup(line));
  }
  return { archivo: source.archivo, lines, dropped, ocr: false };
}
