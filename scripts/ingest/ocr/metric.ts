import type { Documento } from '../../../src/model/index.ts';
import type { Diccionario } from './dictionary.ts';

/**
 * The words the unknown-word rate counts: runs of letters of at least three,
 * not all capitals (acronyms and headings in capitals are not prose).
 */
const countedWord = /\p{L}+/gu;
const countedLengthMin = 3;

export interface TasaDesconocidas {
  palabras: number;
  desconocidas: number;
  /** desconocidas / palabras, 0 when there are no words. */
  tasa: number;
  /** Unknown words with their counts, most frequent first (ties by word). */
  frecuentes: [string, number][];
}

/**
 * Share of words that dictionary-es does not know: 21.2% in a scanned manual as
 * printed, 1.4% in born-digital manuals (which still use words the
 * dictionary lacks: `normatividad`, `derechohabiencia`).
 */
export function tasaDesconocidas(textos: Iterable<string>, diccionario: Diccionario): TasaDesconocidas {
  let palabras = 0;
  let desconocidas = 0;
  const unknown = new Map<string, number>();
  for (const texto of textos) {
    for (const match of texto.matchAll(countedWord)) {
      const word = match[0];
      if (word.length < countedLengthMin || word === word.toUpperCase()) continue;
      palabras++;
      if (diccionario.conoce(word)) continue;
      desconocidas++;
      unknown.set(word, (unknown.get(word) ?? 0) + 1);
    }
  }
  const frecuentes = [...unknown].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { palabras, desconocidas, tasa: palabras === 0 ? 0 : desconocidas / palabras, frecuentes };
}

/**
 * Every text of a document a reader sees: its title, its sections'
 * paragraphs and items (and their numerals), each unit's name, objective and
 * functions. What the unknown-word rate of a published document counts.
 */
export function textosPublicados(documento: Documento): string[] {
  const textos = [documento.titulo];
  for (const seccion of documento.secciones) {
    textos.push(seccion.titulo);
    for (const bloque of seccion.bloques) {
      if (bloque.tipo === 'parrafo') textos.push(bloque.texto);
      else for (const item of bloque.items) textos.push(item.texto);
    }
  }
  for (const unidad of documento.unidades) {
    textos.push(unidad.nombre);
    if (unidad.objetivo) textos.push(unidad.objetivo);
    for (const funcion of unidad.funciones) textos.push(funcion.texto);
  }
  return textos;
}
