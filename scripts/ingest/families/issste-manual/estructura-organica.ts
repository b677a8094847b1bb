import type { Aviso, Bloque, Line, Unidad } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocadasPor, type Colocadas } from '../../colocadas.ts';
import { leerEncabezado } from './encabezados.ts';

/**
 * "IV. Estructura Orgánica": every unit down to Departamento, one per line,
 * with a footnote here and there.
 *
 * > | 1.2 Subdirección de Afiliación y Vigencia de Derechos.
 * > | - 1.2.1.1 Departamento de Afiliación.
 * > | - 3.1.6 Jefatura de Servicios de Seguridad e Higiene en el Trabajo.
 * > | 8.2 Subdirección de Coordinación de Proyectos.*
 *                                                  ^ footnote call
 * > | * El puesto del titular desaparece con motivo del Plan de Austeridad ...
 *     ^ the footnote: a paragraph
 */

export interface Entrada {
  numeral: string;
  nombre: string;
  linea: number;
}

export interface EstructuraLeida {
  entradas: Entrada[];
  bloques: Bloque[];
  colocadas: Colocadas;
}

/** The list of units (a list block, numerals kept as `numero`) and the paragraphs between. */
export function leerEstructura(lines: readonly Line[]): EstructuraLeida {
  const entradas: Entrada[] = [];
  const bloques: Bloque[] = [];
  const colocadas: number[] = [];
  let lista: Extract<Bloque, { tipo: 'lista' }> | null = null;
  for (const line of lines) {
    const text = line.texto.trim();
    if (text === '') continue;
    colocadas.push(line.n);
    const encabezado = leerEncabezado(line.texto);
    if (encabezado) {
      entradas.push({ numeral: encabezado.numeral, nombre: encabezado.nombre, linea: line.n });
      if (!lista) {
        lista = { tipo: 'lista', ordenada: true, items: [] };
        bloques.push(lista);
      }
      const nota = /\*\s*$/.test(text) ? ' *' : '';
      lista.items.push({ numero: encabezado.numeral, texto: `${encabezado.nombre}${nota}` });
      continue;
    }
    lista = null;
    bloques.push({ tipo: 'parrafo', texto: text.replace(/\*\*/g, '') });
  }
  return { entradas, bloques, colocadas: colocadasPor('estructura', colocadas) };
}

/** Names compared as a reader would: case, spacing, quotes and closing period aside. */
function comparable(nombre: string): string {
  return nombre
    .toLowerCase()
    .replace(/[“”"«»]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/**
 * Cross-checks the units listed in "IV. Estructura Orgánica" against those
 * described in "VI": a unit listed but not described, described but not
 * listed, or listed under another name. One Aviso per difference, at the line
 * of the side that has the unit.
 */
export function cotejarEstructura(archivo: string, entradas: readonly Entrada[], unidades: readonly Unidad[]): Aviso[] {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const descritas = new Map<string, Unidad>();
  for (const unidad of unidades) if (unidad.numeral !== null && !descritas.has(unidad.numeral)) descritas.set(unidad.numeral, unidad);
  const listadas = new Map<string, Entrada>();
  for (const entrada of entradas) {
    const previa = listadas.get(entrada.numeral);
    if (previa) {
      avisar('estructura-vs-funciones', entrada.linea, `«IV. Estructura Orgánica» lista dos veces el numeral ${entrada.numeral} (también en la línea ${previa.linea}).`);
      continue;
    }
    listadas.set(entrada.numeral, entrada);
    const unidad = descritas.get(entrada.numeral);
    if (!unidad) {
      avisar('estructura-vs-funciones', entrada.linea, `«IV. Estructura Orgánica» lista ${entrada.numeral} ${entrada.nombre}, que «VI. Descripción de Objetivos y Funciones» no describe.`);
    } else if (comparable(unidad.nombre) !== comparable(entrada.nombre)) {
      avisar(
        'estructura-vs-funciones',
        unidad.fuente.desde,
        `${entrada.numeral} se describe en «VI» como «${unidad.nombre}» y se lista en «IV. Estructura Orgánica» (línea ${entrada.linea}) como «${entrada.nombre}».`,
      );
    }
  }
  for (const [numeral, unidad] of descritas) {
    if (!listadas.has(numeral)) {
      avisar('estructura-vs-funciones', unidad.fuente.desde, `«VI. Descripción de Objetivos y Funciones» describe ${numeral} ${unidad.nombre}, que «IV. Estructura Orgánica» no lista.`);
    }
  }
  return avisos;
}
