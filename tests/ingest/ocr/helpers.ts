import { readFileSync } from 'node:fs';
import type { Line } from '../../../src/model/index.ts';
import type { Diccionario } from '../../../scripts/ingest/ocr/dictionary.ts';
import { construirLexicon, type Lexicon } from '../../../scripts/ingest/ocr/lexicon.ts';

const fixtures = new URL('../../fixtures/ocr/', import.meta.url);

/** A fixture's text. */
export function fixture(name: string): string {
  return readFileSync(new URL(name, fixtures), 'utf8');
}

/** A fixture as numbered lines, as `read` gives them. */
export function lineas(name: string): Line[] {
  return fixture(name)
    .replace(/\n$/, '')
    .split('\n')
    .map((texto, i) => ({ n: i + 1, texto }));
}

/**
 * A dictionary from a word list, accepting a capitalized word like Hunspell
 * does (`Dirección` for `dirección`). Small and fast: the unit tests never
 * load dictionary-es.
 */
export function diccionarioDeLista(words: Iterable<string>): Diccionario {
  const known = new Set(words);
  return { conoce: (word) => known.has(word) || known.has(word.charAt(0).toLowerCase() + word.slice(1)) };
}

/** The small lexicon of the fixtures: corpus-mini.txt and diccionario-mini.txt. */
export function lexiconMini(): Lexicon {
  const words = fixture('diccionario-mini.txt').split('\n').filter(Boolean);
  return construirLexicon([fixture('corpus-mini.txt')], diccionarioDeLista(words));
}
