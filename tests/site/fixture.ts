import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { documentoFrontmatterSchema, unidadFrontmatterSchema } from '../../src/model/contenido.ts';
import { registroSchema } from '../../src/model/registro.ts';
import type { DocumentoFrontmatter, UnidadFrontmatter } from '../../src/model/contenido.ts';
import type { Registro } from '../../src/model/registro.ts';
import { indexarNombres } from '../../src/lib/aparece.ts';
import { construirSitio, type Entrada } from '../../src/lib/sitio.ts';

/**
 * The site fixture (tests/fixtures/site-content) read as the content
 * collections would give it: frontmatter validated by the model's schemas,
 * ids `<institucion>/<documento>[/<unidad>]`.
 */
export const raizFixture = join(import.meta.dirname, '../fixtures/site-content');

export function partirMarkdown(texto: string): { frontmatter: unknown; cuerpo: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(texto);
  if (!m) throw new Error('sin frontmatter');
  return { frontmatter: parseYaml(m[1]!), cuerpo: m[2]! };
}

export function leerFixture(raiz = raizFixture) {
  const documentos: Entrada<DocumentoFrontmatter>[] = [];
  const unidades: Entrada<UnidadFrontmatter>[] = [];
  const registros: Entrada<Registro>[] = [];
  const cuerpos = new Map<string, string>();
  // Every folder is an institution but graficas/, the drawn charts (scripts/charts/store.ts).
  const instituciones = readdirSync(raiz, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'graficas');
  for (const institucion of instituciones.map((e) => e.name).sort()) {
    for (const documento of readdirSync(join(raiz, institucion)).sort()) {
      const dir = join(raiz, institucion, documento);
      for (const archivo of readdirSync(dir).sort()) {
        const texto = readFileSync(join(dir, archivo), 'utf8');
        const base = `${institucion}/${documento}`;
        if (archivo === '_registro.yaml') {
          registros.push({ id: base, data: registroSchema.parse(parseYaml(texto)) });
        } else if (archivo === 'index.md') {
          const { frontmatter, cuerpo } = partirMarkdown(texto);
          documentos.push({ id: base, data: documentoFrontmatterSchema.parse(frontmatter) });
          cuerpos.set(base, cuerpo);
        } else if (archivo.endsWith('.md')) {
          const { frontmatter, cuerpo } = partirMarkdown(texto);
          const id = `${base}/${archivo.slice(0, -3)}`;
          unidades.push({ id, data: unidadFrontmatterSchema.parse(frontmatter) });
          cuerpos.set(id, cuerpo);
        }
      }
    }
  }
  const sitio = construirSitio(documentos, unidades, registros);
  return { sitio, nombres: indexarNombres(sitio), cuerpos };
}
