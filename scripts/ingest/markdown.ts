import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';

/**
 * Markdown and YAML writing for the emit stage. Manual text is data: it goes
 * into mdast text nodes and YAML scalars, so the serializers escape whatever
 * in it looks like markup (`<script>`, `*`, `#`, `[`, `:`, `"`...).
 */

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

export function list(items: readonly string[], ordered: boolean, start = 1): List {
  return {
    type: 'list',
    ordered,
    start: ordered ? start : null,
    spread: false,
    children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(text(item))] })),
  };
}

/** A Markdown file: YAML frontmatter, then the body. */
export function markdownFile(frontmatter: unknown, body: readonly RootContent[]): string {
  const yaml = yamlFile(frontmatter);
  const root: Root = { type: 'root', children: [...body] };
  const markdown = body.length === 0 ? '' : toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', listItemIndent: 'one' });
  return `---\n${yaml}---\n${markdown === '' ? '' : `\n${markdown}`}`;
}

/**
 * YAML that YAML 1.1 readers (Astro's frontmatter parser among them) read
 * back as the same strings: `2022-05-01`, `yes`, `0508` come out quoted.
 */
export function yamlFile(value: unknown): string {
  return stringify(value, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
