import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeArticulos } from '../../src/plugins/rehype-articulos.ts';
import { rehypeFunctionAnchors } from '../../src/plugins/rehype-function-anchors.ts';
import { rehypeHeadingAnchors } from '../../src/plugins/rehype-heading-anchors.ts';
import { rehypeSectionIds } from '../../src/plugins/rehype-section-ids.ts';

/** Renders Markdown with frontmatter through Astro's own pipeline and the site's plugins, as astro.config.ts sets it. */
export async function renderizar(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  const procesador = await createMarkdownProcessor({
    smartypants: false,
    rehypePlugins: [rehypeFunctionAnchors, rehypeSectionIds, rehypeArticulos, rehypeHeadingAnchors],
  });
  const { code } = await procesador.render(markdown, { frontmatter });
  return code;
}
