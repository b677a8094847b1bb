/**
 * The Starlight comparison site: the same generated Markdown
 * (content/<institucion>/<documento>/*.md) built by a stock Starlight.
 *
 *   node bench/starlight.ts [--content content] [--to .cache/bench/starlight]
 *
 * Copies bench/starlight/ (default config: `starlight({ title })`, the
 * documented content config) to `--to`, and every Markdown file of the
 * content tree into its src/content/docs/ under the same path. The one
 * transform: Starlight's schema requires `title`, so each file gets a first
 * frontmatter line `title: "<unit name>"` (or the document's title for an
 * `index.md`); the rest of the frontmatter and the body are untouched
 * (Starlight's schema ignores the other keys). Then `astro build` there
 * builds it; bench/run.ts times that.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { readContentTree, type ContentFile } from './multiply.ts';

export const starlightTemplate = join(dirname(fileURLToPath(import.meta.url)), 'starlight');

/**
 * A content Markdown file as a Starlight docs page.
 *
 * > | ---\nunidad: direccion-general\n...\nnombre: Dirección General\n...
 *     -> ---\ntitle: "Dirección General"\nunidad: direccion-general\n...
 */
export function asStarlightPage(file: ContentFile): ContentFile | null {
  if (!file.path.endsWith('.md')) return null;
  const match = /^---\n([\s\S]*?\n)---\n/.exec(file.text);
  if (!match) throw new Error(`${file.path}: no frontmatter; expected the ingest's \`---\` block.`);
  const data = parseYaml(match[1] ?? '', { version: '1.1' }) as Record<string, unknown>;
  const title = file.path.endsWith('/index.md') ? data['titulo'] : data['nombre'];
  if (typeof title !== 'string') throw new Error(`${file.path}: no \`nombre\` or \`titulo\` to use as Starlight's title.`);
  return { path: file.path, text: `---\ntitle: ${JSON.stringify(title)}\n${file.text.slice(4)}` };
}

/** Writes the Starlight project for `content` into `to` (emptied first); returns the number of pages. */
export async function prepareStarlight(content: string, to: string): Promise<number> {
  await rm(to, { recursive: true, force: true });
  await cp(starlightTemplate, to, { recursive: true });
  const docs = join(to, 'src', 'content', 'docs');
  let pages = 0;
  for (const file of await readContentTree(content)) {
    const page = asStarlightPage(file);
    if (!page) continue;
    await mkdir(dirname(join(docs, page.path)), { recursive: true });
    await writeFile(join(docs, page.path), page.text);
    pages++;
  }
  return pages;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, to: { type: 'string', default: '.cache/bench/starlight' } } });
  const pages = await prepareStarlight(values.content, values.to);
  console.log(`starlight: ${pages} pages from ${values.content}/ in ${values.to}/src/content/docs/; build with: cd ${values.to} && ${join(process.cwd(), 'node_modules/.bin/astro')} build`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main();
}
