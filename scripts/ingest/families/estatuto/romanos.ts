/**
 * Roman numerals as the estatuto numbers its fracciones (`I.` to `XXXIV.`).
 * Only well-formed numerals count, so a sentence that opens with a capital
 * `C.` or an initial (`L. Pérez`) is not read as a fracción.
 */

/** A well-formed numeral up to 399 (C = 100): fracciones never run that long. */
const romanNumeral = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const values: readonly (readonly [string, number])[] = [
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

/** The value of a well-formed numeral (`XIV` -> 14), or null. */
export function romanValue(numeral: string): number | null {
  if (!romanNumeral.test(numeral)) return null;
  let rest = numeral;
  let value = 0;
  for (const [symbol, amount] of values) {
    while (rest.startsWith(symbol)) {
      value += amount;
      rest = rest.slice(symbol.length);
    }
  }
  return value;
}

/** The numeral of a value (14 -> `XIV`); values below 1 give an empty string. */
export function toRoman(value: number): string {
  let rest = Math.floor(value);
  let numeral = '';
  for (const [symbol, amount] of values) {
    while (rest >= amount) {
      numeral += symbol;
      rest -= amount;
    }
  }
  return numeral;
}
