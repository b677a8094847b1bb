import type { UnidadFrontmatter } from '../model/contenido.ts';
import type { Institucion } from '../model/catalogo.ts';
import { apareceTambienEn, type Aparicion, type IndiceNombres } from './aparece.ts';
import {
  ancestrosDe,
  arbolDocumento,
  enlaceUnidad,
  subunidadesDe,
  superiorDe,
  vecinosDe,
  type EnlaceUnidad,
  type NodoArbol,
} from './arbol.ts';
import { busquedaDocumento, busquedaUnidad, type MetadatosBusqueda } from './busqueda.ts';
import { citaUnidadSinUrl, plantillaCitaFuncion } from './cita.ts';
import { fechaDof, fechaLarga } from './fechas.ts';
import { institucionJsonLd, unidadJsonLd } from './jsonld.ts';
import type { DocumentoSitio, InstitucionSitio, Sitio } from './sitio.ts';
import type { Rutas } from './urls.ts';

/**
 * Page data, computed once per page; components only render it. Every field
 * is plain data (strings, arrays), so tests can compare it whole.
 */

/** Site name, last part of every page title. */
export const nombreSitio = 'Orgánica';
/** Separator of page titles: `Unidad · Documento · Orgánica`. */
const separadorTitulo = ' · ';

export interface Miga {
  etiqueta: string;
  url: string;
}

/** The document as the pages name it. */
export interface ResumenDocumento {
  id: string;
  titulo: string;
  tituloCorto: string;
  edicion: string;
  familia: DocumentoSitio['data']['familia'];
  url: string;
  institucion: Institucion;
}

export interface PaginaUnidad {
  /** `<title>`: `Unidad · Documento · Orgánica`. */
  tituloPagina: string;
  /** Meta description. */
  descripcion: string;
  canonica: string;
  unidad: UnidadFrontmatter;
  documento: ResumenDocumento;
  /** Inicio, institution, document, then each superior; the unit itself is not a link. */
  migas: Miga[];
  /** The DOF publication that last modified the unit, where known. */
  modificacion: { fecha: string; nota: string } | null;
  /**
   * Visible citation of the whole unit (works without JavaScript): its text,
   * then its URL, shown apart because without SITE_URL it is a site path that
   * the page script completes with the origin the reader is on.
   */
  cita: { texto: string; url: string };
  /** Template the "Copiar cita" script fills per function (`{n}`, `{url}`). */
  plantillaCita: string;
  anterior: EnlaceUnidad | null;
  siguiente: EnlaceUnidad | null;
  superior: EnlaceUnidad | null;
  subunidades: EnlaceUnidad[];
  apareceEn: Aparicion[];
  /** What the OrgChart component reads: the unit and every unit of its document. */
  organigrama: { unidad: UnidadFrontmatter; unidades: UnidadFrontmatter[] };
  /** Where the text comes from: file and line range (and PDF pages), the document's edition. */
  fuente: { archivo: string; desde: number; hasta: number; paginas?: { desde: number; hasta: number } | undefined; edicion: string; descripcion: string };
  /** Estatuto units: the article alias URL. */
  urlArticulo: string | null;
  /** The heading of the unit's list, as the document names it (`Atribuciones (artículo 12)`, `Funciones del puesto`). */
  tituloFunciones: string;
  /** Lists the unit shares with every unit of its kind, each citing its article in the document. */
  comunes: ListaComunDePagina[];
  jsonLd: Record<string, unknown>;
  busqueda: MetadatosBusqueda;
}

/**
 * A list common to every unit of a kind, or given by reference, as a unit
 * page shows it: each fracción links to its article in the document.
 */
export interface ListaComunDePagina {
  id: string;
  titulo: string;
  articulo: number;
  url: string;
  fracciones: { numero: string; texto: string; url: string }[];
  /** The article that gives it by reference, its sentence and where it is. */
  remision: { articulo: number; frase: string; url: string } | null;
}

export function resumenDocumento(documento: DocumentoSitio, rutas: Rutas): ResumenDocumento {
  const { data } = documento;
  return {
    id: documento.id,
    titulo: data.titulo,
    tituloCorto: data.tituloCorto,
    edicion: data.edicion,
    familia: data.familia,
    url: rutas.documento(documento.id),
    institucion: data.institucion,
  };
}

/** Inicio › IMSS › Manual ...: the trail every page below a document starts with. */
export function migasDocumento(documento: DocumentoSitio, rutas: Rutas): Miga[] {
  const { institucion } = documento.data;
  return [
    { etiqueta: 'Inicio', url: rutas.inicio() },
    { etiqueta: institucion.siglas, url: rutas.institucion(institucion.id) },
    { etiqueta: documento.data.tituloCorto, url: rutas.documento(documento.id) },
  ];
}

/** `7.1.2 Coordinación de ...`, or the name alone. */
export function nombreConNumeral(unidad: Pick<UnidadFrontmatter, 'numeral' | 'nombre'>): string {
  return unidad.numeral ? `${unidad.numeral} ${unidad.nombre}` : unidad.nombre;
}

export function tituloPagina(...partes: string[]): string {
  return [...partes, nombreSitio].join(separadorTitulo);
}

export function paginaUnidad(
  documento: DocumentoSitio,
  unidad: UnidadFrontmatter,
  contexto: { rutas: Rutas; sitio: string | URL | undefined; nombres: IndiceNombres },
): PaginaUnidad {
  const { rutas, sitio, nombres } = contexto;
  const resumen = resumenDocumento(documento, rutas);
  const url = rutas.unidad(documento.id, unidad.unidad);
  const canonica = rutas.publica(url, sitio);
  const superior = superiorDe(documento, unidad);
  const subunidades = subunidadesDe(documento, unidad).map((u) => enlaceUnidad(documento, u, rutas));
  const { anterior, siguiente } = vecinosDe(documento, unidad);
  const enlace = (u: UnidadFrontmatter | null) => (u ? enlaceUnidad(documento, u, rutas) : null);
  const publica = (r: string) => rutas.publica(r, sitio);
  const citado = { tituloCorto: resumen.tituloCorto, edicion: resumen.edicion };

  return {
    tituloPagina: tituloPagina(unidad.nombre, resumen.tituloCorto),
    descripcion: descripcionUnidad(unidad, resumen),
    canonica,
    unidad,
    documento: resumen,
    migas: [
      ...migasDocumento(documento, rutas),
      ...ancestrosDe(documento, unidad).map((u) => ({ etiqueta: u.nombre, url: rutas.unidad(documento.id, u.unidad) })),
    ],
    modificacion: unidad.modificacion ? { fecha: fechaDof(unidad.modificacion.publicacion), nota: unidad.modificacion.nota } : null,
    cita: { texto: citaUnidadSinUrl(citado, unidad), url: canonica },
    plantillaCita: plantillaCitaFuncion(citado, unidad),
    anterior: enlace(anterior),
    siguiente: enlace(siguiente),
    superior: enlace(superior),
    subunidades,
    apareceEn: apareceTambienEn(nombres, documento, unidad, rutas),
    organigrama: { unidad, unidades: documento.unidades },
    fuente: { ...unidad.fuente, edicion: resumen.edicion, descripcion: documento.data.fuente.descripcion },
    urlArticulo: unidad.articulo === undefined ? null : rutas.articulo(documento.id, unidad.articulo),
    tituloFunciones: tituloFunciones(unidad),
    comunes: (unidad.comunes ?? []).map((lista) => {
      const articulo = `${resumen.url}#articulo-${lista.articulo}`;
      return {
        id: `comunes-articulo-${lista.articulo}`,
        titulo: `${lista.rotulo}${lista.remision || /\b(?:comun|comunes|general|generales|gen[ée]ricas?)\b/iu.test(lista.rotulo) ? '' : ' comunes'} (artículo ${lista.articulo})`,
        articulo: lista.articulo,
        url: articulo,
        remision: lista.remision ? { ...lista.remision, url: `${resumen.url}#articulo-${lista.remision.articulo}` } : null,
        fracciones: lista.fracciones.map((fraccion) => ({ ...fraccion, url: `${articulo}-fraccion-${fraccion.numero.toLowerCase()}` })),
      };
    }),
    jsonLd: unidadJsonLd({
      institucion: resumen.institucion,
      urlInstitucion: publica(rutas.institucion(resumen.institucion.id)),
      documento: { titulo: resumen.titulo, url: publica(resumen.url) },
      unidad: { nombre: unidad.nombre, numeral: unidad.numeral, objetivo: unidad.objetivo, url: canonica },
      superior: superior ? { nombre: superior.nombre, url: publica(rutas.unidad(documento.id, superior.unidad)) } : null,
      subunidades: subunidades.map((s) => ({ nombre: s.nombre, url: publica(s.url) })),
    }),
    busqueda: busquedaUnidad({ siglas: resumen.institucion.siglas, tituloCorto: resumen.tituloCorto }, unidad),
  };
}

/**
 * The heading of a unit's list: the name the document gives it, with its
 * article when one article gives it (several articles head their own lists).
 */
function tituloFunciones(unidad: UnidadFrontmatter): string {
  const rotulo = unidad.rotulo ?? (unidad.articulo === undefined ? 'Funciones' : 'Facultades y atribuciones');
  return unidad.articulo !== undefined && !unidad.listas ? `${rotulo} (artículo ${unidad.articulo})` : rotulo;
}

/** Longest meta description; search engines cut longer ones anyway. */
const descripcionMax = 200;

function descripcionUnidad(unidad: UnidadFrontmatter, documento: ResumenDocumento): string {
  const base = unidad.objetivo ?? `${unidad.tipo} del ${documento.tituloCorto}: ${unidad.totalFunciones} funciones.`;
  return base.length <= descripcionMax ? base : `${base.slice(0, descripcionMax - 1).replace(/\s+\S*$/, '')}…`;
}

export interface FechaDocumento {
  etiqueta: string;
  valor: string;
}

export interface PaginaDocumento {
  tituloPagina: string;
  descripcion: string;
  canonica: string;
  documento: ResumenDocumento;
  migas: Miga[];
  fechas: FechaDocumento[];
  /** Amendments: DOF dates, oldest first. */
  modificaciones: string[];
  arbol: NodoArbol[];
  totalUnidades: number;
  totalFunciones: number;
  busqueda: MetadatosBusqueda;
  jsonLd: Record<string, unknown>;
}

export function paginaDocumento(documento: DocumentoSitio, contexto: { rutas: Rutas; sitio: string | URL | undefined }): PaginaDocumento {
  const { rutas, sitio } = contexto;
  const { data } = documento;
  const resumen = resumenDocumento(documento, rutas);
  const canonica = rutas.publica(resumen.url, sitio);
  const fechas: FechaDocumento[] = [];
  if (data.fechas.expedicion) fechas.push({ etiqueta: 'Expedición', valor: fechaLarga(data.fechas.expedicion) });
  if (data.fechas.publicacion) fechas.push({ etiqueta: 'Publicación', valor: fechaLarga(data.fechas.publicacion) });
  if (data.fechas.ultimaModificacion) {
    fechas.push({ etiqueta: 'Última modificación', valor: fechaLarga(data.fechas.ultimaModificacion) });
  }
  return {
    tituloPagina: tituloPagina(data.tituloCorto),
    descripcion: `${data.titulo}, ${data.edicion}: estructura orgánica, objetivos y funciones de ${documento.unidades.length} unidades.`,
    canonica,
    documento: resumen,
    migas: migasDocumento(documento, rutas).slice(0, 2),
    fechas,
    modificaciones: data.modificaciones.map(fechaDof),
    arbol: arbolDocumento(documento, rutas),
    totalUnidades: documento.unidades.length,
    totalFunciones: documento.unidades.reduce((suma, u) => suma + u.totalFunciones, 0),
    busqueda: busquedaDocumento({ siglas: data.institucion.siglas, tituloCorto: data.tituloCorto, titulo: data.titulo }),
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      name: data.titulo,
      url: canonica,
      inLanguage: 'es-MX',
      publisher: institucionJsonLd(data.institucion, rutas.publica(rutas.institucion(data.institucion.id), sitio)),
    },
  };
}

/** A document as the home and institution pages list it. */
export interface DocumentoListado extends ResumenDocumento {
  totalUnidades: number;
  totalFunciones: number;
  totalActividades: number;
}

export interface InstitucionListada {
  id: string;
  nombre: string;
  siglas: string;
  url: string;
  documentos: DocumentoListado[];
}

export interface PaginaInicio {
  tituloPagina: string;
  descripcion: string;
  canonica: string;
  instituciones: InstitucionListada[];
  totalUnidades: number;
}

export function documentoListado(documento: DocumentoSitio, rutas: Rutas): DocumentoListado {
  return {
    ...resumenDocumento(documento, rutas),
    totalUnidades: documento.unidades.length,
    totalFunciones: documento.unidades.reduce((suma, u) => suma + u.totalFunciones, 0),
    totalActividades: documento.data.procedimiento?.actividades.length ?? 0,
  };
}

export function institucionListada(grupo: InstitucionSitio, rutas: Rutas): InstitucionListada {
  return {
    id: grupo.institucion.id,
    nombre: grupo.institucion.nombre,
    siglas: grupo.institucion.siglas,
    url: rutas.institucion(grupo.institucion.id),
    documentos: grupo.documentos.map((d) => documentoListado(d, rutas)),
  };
}

export function resumenInicio(sitio: Sitio, contexto: { rutas: Rutas; sitio: string | URL | undefined }): PaginaInicio {
  const instituciones = sitio.instituciones.map((g) => institucionListada(g, contexto.rutas));
  return {
    tituloPagina: nombreSitio,
    descripcion: 'Manuales de organización de instituciones públicas mexicanas: unidades, objetivos y funciones citables.',
    canonica: contexto.rutas.publica(contexto.rutas.inicio(), contexto.sitio),
    instituciones,
    totalUnidades: instituciones.reduce((s, i) => s + i.documentos.reduce((t, d) => t + d.totalUnidades, 0), 0),
  };
}
