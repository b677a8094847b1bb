import type { DocumentoFrontmatter, UnidadFrontmatter } from '../model/contenido.ts';
import type { Institucion } from '../model/catalogo.ts';
import type { Registro } from '../model/registro.ts';

/**
 * The whole site as plain data, built once from the content collections and
 * shared by every page: documents by id, each with its units in document order
 * and its tree. Pure: src/lib/cargar-sitio.ts feeds it from `astro:content`,
 * tests feed it literals.
 */

/** A collection entry as `getCollection` returns it (only what the site reads). */
export interface Entrada<T> {
  id: string;
  data: T;
}

/** One document with its units, indexed for the pages. */
export interface DocumentoSitio {
  /** Collection id, `<institucion>/<documento>` (`imss/uit`). */
  id: string;
  data: DocumentoFrontmatter;
  /** Units in document order (`orden`). */
  unidades: UnidadFrontmatter[];
  porSlug: ReadonlyMap<string, UnidadFrontmatter>;
  /** Children of each unit by the parent's slug; roots under `null`. */
  hijos: ReadonlyMap<string | null, UnidadFrontmatter[]>;
  registro: Registro | null;
}

export interface InstitucionSitio {
  institucion: Institucion;
  /** Its documents, in the order of `ordenFamilias`, then by title. */
  documentos: DocumentoSitio[];
}

export interface Sitio {
  /** Institutions by id, sorted by siglas. */
  instituciones: InstitucionSitio[];
  documentos: ReadonlyMap<string, DocumentoSitio>;
  /** Problems found while indexing (orphan units, duplicate slugs), for the build log. */
  avisos: string[];
}

/** Documents of an institution list manuals first, then the estatuto, then procedures. */
const ordenFamilias: Record<DocumentoFrontmatter['familia'], number> = {
  manual: 0,
  'manual-imss': 0,
  'manual-issste': 0,
  estatuto: 1,
  procedimiento: 2,
};

/** Indexes the collections. Units whose document is missing are reported, not dropped silently. */
export function construirSitio(
  documentos: ReadonlyArray<Entrada<DocumentoFrontmatter>>,
  unidades: ReadonlyArray<Entrada<UnidadFrontmatter>>,
  registros: ReadonlyArray<Entrada<Registro>>,
): Sitio {
  const avisos: string[] = [];
  const unidadesPorDocumento = new Map<string, UnidadFrontmatter[]>();
  for (const { id, data } of unidades) {
    const lista = unidadesPorDocumento.get(data.documento) ?? [];
    lista.push(data);
    unidadesPorDocumento.set(data.documento, lista);
    if (id !== `${data.documento}/${data.unidad}`) {
      avisos.push(`${id}: el archivo no coincide con documento/unidad del frontmatter (${data.documento}/${data.unidad}).`);
    }
  }
  const registroPorDocumento = new Map(registros.map((r) => [r.id, r.data]));

  const porId = new Map<string, DocumentoSitio>();
  for (const { id, data } of documentos) {
    const propias = [...(unidadesPorDocumento.get(id) ?? [])].sort((a, b) => a.orden - b.orden || compararTexto(a.unidad, b.unidad));
    unidadesPorDocumento.delete(id);
    porId.set(id, indexarDocumento(id, data, propias, registroPorDocumento.get(id) ?? null, avisos));
  }
  for (const [documento, huerfanas] of unidadesPorDocumento) {
    avisos.push(`${huerfanas.length} unidades de ${documento} no tienen index.md del documento; no se publican.`);
  }

  const porInstitucion = new Map<string, InstitucionSitio>();
  for (const documento of porId.values()) {
    const { institucion } = documento.data;
    const grupo = porInstitucion.get(institucion.id) ?? { institucion, documentos: [] };
    grupo.documentos.push(documento);
    porInstitucion.set(institucion.id, grupo);
  }
  const instituciones = [...porInstitucion.values()].sort((a, b) => compararTexto(a.institucion.siglas, b.institucion.siglas));
  for (const grupo of instituciones) {
    grupo.documentos.sort(
      (a, b) => ordenFamilias[a.data.familia] - ordenFamilias[b.data.familia] || compararTexto(a.data.tituloCorto, b.data.tituloCorto),
    );
  }
  return { instituciones, documentos: porId, avisos };
}

function indexarDocumento(
  id: string,
  data: DocumentoFrontmatter,
  unidades: UnidadFrontmatter[],
  registro: Registro | null,
  avisos: string[],
): DocumentoSitio {
  const porSlug = new Map<string, UnidadFrontmatter>();
  for (const unidad of unidades) {
    if (porSlug.has(unidad.unidad)) avisos.push(`${id}: slug repetido ${unidad.unidad}; se publica la primera.`);
    else porSlug.set(unidad.unidad, unidad);
  }
  const hijos = new Map<string | null, UnidadFrontmatter[]>();
  for (const unidad of porSlug.values()) {
    let padre = unidad.padre;
    if (padre !== null && !porSlug.has(padre)) {
      avisos.push(`${id}/${unidad.unidad}: su superior ${padre} no existe en el documento; se muestra como raíz.`);
      padre = null;
    }
    const lista = hijos.get(padre) ?? [];
    lista.push(unidad);
    hijos.set(padre, lista);
  }
  return { id, data, unidades: [...porSlug.values()], porSlug, hijos, registro };
}

/** Deterministic, locale-aware comparison (no dependence on the machine's locale). */
export function compararTexto(a: string, b: string): number {
  return a.localeCompare(b, 'es-MX');
}
