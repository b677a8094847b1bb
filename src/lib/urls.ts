/**
 * Every URL the site writes, in one place, so the whole site can move under a
 * base path (`BASE_PATH=/manuales/`). Paths always end in `/` (trailingSlash:
 * 'always', build.format: 'directory').
 *
 * Pages import `rutas` (built from `import.meta.env.BASE_URL`); tests and
 * scripts call `crearRutas(base)` with the base they need.
 */

/** The site's URL helpers for one base path. */
export interface Rutas {
  /** The base path, always starting and ending with `/` (`/`, `/manuales/`). */
  readonly base: string;
  /** Home page. */
  inicio(): string;
  /** Any site path (`pagefind/`, `datos/index.json`) under the base. */
  ruta(relativa: string): string;
  /** `/imss/` */
  institucion(id: string): string;
  /** Overview of a document, by its collection id `imss/uit`: `/imss/uit/`. */
  documento(documentoId: string): string;
  /** `/imss/uit/coordinacion-de-transparencia/` */
  unidad(documentoId: string, slug: string): string;
  /** Citation alias by numeral: `/imss/moimss/numeral/8.1.10/`. */
  numeral(documentoId: string, numeral: string): string;
  /** Estatuto alias by article: `/imss-bienestar/estatuto/articulo/25/`. */
  articulo(documentoId: string, articulo: number): string;
  /** Search page. */
  buscar(): string;
  /**
   * The URL a page gives for a site path where it names itself to others
   * (canonical link, JSON-LD, citation): absolute under the origin it was
   * built for (`origenPublicado`), the path itself when it was given none.
   */
  publica(ruta: string, sitio: string | URL | undefined): string;
}

/** `manuales`, `/manuales`, `/manuales/` -> `/manuales/`; empty -> `/`. */
export function normalizarBase(base: string): string {
  const limpio = base.trim().replace(/^\/+|\/+$/g, '');
  return limpio === '' ? '/' : `/${limpio}/`;
}

/** Builds the URL helpers for a base path. */
export function crearRutas(baseCruda: string): Rutas {
  const base = normalizarBase(baseCruda);
  const ruta = (relativa: string): string => base + relativa.replace(/^\/+/, '');
  const carpeta = (...segmentos: string[]): string => ruta(segmentos.map(limpiarSegmento).join('/') + '/');
  return {
    base,
    inicio: () => base,
    ruta,
    institucion: (id) => carpeta(id),
    documento: (documentoId) => carpeta(documentoId),
    unidad: (documentoId, slug) => carpeta(documentoId, slug),
    numeral: (documentoId, numeral) => carpeta(documentoId, 'numeral', numeral),
    articulo: (documentoId, articulo) => carpeta(documentoId, 'articulo', String(articulo)),
    buscar: () => carpeta('buscar'),
    publica: (r, sitio) => (sitio === undefined ? r : new URL(r, sitio).href),
  };
}

/**
 * The origin the site is published at, from SITE_URL (`https://manuales.ejemplo.gob.mx`).
 * Unset or empty gives none, and then no page names a host: a default such as
 * localhost would end up in every canonical link and citation of a production
 * build made without it. Anything but an http(s) URL is an error.
 */
export function origenPublicado(valor: string | undefined): URL | undefined {
  const limpio = valor?.trim();
  if (!limpio) return undefined;
  const url = URL.parse(limpio);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`SITE_URL=«${valor}» no es el origen de un sitio; se espera una URL http(s) como https://manuales.ejemplo.gob.mx`);
  }
  return url;
}

/** Drops stray slashes so `documento('imss/uit/')` and `documento('imss/uit')` agree. */
function limpiarSegmento(segmento: string): string {
  return segmento.replace(/^\/+|\/+$/g, '');
}

/**
 * The helpers for this build. Vite replaces `import.meta.env` (Astro, Vitest)
 * with the build's values, so it must be written literally; plain Node
 * scripts (type stripping, no Vite) have no `import.meta.env` and get the
 * root base.
 */
const entorno = import.meta.env as { BASE_URL?: string } | undefined;
export const rutas: Rutas = crearRutas(entorno?.BASE_URL ?? '/');
