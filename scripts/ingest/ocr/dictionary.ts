import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { escribirCache, leerCache } from './cache.ts';

/** A spelling dictionary: whether a word is spelled right. */
export interface Diccionario {
  /** True when the dictionary accepts the word as written (it accepts `Dirección` for `dirección`). */
  conoce(palabra: string): boolean;
}

/** The nspell checker, typed for the one call we make (nspell ships no types). */
interface Nspell {
  correct(word: string): boolean;
}
type NspellFactory = (dictionary: { aff: Uint8Array; dic: Uint8Array }) => Nspell;

/** The verdicts, as the cache file stores them. */
interface Verdicts {
  conocidas: string[];
  desconocidas: string[];
}

const cacheName = 'diccionario-es.json';

/** dictionary-es with the cost of loading it, which the bench reports. */
export interface DiccionarioEs extends Diccionario {
  /** Writes the verdicts learned in this process to the cache; a no-op when nothing is new. */
  guardar(): void;
  /** Milliseconds spent building the nspell checker in this process (0 when the cache answered everything). */
  readonly msCarga: number;
  /** Milliseconds spent reading the verdict cache. */
  readonly msCache: number;
  /** Verdicts asked of nspell in this process (cache misses). */
  readonly consultas: number;
}

/**
 * dictionary-es through nspell, behind a cache of verdicts.
 *
 * Building the nspell checker for dictionary-es costs about 0.9 s on these
 * machines (it expands 650,000 word forms) while the ingest asks about a few
 * thousand words. So every verdict is kept in the tool cache, keyed by the
 * versions and sizes of dictionary-es and nspell, and the checker is built
 * only when a word is not in the cache. A verdict is a function of the
 * dictionary alone: a cold run and a warm run give the same text.
 */
export function diccionarioEs(options: { cache?: boolean } = {}): DiccionarioEs {
  const require = createRequire(import.meta.url);
  const dictionaryDir = dirname(require.resolve('dictionary-es'));
  const nspellDir = dirname(dirname(require.resolve('nspell')));
  const aff = join(dictionaryDir, 'index.aff');
  const dic = join(dictionaryDir, 'index.dic');
  const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const clave = `dictionary-es@${version(dictionaryDir)}:${statSync(aff).size}:${statSync(dic).size}|nspell@${version(nspellDir)}`;
  const useCache = options.cache ?? true;

  const verdicts = new Map<string, boolean>();
  const start = performance.now();
  const cached = useCache ? leerCache<Verdicts>(cacheName, clave) : null;
  for (const word of cached?.conocidas ?? []) verdicts.set(word, true);
  for (const word of cached?.desconocidas ?? []) verdicts.set(word, false);
  const msCache = performance.now() - start;

  let checker: Nspell | null = null;
  let msCarga = 0;
  let consultas = 0;
  let learned = 0;
  return {
    conoce(palabra) {
      const known = verdicts.get(palabra);
      if (known !== undefined) return known;
      if (!checker) {
        const begin = performance.now();
        checker = (require('nspell') as NspellFactory)({ aff: readFileSync(aff), dic: readFileSync(dic) });
        msCarga += performance.now() - begin;
      }
      const verdict = checker.correct(palabra);
      verdicts.set(palabra, verdict);
      consultas++;
      learned++;
      return verdict;
    },
    guardar() {
      if (!useCache || learned === 0) return;
      const conocidas: string[] = [];
      const desconocidas: string[] = [];
      for (const [word, known] of verdicts) (known ? conocidas : desconocidas).push(word);
      // Sorted: the same verdicts give the same file, whatever order they were asked in.
      escribirCache<Verdicts>(cacheName, clave, { conocidas: conocidas.sort(), desconocidas: desconocidas.sort() });
      learned = 0;
    },
    get msCarga() {
      return msCarga;
    },
    get msCache() {
      return msCache;
    },
    get consultas() {
      return consultas;
    },
  };
}
