/**
 * Roman numerals, as estatutos number their fracciones (`I.` to `XXXIV.`) and
 * manuals their sections; shared by the ingest and the site.
 */

/** Largest value written here; fracciones and sections stay far below it. */
const romanMax = 3999;

const values: readonly (readonly [string, number])[] = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

/** Only well-formed numerals count, so `IIII` or `VX` is not read as a number. */
const wellFormed = /^(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * The value of a well-formed numeral (`XIV` -> 14), or null. `max` bounds
 * what counts: a fracción is never `D` or `M`, which start names (`M. Pérez`).
 */
export function romanValue(numeral: string, max = romanMax): number | null {
  if (!wellFormed.test(numeral)) return null;
  let rest = numeral;
  let value = 0;
  for (const [symbol, amount] of values) {
    while (rest.startsWith(symbol)) {
      value += amount;
      rest = rest.slice(symbol.length);
    }
  }
  return value <= max ? value : null;
}

/** 4 -> `IV`, 19 -> `XIX`. */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > romanMax) {
    throw new RangeError(`toRoman: ${value} no es un entero entre 1 y ${romanMax}`);
  }
  let rest = value;
  let numeral = '';
  for (const [symbol, amount] of values) {
    while (rest >= amount) {
      numeral += symbol;
      rest -= amount;
    }
  }
  return numeral;
}
