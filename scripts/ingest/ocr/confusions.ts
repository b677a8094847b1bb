/**
 * How this family of scanners misreads Spanish letters: what it printed
 * (`lee`) for what the page had (`es`). Collected from a scanned manual of the shipped corpus, where
 * every pair below occurs; the repair tries them, and only a reading that the
 * lexicon knows is ever used, so a pair that does not apply costs nothing.
 *
 * > | Direccién  Divisibn  determin6  gestidbn  Direccidon  Introduccioén  O6rganos
 *            ^é        ^b          ^6        ^db        ^do           ^oé   ^O6   -> ó
 * > | Andlisis  Gréfica  &mbito  @mbito  4rea  consolidaréa  tradmites  trAmites
 *       ^d        ^é     ^&      ^@      ^4            ^éa      ^ad      ^A        -> á
 * > | nimero  niumero  ndimero  Puablica  interactian                              -> ú
 * > | desempefio  Desempefo  camparfas  campanfas  campafnas  campanias  Diseflar  diseiio  diseilo -> ñ
 * > | gue  qgue  aguellos  nhacional                                               -> que, aquellos, nacional
 */

/**
 * `acento`: the one accented vowel of a Spanish word (a word has at most
 * one, so a reading uses at most one of these); `eñe`: an `ñ` (any number);
 * `letra`: another letter the scan misread.
 */
export type ClaseDeConfusion = 'acento' | 'eñe' | 'letra';

export interface Confusion {
  /** What the scan printed, lowercase (`A` and `O` inside a word are compared lowercased). */
  lee: string;
  /** What the page had, lowercase; the repair restores the word's initial capital. */
  es: string;
  clase: ClaseDeConfusion;
  /** Lower is likelier. Among the readings the lexicon knows, the cheapest wins. */
  costo: number;
}

/** A lost accent: the commonest damage, so the cheapest. */
const lostAccent = 1;
/** One wrong glyph in place of the letter. */
const wrongGlyph = 1.5;
/** Two glyphs in place of one letter (`do` for `ó`): the scanner saw a smudge as two strokes. */
const twoGlyphs = 2;

/** Glyphs this scanner prints for `ó`, alone or in pairs. */
const glyphsForO = ['é', '6', 'b', 'd', 'o', '0'] as const;

function pairs(glyphs: readonly string[]): string[] {
  return glyphs.flatMap((first) => glyphs.map((second) => first + second));
}

export const confusiones: readonly Confusion[] = [
  // á
  { lee: 'a', es: 'á', clase: 'acento', costo: lostAccent },
  // `@` and `&` stand for `á` (`&mbito`) and for `ó` (`@rganos`): same cost, the lexicon decides.
  { lee: '@', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: '&', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: 'é', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: 'd', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: '4', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: 'éa', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: '&a', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: '@a', es: 'á', clase: 'acento', costo: wrongGlyph },
  { lee: 'ad', es: 'á', clase: 'acento', costo: twoGlyphs },
  // é, í: only ever lost, never misread, in this scan.
  { lee: 'e', es: 'é', clase: 'acento', costo: lostAccent },
  { lee: 'i', es: 'í', clase: 'acento', costo: lostAccent },
  // ó
  { lee: 'o', es: 'ó', clase: 'acento', costo: lostAccent },
  { lee: '6', es: 'ó', clase: 'acento', costo: lostAccent },
  ...glyphsForO.filter((glyph) => glyph !== 'o' && glyph !== '6').map((lee) => ({ lee, es: 'ó', clase: 'acento' as const, costo: wrongGlyph })),
  { lee: '@', es: 'ó', clase: 'acento', costo: wrongGlyph },
  { lee: '&', es: 'ó', clase: 'acento', costo: wrongGlyph },
  ...pairs(glyphsForO).map((lee) => ({ lee, es: 'ó', clase: 'acento' as const, costo: twoGlyphs })),
  // ú
  { lee: 'u', es: 'ú', clase: 'acento', costo: lostAccent },
  { lee: 'i', es: 'ú', clase: 'acento', costo: wrongGlyph },
  { lee: 'n', es: 'ú', clase: 'acento', costo: twoGlyphs },
  { lee: 'iu', es: 'ú', clase: 'acento', costo: twoGlyphs },
  { lee: 'di', es: 'ú', clase: 'acento', costo: twoGlyphs },
  { lee: 'ua', es: 'ú', clase: 'acento', costo: twoGlyphs },
  // ñ
  { lee: 'fi', es: 'ñ', clase: 'eñe', costo: lostAccent },
  { lee: 'f', es: 'ñ', clase: 'eñe', costo: wrongGlyph },
  { lee: 'rf', es: 'ñ', clase: 'eñe', costo: wrongGlyph },
  { lee: 'nf', es: 'ñ', clase: 'eñe', costo: wrongGlyph },
  { lee: 'fn', es: 'ñ', clase: 'eñe', costo: wrongGlyph },
  { lee: 'fl', es: 'ñ', clase: 'eñe', costo: wrongGlyph },
  { lee: 'ii', es: 'ñ', clase: 'eñe', costo: wrongGlyph },
  { lee: 'rfi', es: 'ñ', clase: 'eñe', costo: twoGlyphs },
  { lee: 'il', es: 'ñ', clase: 'eñe', costo: twoGlyphs },
  { lee: 'ni', es: 'ñ', clase: 'eñe', costo: twoGlyphs },
  // other letters
  { lee: 'gu', es: 'qu', clase: 'letra', costo: wrongGlyph },
  { lee: 'qg', es: 'q', clase: 'letra', costo: wrongGlyph },
  { lee: 'nh', es: 'n', clase: 'letra', costo: twoGlyphs },
];

/** Characters no Spanish word contains: a word holding one must be read through a confusion. */
export const soloOcr = /[0-9@&]/u;
