/**
 * Astro's cache folder for a content tree, relative to the project root:
 * Astro's own (`node_modules/.astro`) for content/, and one for each other
 * tree (`CONTENT_DIR=tests/fixtures/site-content`), so a build of another
 * tree neither clobbers nor reuses the main one's rendered entries. Read by
 * astro.config.ts, and by the benchmarks and tests that clear a cache.
 *
 * > | cacheDeAstro('tests/fixtures/site-content')
 *     -> 'node_modules/.astro/contenido-tests-fixtures-site-content'
 */
export function cacheDeAstro(contentDir?: string): string {
  return contentDir ? `node_modules/.astro/contenido-${contentDir.replace(/[^A-Za-z0-9]+/g, '-')}` : 'node_modules/.astro';
}
