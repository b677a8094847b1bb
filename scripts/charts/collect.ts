import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { documentoFrontmatterSchema, unidadFrontmatterSchema, type DocumentoFrontmatter, type UnidadFrontmatter } from '../../src/model/contenido.ts';
import { diagramaDeFlujo } from '../../src/lib/flow-chart.ts';
import { organigramaDePagina } from '../../src/lib/org-chart.ts';
import type { ChartSpec } from './spec.ts';

/**
 * Every chart the site will show, built from the content collections'
 * frontmatter with the same pure functions the components call: an org chart
 * per unit page (units without sub-units share their superior's), a flow
 * chart per procedure with activities.
 *
 * > | content/imss/uit/index.md, content/imss/uit/direccion-general.md, ...
 *     -> [{ kind: 'organigrama', source: 'flowchart TD\n...', ... }, ...]
 */

/** One content document: its overview frontmatter and its units'. */
export interface DocumentoContenido {
  /** Collection id, `<institucion>/<documento>`. */
  id: string;
  documento: DocumentoFrontmatter;
  unidades: UnidadFrontmatter[];
}

/** A chart and where it comes from, for progress and error messages. */
export interface ChartEntry {
  spec: ChartSpec;
  /** `imss/uit/direccion-general` or `imss/0508-003-001` (flow). */
  origen: string;
}

/**
 * The charts of the given documents (pure), drawn at the site root (`/`):
 * the drawing does not depend on the base path, a page moves its links
 * under its own (postprocess.ts `enBase`), so one drawing serves every base.
 */
export function chartsOf(documentos: readonly DocumentoContenido[]): { charts: ChartEntry[]; avisos: string[] } {
  const base = '/';
  const charts: ChartEntry[] = [];
  const avisos: string[] = [];
  for (const doc of documentos) {
    for (const unidad of doc.unidades) {
      charts.push({ spec: organigramaDePagina(unidad, doc.unidades, base).dibujo, origen: `${doc.id}/${unidad.unidad}` });
    }
    const procedimiento = doc.documento.procedimiento;
    if (procedimiento && procedimiento.actividades.length > 0) {
      const flujo = diagramaDeFlujo(procedimiento, doc.id, base);
      charts.push({ spec: flujo, origen: doc.id });
      avisos.push(...flujo.avisos.map((aviso) => `${doc.id}: ${aviso}`));
    }
  }
  return { charts, avisos };
}

/**
 * Reads content/<institucion>/<documento>/*.md the way src/content.config.ts
 * does: `index.md` is the document, every other `.md` a unit; units are
 * grouped by their `documento` field, and units of a document without
 * `index.md` are not published (so they get no chart).
 */
export async function readContent(root: string): Promise<{ documentos: DocumentoContenido[]; avisos: string[] }> {
  const avisos: string[] = [];
  const documentos = new Map<string, DocumentoFrontmatter>();
  const unidades = new Map<string, UnidadFrontmatter[]>();
  for (const institucion of await subdirs(root)) {
    if (institucion === 'sources') continue;
    for (const documento of await subdirs(join(root, institucion))) {
      const dir = join(root, institucion, documento);
      for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
        const path = join(dir, name);
        const data = frontmatter(await readFile(path, 'utf8'), path);
        if (name === 'index.md') {
          documentos.set(`${institucion}/${documento}`, parseWith(documentoFrontmatterSchema, data, path));
        } else {
          const unidad = parseWith(unidadFrontmatterSchema, data, path);
          const lista = unidades.get(unidad.documento) ?? [];
          lista.push(unidad);
          unidades.set(unidad.documento, lista);
        }
      }
    }
  }
  const result: DocumentoContenido[] = [];
  for (const [id, documento] of [...documentos].sort(([a], [b]) => (a < b ? -1 : 1))) {
    result.push({ id, documento, unidades: (unidades.get(id) ?? []).sort((a, b) => a.orden - b.orden) });
    unidades.delete(id);
  }
  for (const [id, huerfanas] of unidades) avisos.push(`${huerfanas.length} units of ${id} have no ${id}/index.md: no charts for them.`);
  return { documentos: result, avisos };
}

/** The YAML between the opening `---` and the next `---` line. */
export function frontmatter(text: string, path: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter; expected the file to start with a \`---\` line.`);
  return parseYaml(match[1] ?? '');
}

function parseWith<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown, path: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  throw new Error(`${path}: frontmatter does not match the site's schema (src/model/contenido.ts):\n${issues}`);
}

async function subdirs(dir: string): Promise<string[]> {
  // A content tree not yet written (before a first ingest) has no charts.
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}
