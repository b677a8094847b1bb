/**
 * What Pagefind reads from each page (the charts & search helper indexes it):
 * filters `institucion`, `documento`, `tipo` (`data-pagefind-filter`), and
 * meta (`data-pagefind-meta`). Filter keys are ASCII; the search page labels
 * them in Spanish.
 */

export interface MetadatosBusqueda {
  /** Filter name -> value, one `<meta data-pagefind-filter>` each. */
  filtros: Record<string, string>;
  /** Meta name -> value, one `<meta data-pagefind-meta>` each. */
  meta: Record<string, string>;
}

/** Filter keys and their labels on the search page. */
export const filtrosBusqueda = [
  { clave: 'institucion', etiqueta: 'Institución' },
  { clave: 'documento', etiqueta: 'Documento' },
  { clave: 'tipo', etiqueta: 'Tipo de unidad' },
] as const;

export function busquedaUnidad(
  documento: { siglas: string; tituloCorto: string },
  unidad: { nombre: string; numeral: string | null; tipo: string; articulo?: number | undefined },
): MetadatosBusqueda {
  const prefijo = unidad.numeral ?? (unidad.articulo === undefined ? '' : `Artículo ${unidad.articulo}`);
  return {
    filtros: { institucion: documento.siglas, documento: documento.tituloCorto, tipo: unidad.tipo },
    meta: {
      title: prefijo ? `${prefijo} ${unidad.nombre}` : unidad.nombre,
      documento: documento.tituloCorto,
      ...(unidad.numeral ? { numeral: unidad.numeral } : {}),
    },
  };
}

export function busquedaDocumento(documento: { siglas: string; tituloCorto: string; titulo: string }): MetadatosBusqueda {
  return {
    filtros: { institucion: documento.siglas, documento: documento.tituloCorto },
    meta: { title: documento.titulo, documento: documento.tituloCorto },
  };
}
