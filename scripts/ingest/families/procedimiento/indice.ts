import type { Line } from '../../../../src/model/index.ts';
import { colocar } from '../../colocadas.ts';
import type { Contexto } from './contexto.ts';
import { celdasDeFila, esFilaDelimitadora, textoPlano } from './marcado.ts';

/**
 * The table of contents' label.
 *
 * > | ÍNDICE
 */
export const rotuloIndice = /^\s*(?:[ÍI]NDICE|CONTENIDO)\s*$/iu;

/** One entry of the table of contents. */
export interface EntradaDeIndice {
  numero: string;
  titulo: string;
  linea: number;
}

/**
 * The table of contents, a Markdown table (number | title | page). Its lines
 * are placed: the entries are read and later checked against the sections
 * found, so a section the text lost (the flow diagram's page) is known.
 *
 * > | | 6 | Descripción de actividades | 10 |
 *       ^ numero ^ titulo                  ^ page, not kept
 */
export function leerIndice(ctx: Contexto, lines: readonly Line[]): EntradaDeIndice[] {
  const entradas: EntradaDeIndice[] = [];
  for (const line of lines) {
    const texto = line.texto.trim();
    if (texto === '') continue;
    colocar(ctx.colocadas, 'indice', [line]);
    if (rotuloIndice.test(texto) || esFilaDelimitadora(texto) || !texto.startsWith('|')) continue;
    const celdas = celdasDeFila(texto).celdas.map((celda) => textoPlano(celda, () => undefined).texto);
    const numero = celdas.find((celda) => /^\d+(?:\.\d+)*\.?$/u.test(celda));
    const titulo = celdas.find((celda) => /\p{L}/u.test(celda) && !/^P[áa]gina$/iu.test(celda));
    if (numero !== undefined && titulo !== undefined) entradas.push({ numero: numero.replace(/\.$/u, ''), titulo, linea: line.n });
  }
  return entradas;
}
