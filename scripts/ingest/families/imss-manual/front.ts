import type { Bloque, Line, Seccion } from '../../../../src/model/index.ts';
import { fechaEnEspanol } from '../../constructs/fechas.ts';
import { esTitulo } from './detect.ts';
import { plegar } from '../../constructs/texto.ts';

/**
 * The cover and the table of contents of an IMSS manual, before its numbered
 * sections.
 *
 * > | MANUAL DE ORGANIZACIÓN DE LA
 * > | UNIDAD DE INTEGRIDAD Y
 * > | TRANSPARENCIA DEL IMSS
 *     ^ title: the capitals from `MANUAL DE ORGANIZACIÓN` on
 * > | Autorización
 * > | Lic. Patricia Pérez De Los Ríos
 * > | Titular de la Unidad de Integridad y
 * > | Transparencia
 *     ^ who authorizes it: name, then post
 * > | "El personal realizará sus labores con apego al Código de Conducta ..."
 *     ^ the legend printed under the signature
 * > | 	Índice	Páginas
 * > | 1	Introducción	4
 *     ^ contents: numeral, title, printed page
 */

/** A title is a few lines of capitals. */
const tituloLineasMax = 6;

export interface Titulo {
  texto: string;
  lineas: number[];
}

/** The title starting at `lines[i]`: that line and the capitals right below it. */
export function leerTitulo(lines: readonly Line[], i: number): Titulo | null {
  const first = lines[i];
  if (!first || !esTitulo(first)) return null;
  const tomadas: Line[] = [];
  for (let j = i; j < lines.length && tomadas.length < tituloLineasMax; j++) {
    const line = lines[j];
    const text = line?.texto.trim() ?? '';
    if (!line || text === '' || /\p{Ll}/u.test(text) || !/\p{L}/u.test(text)) break;
    tomadas.push(line);
  }
  return { texto: tomadas.map((line) => line.texto.trim()).join(' ').replace(/\s+/g, ' '), lineas: tomadas.map((line) => line.n) };
}

/**
 * The contents heading: `Índice`, alone or over a `Páginas` column.
 *
 * > | 	Índice	Páginas
 */
export function esEncabezadoIndice(line: Line): boolean {
  return /^indice(?:\s+paginas)?$/.test(plegar(line.texto.trim().replace(/\s+/g, ' ')));
}

/**
 * One contents entry: a numeral, a tab, the title, and the printed page if any.
 *
 * > | 7.1.1.1.1	Subjefatura de División de Atención a Solicitudes de Información	27
 */
const entradaIndice = /^\s*(\d{1,2}(?:\.\d{1,3})*)\.?\t+([^\t]*\S)\s*(?:\t+\s*(\d{1,4}))?\s*$/u;

export interface EntradaIndice {
  numero: string;
  titulo: string;
  linea: number;
}

export interface Indice {
  seccion: Seccion;
  entradas: EntradaIndice[];
  lineas: number[];
  /** Index in `lines` of the first line after the contents. */
  fin: number;
}

/**
 * The contents from its heading at `lines[i]`, as a section of kind `indice`:
 * one numbered item per entry. The printed page numbers are not kept: they
 * point to pages of the PDF that the site does not have.
 */
export function leerIndice(archivo: string, lines: readonly Line[], i: number): Indice | null {
  const heading = lines[i];
  if (!heading || !esEncabezadoIndice(heading)) return null;
  const entradas: EntradaIndice[] = [];
  const lineas = [heading.n];
  let fin = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    if (!line) break;
    if (line.texto.trim() === '') continue;
    const match = entradaIndice.exec(line.texto);
    if (!match?.[1] || !match[2]) break;
    entradas.push({ numero: match[1], titulo: match[2].replace(/\s+/g, ' ').trim(), linea: line.n });
    lineas.push(line.n);
    fin = j + 1;
  }
  const bloques: Bloque[] =
    entradas.length === 0 ? [] : [{ tipo: 'lista', ordenada: true, items: entradas.map((e) => ({ texto: e.titulo, numero: e.numero })) }];
  const titulo = heading.texto.trim().split(/\s+/)[0] ?? 'Índice';
  return {
    seccion: { numero: null, titulo, tipo: 'indice', bloques, fuente: { archivo, desde: heading.n, hasta: lineas.at(-1) ?? heading.n } },
    entradas,
    lineas,
    fin,
  };
}

/** Signers' titles before a name: `Lic.`, `Mtro.`, `Dra.` ... */
const tratamiento = /^(?:Lic|Licda|Mtro|Mtra|Dr|Dra|Ing|Arq|Act|C\.P|C)\.\s/u;
const rubrica = /^R[úu]brica\.?$/u;

/**
 * The cover's remaining lines (who authorizes the manual, and the legend
 * under the signature) as the section `Autorización`, named after its label.
 * A group of lines that starts with a signer's title is a signature: name,
 * then post; `Rúbrica.` (the mark that it was signed) follows the post.
 *
 * > | Rúbrica.
 * > | Mtro. Zoé Alejandro Robledo Aburto
 * > | Director General de IMSS
 *     ^ `Mtro. Zoé Alejandro Robledo Aburto, Director General de IMSS. Rúbrica.`
 * > | Autorización
 *
 * Returns null when there is no `Autorización` label: then the lines are not
 * a signature block this reader knows, and the report shows them unplaced.
 */
export function leerAutorizacion(archivo: string, lines: readonly Line[]): { seccion: Seccion; lineas: number[] } | null {
  const etiqueta = lines.find((line) => plegar(line.texto.trim()) === 'autorizacion');
  if (!etiqueta) return null;
  const grupos: Line[][] = [];
  let grupo: Line[] = [];
  for (const line of lines) {
    if (line.texto.trim() === '' || line === etiqueta) {
      if (grupo.length > 0) grupos.push(grupo);
      grupo = [];
      continue;
    }
    grupo.push(line);
  }
  if (grupo.length > 0) grupos.push(grupo);
  const bloques: Bloque[] = grupos.map((lineas) => ({ tipo: 'parrafo', texto: textoDeGrupo(lineas.map((line) => line.texto.trim())) }));
  const todas = [etiqueta, ...grupos.flat()].map((line) => line.n).sort((a, b) => a - b);
  return {
    seccion: {
      numero: null,
      titulo: etiqueta.texto.trim(),
      tipo: 'otra',
      bloques,
      fuente: { archivo, desde: todas[0] ?? etiqueta.n, hasta: todas.at(-1) ?? etiqueta.n },
    },
    lineas: todas,
  };
}

function textoDeGrupo(lineas: string[]): string {
  const firmada = lineas.some((text) => rubrica.test(text));
  const resto = lineas.filter((text) => !rubrica.test(text));
  const [primera, ...siguientes] = resto;
  if (primera === undefined) return 'Rúbrica.';
  const texto =
    tratamiento.test(primera) && siguientes.length > 0 ? `${primera}, ${siguientes.join(' ')}` : resto.join(' ');
  return (firmada ? `${texto.replace(/\.$/, '')}. Rúbrica.` : texto).replace(/\s+/g, ' ');
}

/** The institution's name as the text prints it. */
export function institucion(lines: readonly Line[]): string | null {
  for (const pattern of [/Instituto Mexicano del Seguro Social/u, /INSTITUTO MEXICANO DEL SEGURO SOCIAL/u]) {
    const match = lines.map((line) => pattern.exec(line.texto)?.[0]).find((found) => found !== undefined);
    if (match) return match;
  }
  return null;
}

/**
 * The date the manual's org charts say it is in force from.
 *
 * > | Vigencia: 1º de mayo de 2022.
 */
export function vigencia(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const match = /^\s*Vigencia\s*:?\s*(.+)$/iu.exec(line.texto);
    const fecha = match?.[1] ? fechaEnEspanol(match[1]) : null;
    if (fecha) return fecha;
  }
  return null;
}
