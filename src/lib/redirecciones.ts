import type { DocumentoSitio } from './sitio.ts';
import { enlaceUnidad, type EnlaceUnidad } from './arbol.ts';
import type { Rutas } from './urls.ts';

/**
 * URLs that point at units without being their page, each a static redirect
 * page (canonical link, meta refresh, a visible link):
 *
 * - old slugs: registry entries `renombrada`/`suprimida` and each unit's `alias`;
 * - numerals: `/<inst>/<doc>/numeral/8.1.10/` (a numeral printed twice in a
 *   document gets a page listing both instead of a redirect);
 * - estatuto articles that create a unit: `/<inst>/<doc>/articulo/25/`, whose
 *   fragment (`#fraccion-iv`) the redirect carries to the unit page.
 */

export interface RedireccionSlug {
  /** The old slug (URL segment). */
  slug: string;
  /** Where it goes: a unit page, or the document overview. */
  destino: string;
  /** What the visible link says. */
  titulo: string;
  motivo: 'renombrada' | 'suprimida' | 'alias';
}

/** Longest chain of renames followed (A -> B -> C); a registry never needs more. */
const saltosRenombreMax = 20;

export function redireccionesDeSlug(documento: DocumentoSitio, rutas: Rutas): RedireccionSlug[] {
  const salida = new Map<string, RedireccionSlug>();
  const destinoDeRegistro = new Map((documento.registro?.unidades ?? []).map((e) => [e.slug, e]));
  const resolver = (slug: string | null): { destino: string; titulo: string } => {
    let actual = slug;
    for (let salto = 0; actual !== null && salto < saltosRenombreMax; salto++) {
      const unidad = documento.porSlug.get(actual);
      if (unidad) return { destino: rutas.unidad(documento.id, unidad.unidad), titulo: unidad.nombre };
      const entrada = destinoDeRegistro.get(actual);
      actual = entrada && entrada.estado !== 'vigente' ? entrada.destino : null;
    }
    return { destino: rutas.documento(documento.id), titulo: documento.data.tituloCorto };
  };
  for (const entrada of documento.registro?.unidades ?? []) {
    if (entrada.estado === 'vigente' || documento.porSlug.has(entrada.slug)) continue;
    salida.set(entrada.slug, { slug: entrada.slug, motivo: entrada.estado, ...resolver(entrada.destino) });
  }
  for (const unidad of documento.unidades) {
    for (const alias of unidad.alias) {
      if (salida.has(alias) || documento.porSlug.has(alias)) continue;
      salida.set(alias, { slug: alias, motivo: 'alias', destino: rutas.unidad(documento.id, unidad.unidad), titulo: unidad.nombre });
    }
  }
  return [...salida.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

export interface PaginaNumeral {
  numeral: string;
  /** One unit: a redirect; several: a page listing them. */
  unidades: EnlaceUnidad[];
}

/** Numerals that are safe as one URL segment (`8.1.10`, `1.0.1`). */
const numeralSeguro = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;

export function paginasNumeral(documento: DocumentoSitio, rutas: Rutas): PaginaNumeral[] {
  const porNumeral = new Map<string, EnlaceUnidad[]>();
  for (const unidad of documento.unidades) {
    if (!unidad.numeral || !numeralSeguro.test(unidad.numeral)) continue;
    const lista = porNumeral.get(unidad.numeral) ?? [];
    lista.push(enlaceUnidad(documento, unidad, rutas));
    porNumeral.set(unidad.numeral, lista);
  }
  return [...porNumeral].map(([numeral, unidades]) => ({ numeral, unidades }));
}

export interface PaginaArticulo {
  articulo: number;
  /** Where the unit's fracciones carry their article (`articulo-14-`): the redirect puts it before `fraccion-iii`. */
  prefijoFraccion?: string;
  unidad: EnlaceUnidad;
}

export function paginasArticulo(documento: DocumentoSitio, rutas: Rutas): PaginaArticulo[] {
  const vistos = new Set<number>();
  const salida: PaginaArticulo[] = [];
  for (const unidad of documento.unidades) {
    // A unit that several articles give lists to is reached from each; its fracciones are named by article.
    const articulos = unidad.listas ? unidad.listas.map((lista) => lista.articulo) : unidad.articulo === undefined ? [] : [unidad.articulo];
    for (const articulo of articulos) {
      if (vistos.has(articulo)) continue;
      vistos.add(articulo);
      salida.push({ articulo, unidad: enlaceUnidad(documento, unidad, rutas), ...(unidad.listas ? { prefijoFraccion: `articulo-${articulo}-` } : {}) });
    }
  }
  return salida;
}
