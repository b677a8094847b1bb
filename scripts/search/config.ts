/**
 * Search settings shared by the indexer (scripts/search/index.ts) and the
 * site's search page, which must pass `searchRanking` to Pagefind's Component
 * UI. No imports: the site can import this file as it is.
 */

/** Spanish stemming for every page, whatever `lang` a page declares (`es-MX`): one index, one language. */
export const searchLanguage = 'es';

/**
 * Dots are part of words. Pagefind otherwise drops them, so `1.0.1` and
 * `10.1` are both the word `101` (and `1.1.1`, `11.1`, `1.11` are all
 * `111`): a numeral query would find other units as often as its own. The
 * cost: a word that ends a sentence is indexed with its dot (`aplicable.`),
 * which a query still finds as a prefix, ranked a little lower.
 */
export const searchIncludeCharacters = '.';

/**
 * The ranking the search page must give Pagefind (the Component UI takes it
 * through `PagefindComponents.configureInstance('default', { ranking })`):
 * favour whole-word matches over prefix matches, or `8.1.1` ranks `8.1.12`
 * and `8.1.10` its sub-units (shorter pages) above itself. Pagefind's
 * default is 1. Measured on the built site, querying each of its 618
 * distinct numerals: the unit with that numeral comes first for 535 with
 * Pagefind's defaults, 596 with dots kept, 615 with dots kept and this
 * ranking (and is in the top 3 for all 618). Word queries keep their order.
 */
export const searchRanking = { termSimilarity: 5 } as const;

/**
 * Other Pagefind bundles the search page merges into its results
 * (Pagefind's multisite `mergeIndex`), from the build setting
 * `SEARCH_MERGE`: comma-separated absolute paths on the same host, e.g.
 * `/issste/pagefind/,/imss-bienestar/pagefind/`. For a corpus built in parts
 * (one build per institution, each with its own index): the part that holds
 * the search page lists the others' bundles. Empty when unset.
 */
export function searchMergeBundles(setting: string | undefined): string[] {
  const bundles = (setting ?? '').split(',').map((path) => path.trim()).filter(Boolean);
  for (const bundle of bundles) {
    if (!bundle.startsWith('/') || bundle.startsWith('//')) {
      throw new Error(`SEARCH_MERGE: «${bundle}» is not an absolute path on this host (e.g. /issste/pagefind/): the site makes no requests to other origins.`);
    }
  }
  return bundles.map((bundle) => (bundle.endsWith('/') ? bundle : `${bundle}/`));
}
