import type { UnidadFrontmatter } from '../model/contenido.ts';
import type { DocumentoSitio, Sitio } from './sitio.ts';
import { normalizarNombre } from './texto.ts';
import type { Rutas } from './urls.ts';

/**
 * "Aparece también en": the same unit described by another document of the
 * same institution, e.g. the Unidad de Integridad y Transparencia, numeral
 * 8.1.1 of the MOIMSS and 7.1 of its own manual. Two units are the same when
 * their names match ignoring accents and case; only across documents of one
 * institution, since generic names (Dirección General) repeat across
 * institutions with different meanings.
 */

export interface Aparicion {
  documentoId: string;
  /** Short title of the other document. */
  documento: string;
  numeral: string | null;
  articulo: number | null;
  nombre: string;
  url: string;
}

/** Units by institution and normalized name, built once for the whole site. */
export type IndiceNombres = ReadonlyMap<string, ReadonlyArray<{ documento: DocumentoSitio; unidad: UnidadFrontmatter }>>;

function clave(institucion: string, nombre: string): string {
  return `${institucion}\u0000${normalizarNombre(nombre)}`;
}

export function indexarNombres(sitio: Sitio): IndiceNombres {
  const indice = new Map<string, Array<{ documento: DocumentoSitio; unidad: UnidadFrontmatter }>>();
  for (const { documentos } of sitio.instituciones) {
    for (const documento of documentos) {
      for (const unidad of documento.unidades) {
        const k = clave(documento.data.institucion.id, unidad.nombre);
        const lista = indice.get(k) ?? [];
        lista.push({ documento, unidad });
        indice.set(k, lista);
      }
    }
  }
  return indice;
}

/** Where else the unit appears, in site order of documents; never the same document. */
export function apareceTambienEn(
  indice: IndiceNombres,
  documento: DocumentoSitio,
  unidad: UnidadFrontmatter,
  rutas: Rutas,
): Aparicion[] {
  const candidatos = indice.get(clave(documento.data.institucion.id, unidad.nombre)) ?? [];
  return candidatos
    .filter((c) => c.documento.id !== documento.id)
    .map((c) => ({
      documentoId: c.documento.id,
      documento: c.documento.data.tituloCorto,
      numeral: c.unidad.numeral,
      articulo: c.unidad.articulo ?? null,
      nombre: c.unidad.nombre,
      url: rutas.unidad(c.documento.id, c.unidad.unidad),
    }));
}
