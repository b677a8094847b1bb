import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentoFrontmatterSchema, unidadFrontmatterSchema } from './model/contenido.ts';
import { registroSchema } from './model/registro.ts';

/**
 * The content the ingest writes (content/<institucion>/<documento>/...).
 * `CONTENT_DIR` points the site at another tree, e.g. the test fixture:
 * `CONTENT_DIR=tests/fixtures/site-content npx astro build`.
 */
const base = process.env['CONTENT_DIR'] ?? 'content';

/** `imss/uit/index.md` -> `imss/uit`; `imss/uit/direccion-general.md` -> `imss/uit/direccion-general`. */
function idDeRuta({ entry }: { entry: string }): string {
  return entry.replace(/(\/index)?\.(md|ya?ml)$/, '').replace(/\/_registro$/, '');
}

/** Document overviews: one `index.md` per document. */
const documentos = defineCollection({
  loader: glob({ base, pattern: '*/*/index.md', generateId: idDeRuta, retainBody: false }),
  schema: documentoFrontmatterSchema,
});

/** Units: every other Markdown file of a document; the body is the functions list. */
const unidades = defineCollection({
  loader: glob({ base, pattern: ['*/*/*.md', '!*/*/index.md'], generateId: idDeRuta, retainBody: false }),
  schema: unidadFrontmatterSchema,
});

/** Identity registries: every slug ever published, for redirects of renamed or removed units. */
const registros = defineCollection({
  loader: glob({ base, pattern: '*/*/_registro.yaml', generateId: idDeRuta }),
  schema: registroSchema,
});

export const collections = { documentos, unidades, registros };
