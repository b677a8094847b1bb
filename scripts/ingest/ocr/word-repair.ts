import { confusiones, soloOcr, type Confusion } from './confusions.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * Why a word was changed. Every change names its rule, so the report and the
 * precision check can count them.
 */
export type ReglaDeReparacion =
  /** A word no lexicon knows, read through the scanner's confusions: `Direccién` -> `Dirección`. */
  | 'confusion-ocr'
  /** A real word that the corpus never writes that way: `Publica` -> `Pública` (358 to 2). */
  | 'acento-por-corpus'
  /** A first-person preterite, which a manual never uses, for the third: `aprobé` -> `aprobó`. */
  | 'preterito'
  /** A paragraph that opens with a past subjunctive, which cannot open a sentence: `Orientara` -> `Orientará`. */
  | 'futuro'
  /** A `-ción` ending no lexicon has the word for, spelled right: `geolocalizaciéon` -> `geolocalización`. */
  | 'terminacion-cion'
  /** The conjunction `y` with a stray stroke: `vy`, `Yy` -> `y`. */
  | 'y-con-ruido'
  /** The conjunction glued to the word before it: `Médicay` -> `Médica y`. */
  | 'y-pegada'
  /** The conjunction `o` read as a zero: `0`, `o0` -> `o`. */
  | 'o-con-cero'
  /** A lowercase `l` in a roman numeral: `XXIl.` -> `XXII.` */
  | 'numeral-romano';

export interface Cambio {
  /** 0-based offset of the word in the line as printed. */
  columna: number;
  original: string;
  reparada: string;
  regla: ReglaDeReparacion;
}

export interface LineaReparada {
  texto: string;
  cambios: Cambio[];
}

/** Readings costlier than this are too far from what was printed to trust. */
const readingCostMax = 4;
/**
 * How many times the corpus must write a spelling before it counts as
 * evidence, and by how much it must outnumber the printed spelling. `estos`
 * (26) against `éstos` (52), or `solo` (1) against `sólo` (4), are both in
 * use and stay as printed; `tramites` (1) against `trámites` (50) is a lost accent.
 */
const corpusEvidenceMin = 2;
const corpusDominance = 5;
/** Words shorter than this are left alone: `el`/`él`, `si`/`sí`, `tu`/`tú` need grammar, not a lexicon. */
const wordLengthMin = 3;
/** A preterite needs a stem: `fue`, `dé`, `sé` are not preterites to fix. */
const preteriteLengthMin = 5;

/** A word as the repair sees it: letters, with the digits and signs a scan mixes into them. */
const token = /[\p{L}\p{M}0-9@&]+/gu;
/**
 * The `-ción` ending garbled (see detect.ts): Spanish has no word ending in
 * `-cion` or `-ciébn`, so the ending alone is evidence, even for a word no
 * lexicon has (`geolocalizaciéon`, `solventacion`).
 */
const garbledCion = /ci(?:o|[éb6d0]|[oéb6d0][oéb6d0])n$/u;
/**
 * A past subjunctive (`-ara`, `-era`, `-ira`) needs a clause to depend on,
 * so one that opens a paragraph is a future that lost its accent: the
 * políticas of a manual are written in the future (`Orientará los planes ...`).
 */
const subjunctiveOpening = /^\p{Lu}\p{Ll}+[aei]ra$/u;
/** Addresses are not words: `https://www.ejemplo.gob.mx/`, `www.gob.mx/ejemplo`. */
const address = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+/gu;

const confusionsByFirst = new Map<string, Confusion[]>();
for (const confusion of confusiones) {
  const first = confusion.lee[0] ?? '';
  confusionsByFirst.set(first, [...(confusionsByFirst.get(first) ?? []), confusion]);
}

const accentedVowel = /[áéíóú]/u;
const accentOf: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

interface Lectura {
  palabra: string;
  costo: number;
}

/**
 * Every way to read `word` through the confusions, with its cost, the word
 * itself excluded. A Spanish word has at most one accented vowel, so at most
 * one `acento` confusion is used, and none when the word keeps an accented
 * vowel of its own. Digits, `@`, `&` and capitals inside the word must be
 * read through a confusion: no Spanish word holds them.
 *
 * > | Desempefara
 *            ^f -> ñ  ^a -> á   = Desempeñará, cost 2.5
 */
export function lecturas(word: string): Lectura[] {
  const lower = word.toLowerCase();
  const capital = /^\p{Lu}/u.test(word);
  const mustRead = (i: number) => soloOcr.test(word[i] ?? '') || (i > 0 && /\p{Lu}/u.test(word[i] ?? ''));
  const found = new Map<string, number>();
  const walk = (i: number, built: string, cost: number, accentUsed: boolean, read: boolean): void => {
    if (cost > readingCostMax) return;
    if (i === lower.length) {
      if (!read) return;
      const palabra = capital ? built.charAt(0).toLocaleUpperCase('es') + built.slice(1) : built;
      if ((found.get(palabra) ?? Infinity) > cost) found.set(palabra, cost);
      return;
    }
    const letter = lower[i] ?? '';
    for (const confusion of confusionsByFirst.get(letter) ?? []) {
      if (!lower.startsWith(confusion.lee, i)) continue;
      if (confusion.clase === 'acento' && accentUsed) continue;
      walk(i + confusion.lee.length, built + confusion.es, cost + confusion.costo, accentUsed || confusion.clase === 'acento', true);
    }
    if (mustRead(i)) return;
    const keepsAccent = accentedVowel.test(letter);
    if (keepsAccent && accentUsed) return;
    walk(i + 1, built + letter, cost, accentUsed || keepsAccent, read);
  };
  walk(0, '', 0, false, false);
  return [...found].map(([palabra, costo]) => ({ palabra, costo })).sort((a, b) => a.costo - b.costo || compare(a.palabra, b.palabra));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether the repair may touch a word at all: not an acronym or code, not a proper name in capitals. */
function repairable(word: string): boolean {
  const lowercase = word.match(/\p{Ll}/gu)?.length ?? 0;
  if (lowercase < 2 || word.length < wordLengthMin) return false;
  // `CeNaDi`, `SuperTienda`: capitals inside a word are a name, unless a lone vowel (`tecnolOgicas`).
  const innerCapitals = word.slice(1).match(/\p{Lu}/gu) ?? [];
  return innerCapitals.length === 0 || (innerCapitals.length === 1 && /[AEIOU]/u.test(innerCapitals[0] ?? ''));
}

export interface Reparacion {
  palabra: string;
  regla: ReglaDeReparacion;
}

/**
 * The cheapest reading of an unknown word that the lexicon knows. When two
 * known readings tie, the corpus must clearly prefer one (`envío` over
 * `envió`), or the word stays as printed: a wrong fix is worse than none.
 */
function readThroughConfusions(word: string, lexicon: Lexicon): string | null {
  const all = lecturas(word);
  let i = 0;
  while (i < all.length) {
    const cost = all[i]?.costo;
    const level: string[] = [];
    while (i < all.length && all[i]?.costo === cost) level.push(all[i++]?.palabra ?? '');
    const known = level.filter((palabra) => lexicon.conoce(palabra));
    if (known.length === 0) continue;
    if (known.length === 1) return known[0] ?? null;
    known.sort((a, b) => lexicon.frecuencia(b) - lexicon.frecuencia(a) || compare(a, b));
    const best = lexicon.frecuencia(known[0] ?? '');
    const second = lexicon.frecuencia(known[1] ?? '');
    return best >= corpusEvidenceMin && best >= corpusDominance * second ? (known[0] ?? null) : null;
  }
  return null;
}

/**
 * A known word that the corpus writes otherwise: with an accent it lost
 * (`Publica` -> `Pública`), or as a third-person preterite (`aprobé` ->
 * `aprobó`). Needs the corpus to outnumber the printed spelling clearly.
 */
function preferredByCorpus(word: string, lexicon: Lexicon): Reparacion | null {
  const printed = lexicon.frecuencia(word);
  const candidates: Reparacion[] = [];
  if (!accentedVowel.test(word.toLowerCase())) {
    for (let i = 0; i < word.length; i++) {
      const accent = accentOf[word[i] ?? ''] ?? (i === 0 ? accentOf[(word[0] ?? '').toLowerCase()]?.toLocaleUpperCase('es') : undefined);
      if (accent) candidates.push({ palabra: word.slice(0, i) + accent + word.slice(i + 1), regla: 'acento-por-corpus' });
    }
  }
  if (word.length >= preteriteLengthMin && word.endsWith('é')) candidates.push({ palabra: `${word.slice(0, -1)}ó`, regla: 'preterito' });
  const qualified = candidates
    .filter(({ palabra, regla }) => {
      const count = lexicon.frecuencia(palabra);
      // A manual never speaks in the first person: a known third-person form is evidence enough,
      // unless the corpus writes the printed form itself (`Comité`).
      const evidence = regla === 'preterito' ? 0 : corpusEvidenceMin;
      return count >= evidence && count >= corpusDominance * printed && lexicon.conoce(palabra);
    })
    .sort((a, b) => lexicon.frecuencia(b.palabra) - lexicon.frecuencia(a.palabra));
  const [best, second] = qualified;
  if (!best) return null;
  if (second && lexicon.frecuencia(best.palabra) < corpusDominance * lexicon.frecuencia(second.palabra)) return null;
  return best;
}

const memo = new WeakMap<Lexicon, Map<string, Reparacion | null>>();

/**
 * What a word should read, out of context; null to leave it as printed.
 *
 * > | Coordinacién  Organos  desempefio  asi  Publica  aprobé  XXIl  Médicay
 *     Coordinación  Órganos  desempeño   así  Pública  aprobó  XXII  Médica y
 */
export function repararPalabra(word: string, lexicon: Lexicon): Reparacion | null {
  let cache = memo.get(lexicon);
  if (!cache) memo.set(lexicon, (cache = new Map()));
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = decide(word, lexicon);
  cache.set(word, result);
  return result;
}

function decide(word: string, lexicon: Lexicon): Reparacion | null {
  if (/^(?:vy|Yy|vY|yY)$/u.test(word)) return { palabra: 'y', regla: 'y-con-ruido' };
  if (/^(?:o0|0o)$/u.test(word)) return { palabra: 'o', regla: 'o-con-cero' };
  if (/^\d+y$/u.test(word)) return { palabra: `${word.slice(0, -1)} y`, regla: 'y-pegada' };
  if (/^[IVX]*l[IVX]*$/u.test(word) && /[IVX]{2}/u.test(word)) return { palabra: word.replaceAll('l', 'I'), regla: 'numeral-romano' };
  if (!repairable(word)) return null;
  const known = !soloOcr.test(word) && lexicon.conoce(word);
  if (known) return preferredByCorpus(word, lexicon);
  const read = readThroughConfusions(word, lexicon);
  if (read) return { palabra: read, regla: 'confusion-ocr' };
  const ending = garbledCion.exec(word);
  if (ending && /^\p{L}+$/u.test(word.slice(0, ending.index))) return { palabra: `${word.slice(0, ending.index)}ción`, regla: 'terminacion-cion' };
  if (word.endsWith('y') && word.length > wordLengthMin + 1) {
    const stem = word.slice(0, -1);
    const stemRead = !soloOcr.test(stem) && lexicon.conoce(stem) ? stem : readThroughConfusions(stem, lexicon);
    if (stemRead) return { palabra: `${stemRead} y`, regla: 'y-pegada' };
  }
  return null;
}

/**
 * Repairs the words of one line, leaving everything else (spacing, signs,
 * numbers, codes, addresses) byte for byte as printed.
 *
 * > | Coordinacion de Evaluacién Administrativa y de Finanzas, los planes de mejora que los Organos
 *     Coordinación de Evaluación Administrativa y de Finanzas, los planes de mejora que los Órganos
 */
export function repararLinea(texto: string, lexicon: Lexicon, contexto: { inicioDeParrafo?: boolean } = {}): LineaReparada {
  const skip: [number, number][] = [];
  // Most lines hold no address: only look when one could be there.
  if (/www\.|https?:|@\w/u.test(texto)) for (const match of texto.matchAll(address)) skip.push([match.index, match.index + match[0].length]);
  const cambios: Cambio[] = [];
  let out = '';
  let last = 0;
  const words = [...texto.matchAll(token)];
  words.forEach((match, i) => {
    const start = match.index;
    const word = match[0];
    if (skip.some(([from, to]) => start >= from && start < to)) return;
    let fix = repararPalabra(word, lexicon) ?? inContext(word, texto, start, words[i - 1], words[i + 1]);
    if (i === 0 && contexto.inicioDeParrafo) fix = asFuture(fix?.palabra ?? word, lexicon, fix) ?? fix;
    if (!fix || fix.palabra === word) return;
    if (fix.regla === 'numeral-romano' && texto[start + word.length] !== '.') return;
    out += texto.slice(last, start) + fix.palabra;
    last = start + word.length;
    cambios.push({ columna: start, original: word, reparada: fix.palabra, regla: fix.regla });
  });
  return cambios.length === 0 ? { texto, cambios } : { texto: out + texto.slice(last), cambios };
}

/** The future of a paragraph-opening subjunctive, when the lexicon knows it; keeps the rule of an earlier repair. */
function asFuture(word: string, lexicon: Lexicon, earlier: Reparacion | null): Reparacion | null {
  if (!subjunctiveOpening.test(word)) return null;
  const future = `${word.slice(0, -1)}á`;
  return lexicon.conoce(future) ? { palabra: future, regla: earlier?.regla ?? 'futuro' } : null;
}

/**
 * Conjunctions a scan garbles into a letter a sentence cannot hold there: a
 * capital `Y` or a zero between two lowercase words.
 *
 * > | ... evaluaciones de los procesos Y verificar el cumplimiento ...
 * > | ... con base en los programas 0 proyectos institucionales ...
 */
function inContext(word: string, texto: string, start: number, before?: RegExpExecArray, after?: RegExpExecArray): Reparacion | null {
  if (word !== 'Y' && word !== '0') return null;
  if (!before || !after) return null;
  const between = (a: number, b: number) => texto.slice(a, b);
  const lowercaseWord = (match: RegExpExecArray) => /^\p{Ll}+$/u.test(match[0]);
  if (!lowercaseWord(before) || !lowercaseWord(after)) return null;
  if (between(before.index + before[0].length, start) !== ' ' || between(start + word.length, after.index) !== ' ') return null;
  return word === 'Y' ? { palabra: 'y', regla: 'y-con-ruido' } : { palabra: 'o', regla: 'o-con-cero' };
}
