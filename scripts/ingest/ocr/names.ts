import type { Lexicon } from './lexicon.ts';

/**
 * How the other documents of the corpus spell a unit's name. A scan's name,
 * once its words are repaired, may still differ from the born-digital
 * manuals in what word repair cannot see: the spacing around a hyphen, an
 * accent on a capital, the case of a word. When a born-digital document
 * writes the same name (equal once accents, case and spacing are set
 * aside), the name is published as that document writes it.
 *
 * > | Coordinación de Evaluación de Prestaciones Económico - Sociales        (the scan, repaired)
 * > | ... y Coordinación de Evaluación de Prestaciones Económico-Sociales.   (a born-digital text)
 *     -> Coordinación de Evaluación de Prestaciones Económico-Sociales
 */

/** Accented letters and their base letter. */
const accents: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u', à: 'a', è: 'e', ì: 'i', ò: 'o', ù: 'u', ñ: 'n' };

function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return accents[lower] ?? lower;
}

const letter = /\p{L}/u;
const space = /\s/u;

/** A name as words and the separator before each (a hyphen, or a space). */
interface Shape {
  words: string[];
  /** `hyphens[i]`: whether words i and i+1 are joined by a hyphen. */
  hyphens: boolean[];
}

function shape(nombre: string): Shape {
  const words: string[] = [];
  const hyphens: boolean[] = [];
  for (const match of nombre.matchAll(/([^\s-]+)(\s*-\s*|\s+)?/gu)) {
    words.push([...(match[1] ?? '')].map(foldChar).join(''));
    if (match[2] !== undefined) hyphens.push(match[2].includes('-'));
  }
  return { words, hyphens };
}

/** Whether `word` (folded) is written in `text` ending just before `end`; returns where it starts. */
function wordBefore(text: string, end: number, word: string): number | null {
  const start = end - word.length;
  if (start < 0) return null;
  for (let i = 0; i < word.length; i++) if (foldChar(text[start + i] ?? '') !== word[i]) return null;
  return start;
}

function wordAt(text: string, start: number, word: string): number | null {
  if (start + word.length > text.length) return null;
  for (let i = 0; i < word.length; i++) if (foldChar(text[start + i] ?? '') !== word[i]) return null;
  return start + word.length;
}

/** Skips the separator leftwards from `at` (exclusive); a hyphen must be there if `hyphen`, spaces otherwise. */
function separatorBefore(text: string, at: number, hyphen: boolean): number | null {
  let i = at;
  while (i > 0 && space.test(text[i - 1] ?? '')) i--;
  if (hyphen) {
    if (text[i - 1] !== '-') return null;
    i--;
    while (i > 0 && space.test(text[i - 1] ?? '')) i--;
    return i;
  }
  return i < at ? i : null;
}

function separatorAfter(text: string, at: number, hyphen: boolean): number | null {
  let i = at;
  while (i < text.length && space.test(text[i] ?? '')) i++;
  if (hyphen) {
    if (text[i] !== '-') return null;
    i++;
    while (i < text.length && space.test(text[i] ?? '')) i++;
    return i;
  }
  return i > at ? i : null;
}

/** Articles a document may add or leave out inside a name (`de la Calidad Médica`, `de Calidad Médica`). */
const articles = ['la', 'el', 'los', 'las'];

/** With `loose`, the text may have an article the name lacks, and lack one the name has. */
function wordBeforeLoose(text: string, sep: number, word: string, loose: boolean): number | null {
  const exact = wordBefore(text, sep, word);
  if (exact !== null || !loose) return exact;
  for (const article of articles) {
    const at = wordBefore(text, sep, article);
    if (at === null || letter.test(text[at - 1] ?? '')) continue;
    const before = separatorBefore(text, at, false);
    const found = before === null ? null : wordBefore(text, before, word);
    if (found !== null) return found;
  }
  return null;
}

function wordAtLoose(text: string, start: number, word: string, loose: boolean): number | null {
  const exact = wordAt(text, start, word);
  if (exact !== null || !loose) return exact;
  for (const article of articles) {
    const end = wordAt(text, start, article);
    if (end === null || letter.test(text[end] ?? '')) continue;
    const after = separatorAfter(text, end, false);
    const found = after === null ? null : wordAt(text, after, word);
    if (found !== null) return found;
  }
  return null;
}

/** The whole name around a hit of its word `k`, as [start, end) in `text`, or null. */
function matchAround(text: string, hit: number, name: Shape, k: number, loose = false): [number, number] | null {
  let start: number | null = hit;
  for (let i = k - 1; i >= 0 && start !== null; i--) {
    const sep = separatorBefore(text, start, name.hyphens[i] ?? false);
    const found = sep === null ? null : wordBeforeLoose(text, sep, name.words[i] ?? '', loose);
    // An article of the name the text leaves out: skip it, stay where we are.
    start = found === null && loose && articles.includes(name.words[i] ?? '') ? start : found;
  }
  let end: number | null = wordAt(text, hit, name.words[k] ?? '');
  for (let i = k + 1; i < name.words.length && end !== null; i++) {
    const sep = separatorAfter(text, end, name.hyphens[i - 1] ?? false);
    const found = sep === null ? null : wordAtLoose(text, sep, name.words[i] ?? '', loose);
    end = found === null && loose && articles.includes(name.words[i] ?? '') ? end : found;
  }
  if (start === null || end === null) return null;
  if (letter.test(text[start - 1] ?? '') || letter.test(text[end] ?? '')) return null;
  return [start, end];
}

/**
 * The spelling the corpus gives `nombre`, or null when no text names it or
 * the corpus writes it exactly so. Among several spellings the commonest
 * wins (ties by code-point order, so the choice is deterministic); a
 * spelling in capitals (a heading) is never taken.
 *
 * The corpus is large: each text is searched once (`indexOf` on its
 * lowercased copy) for the name's rarest word, and the rest of the name is
 * compared in place around each hit. A lexicon with `memoNombres` (the
 * default one, cached on disk with the corpus) answers each name once.
 */
export function nombreEnCorpus(nombre: string, lexicon: Lexicon): string | null {
  const memo = lexicon.memoNombres;
  const known = memo?.get(nombre);
  if (known !== undefined) return known;
  const found = search(nombre, lexicon);
  memo?.set(nombre, found);
  return found;
}

/** Lowercased texts, one per corpus text: a name's anchor is then found in one pass, whatever its case. */
const lowered = new WeakMap<readonly string[], string[]>();

function search(nombre: string, lexicon: Lexicon): string | null {
  const [best] = spellingsInCorpus(nombre, lexicon, false);
  return best && best !== nombre ? best : null;
}

/**
 * Other spellings of `nombre` in the corpus that differ in an article
 * (`Coordinación de Evaluación de Calidad Médica` for the heading's
 * `... de la Calidad Médica`): the same unit, named otherwise elsewhere. The
 * caller reports them; the heading's name is what the manual publishes.
 */
export function variantesEnCorpus(nombre: string, lexicon: Lexicon): string[] {
  const key = `~${nombre}`;
  const known = lexicon.memoNombres?.get(key);
  if (known !== undefined) return known === null ? [] : known.split('\n');
  const folded = [...nombre].map(foldChar).join('');
  const found = spellingsInCorpus(nombre, lexicon, true).filter((spelling) => [...spelling].map(foldChar).join('') !== folded);
  lexicon.memoNombres?.set(key, found.length > 0 ? found.join('\n') : null);
  return found;
}

/** The spellings of a name in the corpus, commonest first (ties by code-point order); none in capitals. */
function spellingsInCorpus(nombre: string, lexicon: Lexicon, loose: boolean): string[] {
  const name = shape(nombre);
  const printed = nombre.match(/[^\s-]+/gu) ?? [];
  const anchorable = printed.map((word, i) => ({ word, i })).filter(({ word }) => !(loose && articles.includes(word.toLowerCase())));
  // A word the corpus never writes (repair leaves accents as the corpus has them) means no text names the unit.
  const counts = anchorable.map(({ word }) => lexicon.frecuencia(word.replace(/[^\p{L}]/gu, '')));
  if (anchorable.length === 0 || counts.some((count) => count === 0)) return [];
  const rarest = anchorable[counts.indexOf(Math.min(...counts))] as { word: string; i: number };
  const anchor = rarest.word.toLowerCase();
  let lower = lowered.get(lexicon.textos);
  if (!lower) lowered.set(lexicon.textos, (lower = lexicon.textos.map((text) => text.toLowerCase())));
  const spellings = new Map<string, number>();
  lexicon.textos.forEach((text, i) => {
    const search = lower[i] ?? '';
    // Lowercasing Spanish keeps offsets; a text where it does not is searched as written.
    const haystack = search.length === text.length ? search : text;
    for (let hit = haystack.indexOf(anchor); hit >= 0; hit = haystack.indexOf(anchor, hit + anchor.length)) {
      const found = matchAround(text, hit, name, rarest.i, loose);
      if (!found) continue;
      const spelling = text.slice(found[0], found[1]).replace(/\s+/gu, ' ');
      if (spelling === spelling.toUpperCase() || !/^\p{Lu}/u.test(spelling)) continue;
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
  });
  return [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([spelling]) => spelling);
}
