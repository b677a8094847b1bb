import type { NotaAlPie, Seccion } from '../../../src/model/index.ts';
import { fechaEnEspanol } from './acuerdo-dof.ts';

/**
 * A document's footnotes (normalize takes them out of the flow) as a section
 * of its overview, each note a paragraph with its mark; and the publication
 * date they often give.
 *
 * > | 1
 * > |     Publicado en el Diario Oficial de la Federación el 17 de noviembre de 2015.
 *       -> section «Notas», paragraph `1 Publicado en el Diario Oficial de la Federación el 17 de noviembre de 2015.`
 */
export function seccionDeNotas(archivo: string, notas: readonly NotaAlPie[]): Seccion | null {
  const [primera] = notas;
  if (!primera) return null;
  const lineas = notas.flatMap((nota) => nota.lineas);
  return {
    numero: null,
    titulo: 'Notas',
    tipo: 'otra',
    bloques: notas.map((nota) => ({ tipo: 'parrafo', texto: `${nota.marca} ${nota.texto}` })),
    fuente: { archivo, desde: Math.min(...lineas), hasta: Math.max(...lineas) },
  };
}

/**
 * The publication date a note or a line gives: `Publicado en el Diario
 * Oficial de la Federación el 17 de noviembre de 2015`, `Reglamento publicado
 * en el Periódico Oficial del Estado de Durango, el domingo 21 de marzo de 2010`.
 */
export function fechaDePublicacion(texto: string): string | null {
  const match = /\bpublicad[oa]\s+en\s+(?:el\s+)?(?:Diario|Peri[óo]dico|Gaceta|Bolet[íi]n)\b.{0,120}?(\d{1,2}\s*[º°o]?\s+de\s+\p{L}+\s+(?:de[l]?\s+)?\d{4})/iu.exec(texto);
  return match?.[1] ? fechaEnEspanol(match[1]) : null;
}
