import { romanValue as anyRomanValue } from '../../../../src/lib/romanos.ts';

/**
 * The largest fracción an estatuto reaches, so a sentence that opens with a
 * capital `C.`-like initial beyond it (`D. Pérez`, `M. López`) is not read as a fracción.
 */
const fraccionMax = 399;

/** The value of a fracción's numeral (`XIV` -> 14), or null when it is not one. */
export function romanValue(numeral: string): number | null {
  return anyRomanValue(numeral, fraccionMax);
}
