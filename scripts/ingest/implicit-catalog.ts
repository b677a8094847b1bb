import type { Catalogo, Documento, Line } from '../../src/model/index.ts';
import { enFrase, institucionNombrada } from './constructs/institucion.ts';
import { slug } from './identity.ts';

/** Longest document id taken from a title: enough to tell documents apart in a URL. */
const documentIdLengthMax = 60;
/** The kind of document a title opens with, before `de la`, `del`: `Reglamento Interior`, `Manual de Organización General`. */
const tipoDeDocumento = /^(.+?)\s+(?:de\s+la|de\s+las|de\s+los|del|para\s+el|para\s+la)\s+/iu;

/**
 * The catalog entry of a document that has none (a file dropped in
 * content/sources/, `organica parse` on any file): what the text says. The
 * institution is the one the text names (siglas as the text gives them, or
 * its initials), the id comes from the kind of document, the dates from the
 * text. `organica add` writes it out for the user to correct.
 */
export function implicitCatalog(documento: Documento, archivo: string, lines: readonly Line[] = []): Catalogo {
  const institucion = institucionNombrada(lines, documento.titulo, documento.institucion, documento.unidades.map((unidad) => unidad.nombre));
  const nombre = institucion?.nombre ?? documento.institucion ?? 'Institución sin nombre';
  const siglas = institucion?.siglas ?? nombre;
  const titulo = documento.titulo || `Documento de ${archivo}`;
  const tipo = tipoDeDocumento.exec(titulo)?.[1] ?? titulo;
  const id = slug(tipo).slice(0, documentIdLengthMax).replace(/-+$/, '') || 'documento';
  const fecha = documento.fechas.publicacion ?? documento.fechas.expedicion;
  return {
    id,
    institucion: { id: slug(siglas), nombre, siglas },
    titulo,
    tituloCorto: `${tipoEnFrase(tipo)} (${siglas})`,
    familia: documento.familia,
    archivo,
    edicion: fecha ?? 'sin fecha',
    fechas: { expedicion: documento.fechas.expedicion, publicacion: documento.fechas.publicacion, ultimaModificacion: documento.fechas.modificaciones.at(-1) ?? null },
    fuente: {
      descripcion: `Texto de ${archivo}; entrada de catálogo inferida del texto${institucion?.siglasInferidas ? ' (siglas formadas con las iniciales del nombre)' : ''}.`,
      url: null,
    },
  };
}

/**
 * The inferred entries of every document of one file, in order. A document
 * whose id another of its institution already has, in `otros` or earlier in
 * the file (two manuals in one PDF), gets the next free one
 * (`manual-de-organizacion-2`): each publishes in its own folder.
 */
export function implicitCatalogs(documentos: readonly Documento[], archivo: string, lines: readonly Line[] = [], otros: readonly Catalogo[] = []): Catalogo[] {
  const inferidos: Catalogo[] = [];
  for (const documento of documentos) inferidos.push(sinChoque(implicitCatalog(documento, archivo, lines), [...otros, ...inferidos]));
  return inferidos;
}

function sinChoque(catalogo: Catalogo, otros: readonly Catalogo[]): Catalogo {
  const usados = new Set(otros.filter((otro) => otro.institucion.id === catalogo.institucion.id).map((otro) => otro.id));
  let id = catalogo.id;
  for (let k = 2; usados.has(id); k++) id = `${catalogo.id}-${k}`;
  return id === catalogo.id ? catalogo : { ...catalogo, id };
}

/** `REGLAMENTO INTERIOR` -> `Reglamento Interior`; a title in running case stays as printed. */
function tipoEnFrase(texto: string): string {
  return /\p{Ll}/u.test(texto) ? texto.charAt(0).toLocaleUpperCase('es') + texto.slice(1) : enFrase(texto);
}
