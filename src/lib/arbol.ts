import type { UnidadFrontmatter } from '../model/contenido.ts';
import type { DocumentoSitio } from './sitio.ts';
import type { Rutas } from './urls.ts';

/**
 * The unit tree of a document: superiors, sub-units, document order. Pure
 * functions over a DocumentoSitio; every result carries URLs made by `Rutas`.
 */

/** A link to a unit, as lists and the org chart show it. */
export interface EnlaceUnidad {
  slug: string;
  numeral: string | null;
  nombre: string;
  tipo: string;
  url: string;
}

/** A unit in the nested tree of a document overview. */
export interface NodoArbol extends EnlaceUnidad {
  totalFunciones: number;
  hijos: NodoArbol[];
}

export function enlaceUnidad(documento: DocumentoSitio, unidad: UnidadFrontmatter, rutas: Rutas): EnlaceUnidad {
  return {
    slug: unidad.unidad,
    numeral: unidad.numeral,
    nombre: unidad.nombre,
    tipo: unidad.tipo,
    url: rutas.unidad(documento.id, unidad.unidad),
  };
}

/** The unit's superior, or null for a root (or a unit whose superior is missing). */
export function superiorDe(documento: DocumentoSitio, unidad: UnidadFrontmatter): UnidadFrontmatter | null {
  return unidad.padre === null ? null : (documento.porSlug.get(unidad.padre) ?? null);
}

/** Superiors from the root down to the direct superior (not the unit itself). Stops on a cycle. */
export function ancestrosDe(documento: DocumentoSitio, unidad: UnidadFrontmatter): UnidadFrontmatter[] {
  const cadena: UnidadFrontmatter[] = [];
  const vistos = new Set([unidad.unidad]);
  for (let actual = superiorDe(documento, unidad); actual && !vistos.has(actual.unidad); actual = superiorDe(documento, actual)) {
    vistos.add(actual.unidad);
    cadena.unshift(actual);
  }
  return cadena;
}

/** Direct sub-units in document order. */
export function subunidadesDe(documento: DocumentoSitio, unidad: UnidadFrontmatter): UnidadFrontmatter[] {
  return documento.hijos.get(unidad.unidad) ?? [];
}

/** The units before and after this one in document order. */
export function vecinosDe(
  documento: DocumentoSitio,
  unidad: UnidadFrontmatter,
): { anterior: UnidadFrontmatter | null; siguiente: UnidadFrontmatter | null } {
  const i = documento.unidades.findIndex((u) => u.unidad === unidad.unidad);
  return {
    anterior: i > 0 ? (documento.unidades[i - 1] ?? null) : null,
    siguiente: i >= 0 ? (documento.unidades[i + 1] ?? null) : null,
  };
}

/** The whole tree of a document, roots first, children in document order. */
export function arbolDocumento(documento: DocumentoSitio, rutas: Rutas): NodoArbol[] {
  const vistos = new Set<string>();
  const nodo = (unidad: UnidadFrontmatter): NodoArbol => {
    vistos.add(unidad.unidad);
    return {
      ...enlaceUnidad(documento, unidad, rutas),
      totalFunciones: unidad.totalFunciones,
      hijos: subunidadesDe(documento, unidad)
        .filter((hijo) => !vistos.has(hijo.unidad))
        .map(nodo),
    };
  };
  return (documento.hijos.get(null) ?? []).map(nodo);
}
