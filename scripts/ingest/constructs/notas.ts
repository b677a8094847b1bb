import type { NotaAlPie, Seccion } from '../../../src/model/index.ts';
import { fechaEnEspanol } from './fechas.ts';

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
 * en el Periódico Oficial del Estado, el domingo 21 de marzo de 2010`.
 */
function fechaDePublicacion(texto: string): string | null {
  const match = /\bpublicad[oa]\s+en\s+(?:el\s+)?(?:Diario|Peri[óo]dico|Gaceta|Bolet[íi]n)\b.{0,120}?(\d{1,2}\s*[º°o]?\s+de\s+\p{L}+\s+(?:de[l]?\s+)?\d{4})/iu.exec(texto);
  return match?.[1] ? fechaEnEspanol(match[1]) : null;
}

/** A date in a gazette's running header: `miércoles 22 de junio de 2022   Periódico Oficial No. 230`. */
export function fechaDeEncabezado(encabezados: readonly string[]): string | null {
  for (const texto of encabezados) {
    if (!/\b(?:Diario|Peri[óo]dico|Gaceta|Bolet[íi]n)\s+Oficial\b/iu.test(texto)) continue;
    const fecha = fechaEnEspanol(texto);
    if (fecha) return fecha;
  }
  return null;
}

/**
 * The date of a document's last reform where the text states it:
 * `ÚLTIMA REFORMA PUBLICADA EN EL PERIÓDICO OFICIAL: 23 DE ENERO DE 2004`.
 */
export function fechaDeUltimaReforma(texto: string): string | null {
  const match = /\b[úu]ltima\s+reforma\b.{0,80}?(\d{1,2}\s*[º°o]?\s+de\s+\p{L}+\s+(?:de[l]?\s+)?\d{4})/iu.exec(texto);
  return match?.[1] ? fechaEnEspanol(match[1]) : null;
}

/** Whether a sentence speaks of the document itself being published (`Reglamento publicado en ...`), not of another act. */
function hablaDeSuPublicacion(frase: string): boolean {
  return /^(?:(?:el|la|este|esta|presente)\s+)?(?:reglamento|estatuto|manual|acuerdo|texto\s+original|publicad[oa])\b/iu.test(frase.trim()) && !/^[úu]ltima\s+reforma/iu.test(frase.trim());
}

/**
 * A document's publication date where the text says it: the gazette's
 * running header, a footnote (`Publicado en el Diario Oficial ... el 17 de
 * noviembre de 2015`), or a sentence of its front matter about its own
 * publication (`Reglamento publicado en el Periódico Oficial ..., el
 * domingo 21 de marzo de 2010`). A mention of another act's publication
 * (`Decreto No. 180, publicado en ...`) is not one.
 */
export function fechaDePublicacionDelDocumento(fuentes: { encabezados: readonly string[]; notas: readonly NotaAlPie[]; parrafos: readonly string[] }): string | null {
  const frases = fuentes.parrafos.flatMap((parrafo) => parrafo.split(/(?<=\.)\s+(?=\p{Lu})/u));
  return (
    fechaDeEncabezado(fuentes.encabezados) ??
    fuentes.notas.map((nota) => fechaDePublicacion(nota.texto)).find((fecha) => fecha !== null) ??
    frases.filter(hablaDeSuPublicacion).map(fechaDePublicacion).find((fecha) => fecha !== null) ??
    null
  );
}
