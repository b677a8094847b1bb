/**
 * The search index: Pagefind over the built site, after `astro build`.
 *
 *   node scripts/search/index.ts [dist]
 *
 * Indexes every page of `dist` that has a `data-pagefind-body` (unit pages,
 * document overviews) in one Spanish index and writes the bundle, Component UI
 * included, to `dist/pagefind/`. What Pagefind reads comes from the site's
 * markup: filters `institucion`, `documento`, `tipo` (`data-pagefind-filter`
 * on <meta> in <head>), a sub-result per function (`<li id="funcion-3"
 * data-pagefind-title="Función 3">`) and per heading with an id. Exit code 1
 * when Pagefind reports errors or finds no page.
 *
 * Pagefind 1.6 folds accents by itself (`coordinacion` finds `Coordinación`).
 * Numerals need two settings (tests/search/index.test.ts checks them):
 * `includeCharacters: '.'` here, and the ranking `searchRanking` on the
 * search page (both in ./config.ts).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { copiarConEnlaces, guardarRegistro, huella, huellaDeCodigo, leerRegistro } from '../huella.ts';
import { searchIncludeCharacters, searchLanguage } from './config.ts';

export { searchIncludeCharacters, searchLanguage, searchRanking } from './config.ts';

export interface SearchIndexOptions {
  /** The built site (`dist`). */
  site: string;
  /** Where to write the bundle; `<site>/pagefind` by default (the URL the search page loads it from). */
  outputPath?: string;
  /**
   * Synchronous work to do while Pagefind's process reads the pages, when
   * this one has nothing to do but wait (organica build writes Node's compile
   * cache then).
   */
  mientrasIndexa?: () => void;
}

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

/** Pagefind reported errors, or found nothing to index. */
export class SearchIndexError extends Error {
  readonly errors: string[];
  constructor(step: string, errors: string[], hint = '') {
    super(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}${hint ? `\n${hint}` : ''}`);
    this.name = 'SearchIndexError';
    this.errors = errors;
  }
}

/**
 * Builds the index of `site` and writes it. Pagefind runs as a child
 * process: it is closed in `finally`, whatever happens (the pattern of
 * Starlight's integration).
 */
export async function buildSearchIndex({ site, outputPath = join(site, 'pagefind'), mientrasIndexa }: SearchIndexOptions): Promise<SearchIndexResult> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: searchLanguage, includeCharacters: searchIncludeCharacters });
    if (!created.index || created.errors.length > 0) throw new SearchIndexError('create an index', created.errors);
    const { index } = created;

    const adding = index.addDirectory({ path: site });
    mientrasIndexa?.();
    const added = await adding;
    if (added.errors.length > 0) throw new SearchIndexError(`index ${site}`, added.errors);
    if (added.page_count === 0) {
      throw new SearchIndexError(`index ${site}`, ['no page to index'], `Expected HTML pages with data-pagefind-body under ${site}; run \`astro build\` first.`);
    }

    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SearchIndexError(`write ${outputPath}`, written.errors);
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}

/** What decides the index besides the pages: the search settings and the locked Pagefind. */
const searchCode = ['scripts/search', 'package-lock.json'];

interface SearchRecord {
  inputs: string;
  outputs: string;
  pages: number;
}

/**
 * `buildSearchIndex`, or a copy of the index it wrote last time when the
 * pages are byte for byte the ones it indexed then (a warm build whose
 * content did not change): linking the bundle's files takes a fraction of
 * indexing them. The copy lives in `.cache/pagefind/`.
 */
export async function buildSearchIndexOrReuse(
  site: string,
  { reuse = true, mientrasIndexa }: { reuse?: boolean; mientrasIndexa?: () => void } = {},
): Promise<SearchIndexResult & { reused: boolean }> {
  const outputPath = join(site, 'pagefind');
  const saved = join('.cache', 'pagefind');
  const inputs = `${await huella(site, ['.'], (path) => path.endsWith('.html'))}:${await huellaDeCodigo(searchCode)}`;
  const last = await leerRegistro<SearchRecord>('busqueda', 'pagefind');
  if (reuse && last?.inputs === inputs && (await huella(saved, ['.'])) === last.outputs) {
    await copiarConEnlaces(saved, outputPath);
    mientrasIndexa?.();
    return { pages: last.pages, outputPath, reused: true };
  }
  const result = await buildSearchIndex({ site, outputPath, ...(mientrasIndexa ? { mientrasIndexa } : {}) });
  await rm(saved, { recursive: true, force: true });
  await copiarConEnlaces(outputPath, saved);
  await guardarRegistro('busqueda', 'pagefind', { inputs, outputs: await huella(saved, ['.']), pages: result.pages } satisfies SearchRecord);
  return { ...result, reused: false };
}

async function main(): Promise<number> {
  const site = process.argv[2] ?? 'dist';
  const started = performance.now();
  try {
    const { pages, outputPath } = await buildSearchIndex({ site });
    console.log(`search: indexed ${pages} pages into ${outputPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`search: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await main();
}
