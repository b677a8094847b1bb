import type { Referencia } from '../model/procedimiento.ts';
import { anclaFuncion } from './cita.ts';
import type { DocumentoSitio, Sitio } from './sitio.ts';
import { normalizarNombre } from './texto.ts';
import type { Rutas } from './urls.ts';

/**
 * A procedure's base normativa cites manuals by title and numeral, and the
 * numeral's functions by ordinal (`subnumerales primero y cuarto` = functions
 * 1 and 4). When the cited manual is on the site, the reference links to the
 * unit and to each function cited.
 *
 * > | Numeral 8.1.1, subnumerales primero y cuarto del Manual de Organización del Instituto Mexicano del Seguro Social
 *     -> /imss/moimss/unidad-de-integridad-y-transparencia/ #funcion-1 #funcion-4
 */

export interface EnlaceReferencia {
  documento: { titulo: string; url: string };
  unidad: { numeral: string; nombre: string; url: string } | null;
  funciones: Array<{ n: number; url: string }>;
}

/** The site document a reference names: same title ignoring accents and case, within the institution first. */
export function documentoCitado(sitio: Sitio, titulo: string, institucion: string | null): DocumentoSitio | null {
  const buscado = normalizarNombre(titulo);
  const candidatos = [...sitio.documentos.values()].filter((d) => normalizarNombre(d.data.titulo) === buscado);
  return candidatos.find((d) => d.data.institucion.id === institucion) ?? candidatos[0] ?? null;
}

export function enlaceReferencia(
  sitio: Sitio,
  referencia: Pick<Referencia, 'documento' | 'numeral' | 'subnumerales'>,
  institucion: string | null,
  rutas: Rutas,
): EnlaceReferencia | null {
  const documento = documentoCitado(sitio, referencia.documento, institucion);
  if (!documento) return null;
  const unidad = referencia.numeral ? documento.unidades.find((u) => u.numeral === referencia.numeral) : undefined;
  const url = unidad ? rutas.unidad(documento.id, unidad.unidad) : null;
  return {
    documento: { titulo: documento.data.tituloCorto, url: rutas.documento(documento.id) },
    unidad: unidad && url ? { numeral: referencia.numeral!, nombre: unidad.nombre, url } : null,
    funciones:
      unidad && url
        ? referencia.subnumerales
            .map(Number)
            .filter((n) => Number.isInteger(n) && n >= 1 && n <= unidad.totalFunciones)
            .map((n) => ({ n, url: `${url}#${anclaFuncion(n)}` }))
        : [],
  };
}
