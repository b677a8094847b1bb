import type { Line } from '../../src/model/index.ts';
import type { Parsed } from './parse.ts';

/** What became of one line of the text the ingest read. */
export interface LineaAtribuida {
  n: number;
  /**
   * What placed it (a construct or part of a family, colocadas.ts), the
   * page-furniture rule that dropped it, `sin ubicar`, or '' for a line the
   * ingest reads as blank.
   */
  por: string;
  texto: string;
}

/**
 * Every line of `lines` (the text the ingest read) with what became of it:
 * the same verdicts as the report's, line by line, so a line's place can be
 * traced to the code that chose it.
 */
export function atribuirLineas(lines: readonly Line[], { estructuras, descartadas, informe }: Pick<Parsed, 'estructuras' | 'descartadas' | 'informe'>): LineaAtribuida[] {
  const por = new Map<number, string>();
  for (const { colocadas } of estructuras) for (const [n, colocador] of colocadas) por.set(n, colocador);
  for (const { n, regla } of descartadas) por.set(n, regla);
  for (const { linea } of informe.sinUbicar) por.set(linea, 'sin ubicar');
  return lines.map((line) => ({ n: line.n, por: por.get(line.n) ?? '', texto: line.texto }));
}

/**
 * The lines as `organica parse --lineas` prints them: number, what placed
 * the line, its text, in aligned columns.
 *
 * >   12  lista-de-funciones   1. Supervisar ...
 */
export function formatoDeLineas(lineas: readonly LineaAtribuida[]): string[] {
  const ancho = Math.max(0, ...lineas.map((linea) => String(linea.n).length));
  const anchoPor = Math.max(0, ...lineas.map((linea) => linea.por.length));
  return lineas.map(({ n, por, texto }) => `  ${String(n).padStart(ancho)}  ${por.padEnd(anchoPor)}  ${texto}`.trimEnd());
}
