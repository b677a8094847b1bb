import type { Institucion } from '../model/catalogo.ts';

/**
 * schema.org JSON-LD for unit and document pages: each unit a
 * GovernmentOrganization with its superior as parentOrganization (the
 * institution for a root unit) and its sub-units as subOrganization.
 */

interface Organizacion {
  '@type': 'GovernmentOrganization';
  name: string;
  url?: string;
  alternateName?: string;
}

export interface DatosJsonLdUnidad {
  institucion: Institucion;
  /** Absolute URL of the institution page. */
  urlInstitucion: string;
  documento: { titulo: string; url: string };
  unidad: { nombre: string; numeral: string | null; objetivo: string | null; url: string };
  superior: { nombre: string; url: string } | null;
  subunidades: ReadonlyArray<{ nombre: string; url: string }>;
}

function organizacion(nombre: string, url: string): Organizacion {
  return { '@type': 'GovernmentOrganization', name: nombre, url };
}

/** The institution as an organization (no `@context`: callers nest it or add one). */
export function institucionJsonLd(institucion: Institucion, url: string): Organizacion {
  return { ...organizacion(institucion.nombre, url), alternateName: institucion.siglas };
}

export function unidadJsonLd(datos: DatosJsonLdUnidad): Record<string, unknown> {
  const raiz = institucionJsonLd(datos.institucion, datos.urlInstitucion);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${datos.unidad.url}#unidad`,
    name: datos.unidad.nombre,
    url: datos.unidad.url,
    ...(datos.unidad.numeral ? { identifier: datos.unidad.numeral } : {}),
    ...(datos.unidad.objetivo ? { description: datos.unidad.objetivo } : {}),
    parentOrganization: datos.superior ? { ...organizacion(datos.superior.nombre, datos.superior.url), parentOrganization: raiz } : raiz,
    ...(datos.subunidades.length > 0 ? { subOrganization: datos.subunidades.map((s) => organizacion(s.nombre, s.url)) } : {}),
    subjectOf: { '@type': 'CreativeWork', name: datos.documento.titulo, url: datos.documento.url },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped so no text
 * from a manual can close the script element.
 */
export function serializarJsonLd(valor: unknown): string {
  return JSON.stringify(valor).replace(/</g, '\\u003c');
}
