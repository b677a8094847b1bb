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

/**
 * What a redirect page says (src/components/Redireccion.astro's props), with
 * the page's own path: every redirect page of the site, whichever route
 * makes it. Shared by the routes (src/pages) and by the integration that
 * writes them without rendering each one (src/integrations/redirecciones.ts).
 */
export interface PaginaRedireccion {
  /** Which route makes it: its own template page (`plantillasDeRedireccion`). */
  tipo: TipoDeRedireccion;
  /** The page's path under the output folder, no base path: `imss/uit/numeral/7.1.1/`. */
  ruta: string;
  /** Site path of the destination (base included). */
  destino: string;
  /** What the visible link says. */
  titulo: string;
  /** Why this URL moved, one sentence. */
  motivo: string;
  /** Put before a `#fraccion-…` fragment on the way (estatuto articles whose unit names fracciones by article). */
  prefijoFraccion?: string;
}

const motivosDeSlug = {
  renombrada: 'Esta unidad cambió de nombre; su dirección anterior lleva a la nueva.',
  suprimida: 'Esta unidad ya no aparece en el documento; su dirección lleva al documento.',
  alias: 'Esta es una dirección anterior de la unidad.',
} as const;

/** The redirect page of an old slug of `documento`. */
export function paginaDeSlug(documento: DocumentoSitio, r: RedireccionSlug): PaginaRedireccion {
  return { tipo: 'slug', ruta: `${documento.id}/${r.slug}/`, destino: r.destino, titulo: r.titulo, motivo: motivosDeSlug[r.motivo] };
}

/** The redirect page of a numeral printed for one unit only (`unidades.length === 1`). */
export function paginaDeNumeral(documento: DocumentoSitio, pagina: PaginaNumeral & { unidades: [EnlaceUnidad] }): PaginaRedireccion {
  const [unica] = pagina.unidades;
  return {
    tipo: 'numeral',
    ruta: `${documento.id}/numeral/${pagina.numeral}/`,
    destino: unica.url,
    titulo: `${unica.numeral} ${unica.nombre}`,
    motivo: `El numeral ${pagina.numeral} del ${documento.data.tituloCorto} corresponde a esta unidad.`,
  };
}

/** The redirect page of an estatuto article that creates a unit. */
export function paginaDeArticulo(documento: DocumentoSitio, pagina: PaginaArticulo): PaginaRedireccion {
  return {
    tipo: 'articulo',
    ruta: `${documento.id}/articulo/${pagina.articulo}/`,
    destino: pagina.unidad.url,
    titulo: pagina.unidad.nombre,
    motivo: `El artículo ${pagina.articulo} del ${documento.data.tituloCorto} da sus facultades y atribuciones a esta unidad.`,
    ...(pagina.prefijoFraccion !== undefined ? { prefijoFraccion: pagina.prefijoFraccion } : {}),
  };
}

/** A numeral page that is a redirect (one unit), not a list. */
export function esRedireccion(pagina: PaginaNumeral): pagina is PaginaNumeral & { unidades: [EnlaceUnidad] } {
  return pagina.unidades.length === 1;
}

/** Every redirect page of the documents: old slugs, numerals of one unit, articles. */
export function paginasDeRedireccion(documentos: Iterable<DocumentoSitio>, rutas: Rutas): PaginaRedireccion[] {
  return [...documentos].flatMap((documento) => [
    ...redireccionesDeSlug(documento, rutas).map((r) => paginaDeSlug(documento, r)),
    ...paginasNumeral(documento, rutas).filter(esRedireccion).map((p) => paginaDeNumeral(documento, p)),
    ...paginasArticulo(documento, rutas).map((p) => paginaDeArticulo(documento, p)),
  ]);
}

export type TipoDeRedireccion = 'slug' | 'numeral' | 'articulo';

/**
 * Where each route renders its redirect page with marks for its values
 * (src/lib/plantilla-redireccion.ts) when the pages are written apart: a
 * path of the route's own shape under an institution no content has, so
 * the page links exactly the stylesheets that route's pages link. The
 * integration removes the folder once the pages are written.
 */
export const plantillasDeRedireccion = {
  institucion: 'organica-plantilla',
  documento: 'redireccion',
  /** The last segment of each route's template path. */
  segmento: 'plantilla',
} as const;

export function rutaDePlantilla(tipo: TipoDeRedireccion): string {
  const { institucion, documento, segmento } = plantillasDeRedireccion;
  return tipo === 'slug' ? `${institucion}/${documento}/${segmento}/` : `${institucion}/${documento}/${tipo}/${segmento}/`;
}

/**
 * Whether this build writes the redirect pages itself instead of rendering
 * each through Astro (src/integrations/redirecciones.ts sets it in a build,
 * unless ORGANICA_REDIRECCIONES=astro): the routes then leave them out.
 */
export function redireccionesAparte(): boolean {
  return process.env['ORGANICA_REDIRECCIONES_APARTE'] === '1';
}
