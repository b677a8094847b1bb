import type { VFile } from 'vfile';

/**
 * The frontmatter Astro hands to Markdown plugins (`file.data.astro.frontmatter`),
 * as raw data: the collection schema validates it separately, so plugins read
 * only the few fields they need, checking their types.
 */
export function frontmatterDe(file: VFile): Record<string, unknown> {
  const datos = file.data.astro?.frontmatter;
  return datos && typeof datos === 'object' ? (datos as Record<string, unknown>) : {};
}
