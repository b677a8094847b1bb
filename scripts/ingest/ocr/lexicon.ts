import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { escribirCache, leerCache } from './cache.ts';
import { esTextoOcr } from './detect.ts';
import { diccionarioEs, type Diccionario, type DiccionarioEs } from './dictionary.ts';

/**
 * What the repair knows about Spanish: a dictionary, and how the
 * born-digital manuals of the corpus write their words. The corpus adds what
 * the dictionary lacks (`derechohabiencia`, `normatividad`,
 * `Subdelegaciones`) and tells which of two spellings these documents use
 * (`Pública` 358 times, `Publica` twice).
 */
export interface Lexicon {
  /** True when the corpus writes the word or the dictionary accepts it. */
  conoce(palabra: string): boolean;
  /** How many times the corpus writes the word, any case (`pública` and `PÚBLICA` count together). */
  frecuencia(palabra: string): number;
  /** The corpus texts, for finding how other documents spell a unit's name. */
  readonly textos: readonly string[];
  readonly diccionario: Diccionario;
  /** Names already looked up in the corpus (names.ts), when the lexicon keeps them. */
  readonly memoNombres?: Map<string, string | null>;
}

/** A word of the corpus: a run of letters, as the unknown-word rate counts them. */
const corpusWord = /\p{L}+/gu;

/** How often each word (lowercased) occurs in the texts. */
export function contarPalabras(textos: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const texto of textos) {
    for (const match of texto.matchAll(corpusWord)) {
      const word = match[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * A lexicon from born-digital texts (NFC, as `read` gives them) and a
 * dictionary. Pure given its inputs; `conteo` skips the counting when the
 * caller has the counts of these same texts.
 */
export function construirLexicon(textos: readonly string[], diccionario: Diccionario, conteo?: ReadonlyMap<string, number>): Lexicon {
  const counts = conteo ?? contarPalabras(textos);
  const frecuencia = (palabra: string) => counts.get(palabra.toLowerCase()) ?? 0;
  return {
    conoce: (palabra) => frecuencia(palabra) > 0 || diccionario.conoce(palabra),
    frecuencia,
    textos,
    diccionario,
  };
}

const countsCacheName = 'corpus.json';
const namesCacheName = 'nombres.json';
/** Bump when names.ts changes what it finds, so cached lookups are not reused. */
const namesLookupVersion = 2;

export interface LexiconPorDefecto extends Lexicon {
  readonly diccionario: DiccionarioEs;
  /** Files the corpus was built from: the born-digital ones, in name order. */
  readonly archivos: readonly string[];
  /** Milliseconds spent getting the corpus counts (from the cache, or reading and counting the files). */
  readonly msCorpus: number;
  readonly memoNombres: Map<string, string | null>;
  /** Saves what this process learned (dictionary verdicts, name lookups) to the tool cache. */
  guardar(): void;
}

/** What the corpus cache holds: which files are born-digital, and their word counts. */
interface CorpusCache {
  archivos: string[];
  conteo: [string, number][];
}

const porCarpeta = new Map<string, LexiconPorDefecto>();

/**
 * The lexicon of a corpus: the born-digital texts in its sources folder
 * (every .txt that is not OCR output) plus dictionary-es. The caller that
 * ingests a corpus builds it from that corpus's folder and passes it to
 * `parse`; the stages never read a folder themselves. Built once per folder
 * and process.
 *
 * Deterministic: the files are read in name order and only counted. The
 * counts are cached under the files' names, sizes and modification times, so
 * a warm run reads no source at all; the texts themselves are read only if a
 * unit name must be looked up (names.ts), and then once.
 */
export function lexiconDeFuentes(carpeta: string): LexiconPorDefecto {
  const dir = resolve(carpeta);
  const hecho = porCarpeta.get(dir);
  if (hecho) return hecho;
  const start = performance.now();
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.txt')).sort() : [];
  const clave = [
    dir,
    ...files.map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    }),
  ].join('|');
  const readSource = (name: string) => readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  let texts: string[] | null = null;
  const readTexts = (archivos: readonly string[]) => archivos.map((name) => readSource(name));
  let corpus = leerCache<CorpusCache>(countsCacheName, clave);
  if (!corpus) {
    const archivos: string[] = [];
    texts = [];
    for (const name of files) {
      const texto = readSource(name);
      if (esTextoOcr(texto)) continue;
      archivos.push(name);
      texts.push(texto);
    }
    const conteo = [...contarPalabras(texts)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    corpus = { archivos, conteo };
    escribirCache(countsCacheName, clave, corpus);
  }
  const { archivos } = corpus;
  const counts = new Map(corpus.conteo);
  const namesKey = `${clave}|${namesLookupVersion}`;
  const memoNombres = new Map(leerCache<[string, string | null][]>(namesCacheName, namesKey) ?? []);
  let namesSaved = memoNombres.size;
  const msCorpus = performance.now() - start;
  const diccionario = diccionarioEs();
  const frecuencia = (palabra: string) => counts.get(palabra.toLowerCase()) ?? 0;
  const lexicon: LexiconPorDefecto = {
    conoce: (palabra) => frecuencia(palabra) > 0 || diccionario.conoce(palabra),
    frecuencia,
    get textos() {
      texts ??= readTexts(archivos);
      return texts;
    },
    diccionario,
    archivos,
    msCorpus,
    memoNombres,
    guardar() {
      diccionario.guardar();
      if (memoNombres.size === namesSaved) return;
      escribirCache(namesCacheName, namesKey, [...memoNombres].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
      namesSaved = memoNombres.size;
    },
  };
  porCarpeta.set(dir, lexicon);
  return lexicon;
}

/**
 * Keeps in the tool cache what the lexicon of `carpeta` learned in this
 * process (dictionary verdicts, name lookups), if a parse used it: faster next
 * time, same output. A folder whose lexicon was never built is left alone.
 */
export function guardarLexiconDe(carpeta: string): void {
  porCarpeta.get(resolve(carpeta))?.guardar();
}

let soloDiccionario: Lexicon | null = null;

/** The lexicon of a text parsed alone, with no corpus given: dictionary-es only. */
export function lexiconDelDiccionario(): Lexicon {
  soloDiccionario ??= construirLexicon([], diccionarioEs());
  return soloDiccionario;
}
