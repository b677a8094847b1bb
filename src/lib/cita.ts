import type { UnidadFrontmatter } from '../model/contenido.ts';
import { aRomano } from './texto.ts';

/**
 * Formal citations of a unit and of one of its functions:
 *
 *   Manual de Organización General del ISSSTE (DOF 30-12-2010, última
 *   modificación DOF 11-07-2018), numeral 1.2.1 Jefatura de Servicios de
 *   Incorporación y Vigencia de Derechos, función 3. https://.../#funcion-3
 *
 * An estatuto unit is cited by article and fracción:
 *
 *   Estatuto Orgánico de IMSS-BIENESTAR (DOF), artículo 25, fracción IV
 *   (Unidad de Atención a la Salud). https://.../#funcion-4
 *
 * The page carries a template with two placeholders (`{n}`: the function's
 * label, `{url}`: its URL) so the "Copiar cita" script fills it for any
 * function without repeating the citation on every list item.
 */

/** Placeholder for the function's label (`3`, or `IV` for a fracción). */
export const marcaNumero = '{n}';
/** Placeholder for the function's absolute URL. */
export const marcaUrl = '{url}';

/** What a citation names of the document. */
export interface DocumentoCitado {
  tituloCorto: string;
  edicion: string;
}

type UnidadCitada = Pick<UnidadFrontmatter, 'numeral' | 'nombre' | 'articulo' | 'numeracion'> & Partial<Pick<UnidadFrontmatter, 'numeros' | 'listas'>>;

/** `numeral 1.2.1 Jefatura ...`, `artículo 25 (Unidad ...)` or just the name. */
function ubicacion(unidad: UnidadCitada): { antes: string; despues: string } {
  if (unidad.articulo !== undefined) return { antes: `artículo ${unidad.articulo}`, despues: ` (${unidad.nombre})` };
  if (unidad.numeral) return { antes: `numeral ${unidad.numeral} ${unidad.nombre}`, despues: '' };
  return { antes: unidad.nombre, despues: '' };
}

function encabezado(documento: DocumentoCitado): string {
  return documento.edicion ? `${documento.tituloCorto} (${documento.edicion})` : documento.tituloCorto;
}

/** Citation of the whole unit up to its URL (the page shows the URL apart, to complete it). */
export function citaUnidadSinUrl(documento: DocumentoCitado, unidad: UnidadCitada): string {
  const { antes, despues } = ubicacion(unidad);
  return `${encabezado(documento)}, ${antes}${despues}.`;
}

/** Citation of the whole unit, with its URL. */
export function citaUnidad(documento: DocumentoCitado, unidad: UnidadCitada, url: string): string {
  return `${citaUnidadSinUrl(documento, unidad)} ${url}`;
}

/**
 * The citation template of the unit's functions, with `{n}` and `{url}` to
 * fill. A unit whose lists come from several articles is cited by the
 * function's own article: `{n}` is then `artículo 14, fracción III`.
 */
export function plantillaCitaFuncion(documento: DocumentoCitado, unidad: UnidadCitada): string {
  if (unidad.listas) return `${encabezado(documento)}, ${marcaNumero} (${unidad.nombre}). ${marcaUrl}`;
  const { antes, despues } = ubicacion(unidad);
  const palabra = unidad.numeracion === 'romana' ? 'fracción' : 'función';
  return `${encabezado(documento)}, ${antes}, ${palabra} ${marcaNumero}${despues}. ${marcaUrl}`;
}

/** The label a function shows: as printed where the unit keeps it (`XI`, `a`), else `3`, or `IV` when the unit numbers fracciones. */
export function etiquetaFuncion(n: number, numeracion: UnidadFrontmatter['numeracion'], numeros?: readonly string[]): string {
  return numeros?.[n - 1] ?? (numeracion === 'romana' ? aRomano(n) : String(n));
}

/** The article that gives function `n` of a unit with several lists, or the unit's own. */
export function articuloDeFuncion(n: number, unidad: Pick<UnidadFrontmatter, 'articulo' | 'listas'>): number | undefined {
  return unidad.listas?.filter((lista) => lista.desde <= n).at(-1)?.articulo ?? unidad.articulo;
}

/** What `{n}` of the template becomes for function `n`: its label, or `artículo 14, fracción III` for a unit with several lists. */
export function etiquetaCitable(n: number, unidad: UnidadCitada): string {
  const etiqueta = etiquetaFuncion(n, unidad.numeracion, unidad.numeros);
  return unidad.listas ? `artículo ${articuloDeFuncion(n, unidad)}, fracción ${etiqueta}` : etiqueta;
}

/** Fills a template: the same code the page script runs (src/scripts/copiar-cita.ts). */
export function llenarPlantilla(plantilla: string, etiqueta: string, url: string): string {
  return plantilla.split(marcaNumero).join(etiqueta).split(marcaUrl).join(url);
}

/** Citation of function `n`; `urlUnidad` is the unit's absolute URL. */
export function citaFuncion(documento: DocumentoCitado, unidad: UnidadCitada, n: number, urlUnidad: string): string {
  return llenarPlantilla(
    plantillaCitaFuncion(documento, unidad),
    etiquetaCitable(n, unidad),
    `${urlUnidad}#${anclaFuncion(n)}`,
  );
}

/** `funcion-3`: the anchor of a function, the promise to readers who cite. */
export function anclaFuncion(n: number): string {
  return `funcion-${n}`;
}

/**
 * `fraccion-iv`: the alias anchor of a fracción, by its printed numeral; of
 * a unit with several lists, `articulo-14-fraccion-iii` (each list has its I).
 */
export function anclaFraccion(etiqueta: string, articulo?: number): string {
  const fraccion = `fraccion-${etiqueta.toLowerCase()}`;
  return articulo === undefined ? fraccion : `articulo-${articulo}-${fraccion}`;
}
