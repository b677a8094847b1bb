import type { Aviso, Funcion } from '../../../src/model/index.ts';
import { avisador } from '../avisos.ts';
import { colocadasPor, type Colocadas } from '../colocadas.ts';
import type { Parrafo, Pieza } from './page-breaks.ts';

/**
 * An item's opening marker: its numeral (`11.`, `XXIV.`), or a bullet (the
 * scan reads `•` as `e`).
 *
 * > | 11. Orientar en la atencion y resolucion de los asuntos ...
 * > | XXIV. Formular, de acuerdo con las delegaciones ...
 * > | e Ley Federal del Trabajo. Publicada en el Diario Oficial ...
 */
const marker = /^\s*(?:(\d{1,3})\.|([IVXLC]+)\.|([e•\-*]))\s+(?=\S)/u;

export interface Marca {
  tipo: 'arabigo' | 'romano' | 'vineta';
  /** The numeral as printed, without its period; null for a bullet. */
  valor: string | null;
}

/** The marker a paragraph opens with, and the text after it; null when it has none. */
export function leerMarca(texto: string): { marca: Marca; resto: string } | null {
  const match = marker.exec(texto);
  if (!match) return null;
  const resto = texto.slice(match[0].length);
  if (match[1]) return { marca: { tipo: 'arabigo', valor: match[1] }, resto };
  if (match[2]) return { marca: { tipo: 'romano', valor: match[2] }, resto };
  // `e` is also the conjunction: a bullet only before a capital (`e Ley ...`, not `e implementar`).
  return /^\p{Lu}/u.test(resto) ? { marca: { tipo: 'vineta', valor: null }, resto } : null;
}

/** An item of a list whose numbers the scan detached: its text without marker, and what was printed with it. */
export interface Elemento {
  texto: string;
  original?: string;
  /** First line of the item. */
  linea: number;
  /** The marker it was printed with, if any. */
  marca: Marca | null;
}

/** A paragraph as a list item: the marker taken off its text and its original. */
export function comoElemento(parrafo: Parrafo): Elemento {
  const leida = leerMarca(parrafo.texto);
  const elemento: Elemento = { texto: leida?.resto ?? parrafo.texto, linea: parrafo.lineas[0]?.n ?? 0, marca: leida?.marca ?? null };
  if (parrafo.original !== undefined) {
    const original = leida ? (leerMarca(parrafo.original)?.resto ?? parrafo.original) : parrafo.original;
    if (original !== elemento.texto) elemento.original = original;
  }
  return elemento;
}

export interface FuncionesRecuperadas {
  funciones: Funcion[];
  /** Every line read: the paragraphs' and the loose numerals'. */
  colocadas: Colocadas;
  avisos: Aviso[];
  /** The highest function number the source prints for the unit (loose or with its paragraph); null when it prints none. */
  ultimoImpreso: number | null;
}

/**
 * A unit's functions from its paragraphs, numbered 1..N in order.
 *
 * The scan detached most numbers from their paragraphs: items 1-9 often have
 * none, and the numbers from 10 come as a run of lines before the paragraphs
 * they belong to, sometimes with some missing. So the paragraphs are the
 * functions, and the printed numbers are the check: the count must equal the
 * last number the source gives, and a number printed with its paragraph must
 * equal its position. Any disagreement is reported, never silently fixed.
 *
 * > | 1.
 * > | Aprobar el calendario de evaluacion anual, ...           <- 1
 * > | Elaborar el programa de trabajo anual ...                <- 2
 * > |  10.
 * > | 11.
 * > | Coordinar e informar en reuniones de trabajo ...         <- 10
 * > |  12. Desarrollar todas aquellas funciones inherentes ... <- 12 (printed 12: checked)
 */
export function recuperarFunciones(archivo: string, piezas: readonly Pieza[], unidad: string): FuncionesRecuperadas {
  const funciones: Funcion[] = [];
  const colocadas: number[] = [];
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  let ultimoImpreso: number | null = null;
  const printed = (value: number) => {
    ultimoImpreso = Math.max(ultimoImpreso ?? 0, value);
  };
  for (const pieza of piezas) {
    if (pieza.tipo === 'numeral') {
      colocadas.push(pieza.linea.n);
      if (/^\d+$/u.test(pieza.valor)) printed(Number(pieza.valor));
      continue;
    }
    colocadas.push(...pieza.lineas.map((line) => line.n));
    const elemento = comoElemento(pieza);
    const n = funciones.length + 1;
    if (elemento.marca?.tipo === 'arabigo' && elemento.marca.valor !== null) {
      const value = Number(elemento.marca.valor);
      printed(value);
      if (value !== n) {
        avisar(
          'numeracion-de-funciones',
          elemento.linea,
          `${unidad}: la función impresa como ${value}. es el párrafo ${n} de la unidad; se publica como ${n}. Revise si la fuente omite o parte un párrafo.`,
        );
      }
    }
    const funcion: Funcion = { n, texto: elemento.texto, linea: elemento.linea };
    if (elemento.original !== undefined) funcion.original = elemento.original;
    funciones.push(funcion);
  }
  const last = ultimoImpreso as number | null;
  if (last !== null && last !== funciones.length) {
    const first = piezas[0];
    avisar(
      'numeracion-de-funciones',
      first ? (first.tipo === 'numeral' ? first.linea.n : (first.lineas[0]?.n ?? 0)) : 0,
      `${unidad}: se leyeron ${funciones.length} funciones, pero la fuente numera hasta ${last}. Revise si un salto de página partió un párrafo o unió dos.`,
    );
  }
  return { funciones, colocadas: colocadasPor('funciones', colocadas), avisos, ultimoImpreso: last };
}

/**
 * Gives each paragraph of a list the loose numeral printed for it, in order,
 * when there is one numeral per paragraph (the políticas `5.1` ... `5.11`
 * printed as a run before their eleven paragraphs). Otherwise the paragraphs
 * keep what they were printed with, and the mismatch is reported.
 */
export function asignarNumerales(archivo: string, piezas: readonly Pieza[], seccion: string): { elementos: Elemento[]; avisos: Aviso[] } {
  const numerales = piezas.filter((pieza) => pieza.tipo === 'numeral');
  const elementos = piezas.filter((pieza) => pieza.tipo === 'parrafo').map(comoElemento);
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  if (numerales.length === elementos.length) {
    elementos.forEach((elemento, i) => {
      elemento.marca = { tipo: 'arabigo', valor: numerales[i]?.valor ?? null };
    });
  } else if (numerales.length > 0) {
    avisar(
      'numeracion-de-lista',
      numerales[0]?.linea.n ?? 0,
      `${seccion}: la fuente imprime ${numerales.length} numerales sueltos para ${elementos.length} párrafos; los párrafos se publican sin numeral. Revise la fuente.`,
    );
  }
  return { elementos, avisos };
}
