import type { Catalogo, Documento } from '../../src/model/index.ts';
import { slug } from './identity.ts';

/** Institutions whose names the ingest knows, to name documents that have no catalog entry. */
const knownInstitutions = [
  { siglas: 'IMSS-BIENESTAR', pattern: /para el Bienestar/i, nombre: 'Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar' },
  { siglas: 'IMSS', pattern: /Instituto Mexicano del Seguro Social|\bIMSS\b/i, nombre: 'Instituto Mexicano del Seguro Social' },
  { siglas: 'ISSSTE', pattern: /Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado|\bISSSTE\b/i, nombre: 'Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado' },
] as const;

/** Longest document id taken from a title: enough to tell documents apart in a URL. */
const documentIdLengthMax = 60;

/**
 * The catalog entry of a document that has none (`organica parse` on any
 * file): what the text says, ids made from its title and institution.
 */
export function implicitCatalog(documento: Documento, archivo: string): Catalogo {
  const text = `${documento.institucion ?? ''} ${documento.titulo}`;
  const known = knownInstitutions.find((institution) => institution.pattern.test(text));
  const nombre = known?.nombre ?? documento.institucion ?? 'Institución sin nombre';
  const siglas = known?.siglas ?? nombre;
  const id = slug(documento.titulo).slice(0, documentIdLengthMax).replace(/-+$/, '') || 'documento';
  return {
    id,
    institucion: { id: slug(siglas), nombre, siglas },
    titulo: documento.titulo,
    tituloCorto: documento.titulo,
    familia: documento.familia,
    archivo,
    edicion: documento.fechas.publicacion ?? documento.fechas.expedicion ?? 'sin fecha',
    fechas: { expedicion: documento.fechas.expedicion, publicacion: documento.fechas.publicacion, ultimaModificacion: documento.fechas.modificaciones.at(-1) ?? null },
    fuente: { descripcion: `Texto de ${archivo}`, url: null },
  };
}
