import type { Line } from '../../../../src/model/index.ts';
import { romanValue } from './romanos.ts';

/**
 * What one line of an estatuto is, read on its own. The parser (articulado.ts)
 * decides from the context what to do with it; this file only knows shapes.
 *
 * Markup the PDF-to-text step left (`**bold**`, `## heading`) is ignored here
 * even when normalize already removed it, so fixtures may carry it too.
 */

/** Kind of a división, from its rótulo's first word. */
export type TipoDivision = 'titulo' | 'capitulo' | 'seccion';

/** A piece of a heading line: a rótulo (`CAPÍTULO I`) or the heading text after it. */
export type ParteDeEncabezado = { parte: 'rotulo'; tipo: TipoDivision; rotulo: string } | { parte: 'texto'; texto: string };

export type Clase =
  | { clase: 'blanca' }
  /** DOF page furniture; `fecha` is the date when the header prints it. */
  | { clase: 'pagina'; fecha: string | null }
  | { clase: 'indice' }
  | { clase: 'articulo'; numero: number; texto: string; nota?: string }
  | { clase: 'transitorios' }
  | { clase: 'division'; partes: ParteDeEncabezado[]; nota?: string }
  /** `numero` null: a bullet at the margin whose roman numeral was lost. */
  | { clase: 'fraccion'; numero: string | null; texto: string }
  | { clase: 'inciso'; letra: string; texto: string }
  /** An outline item of another style: a capital letter (`A.`) or a number (`1.`); a lone letter may also be a roman numeral (`C.`), which the list decides. */
  | { clase: 'literal'; marca: string; estilo: 'mayuscula' | 'arabigo'; texto: string }
  /** An indented bullet: a further paragraph of the fracción above. */
  | { clase: 'subparrafo'; texto: string }
  | { clase: 'mayusculas'; texto: string }
  | { clase: 'parrafo'; texto: string };

/** A line with its class and its text cleaned of markup (kept for paragraphs that quote it whole). */
/** A line with its class, its text cleaned of markup, and how far it is indented (layout text tells paragraphs apart by it). */
export type LineaLeida = Clase & { n: number; limpio: string; sangria: number };

/**
 * The title of an ordinance that organizes a body: a reglamento interior or
 * an estatuto orgánico (or general), in any of the cases printers use.
 *
 * > | ESTATUTO Orgánico de los Servicios de Salud del Estado (SESA-BIENESTAR).
 *     ^ the DOF's capitals for the first word
 * > | REGLAMENTO INTERIOR DE LA COMISION DE ADMINISTRACION DEL
 * > | Reglamento Interior del Instituto de Capacitación y Vinculación
 *
 * A sentence that starts with the word (`Reglamento publicado en ...`) is not a title.
 */
export const tituloDeEstatuto =
  /^(?:ESTATUTO|Estatuto|REGLAMENTO|Reglamento)\s+(?:ORG[ÁA]NICO|Org[áa]nico|GENERAL|General|INTERIOR|Interior|INTERNO|Interno)(?:\s+(?:de|DE|del|DEL|para|PARA)\s|\s*$)/u;

/**
 * An article's first line.
 *
 * > | Artículo 25. Son facultades y atribuciones de la Unidad de Atención a la Salud:
 *     ^ number, then the article's first paragraph
 * > | ARTÍCULO 3o.- ...
 */
const articulo = /^(?:[-•*]\s+)?Art[íi]culo\s+(\d{1,3})(?:\s*[oº°])?\s*(?:\.-?|\.?\s*[-–—]|:)\s*(.*)$/iu;

/**
 * A reform's note printed before the article or heading it concerns, as
 * state gazettes keep them in consolidated texts.
 *
 * > | (ADICIONADO, P.O. 23 DE ENERO DE 2004) ARTÍCULO 41.- ...
 *     ^ the note, kept with the article
 */
const notaDeReforma = /^\(((?:ADICIONAD|REFORMAD|DEROGAD|MODIFICAD|F\.\s*DE\s*E)[^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?=\S)/iu;

/**
 * The heading of the transitory articles.
 *
 * > | ARTÍCULOS TRANSITORIOS
 */
const transitorios = /^(?:ART[ÍI]CULOS\s+)?(?:TRANSITORIOS|T\s+R\s+A\s+N\s+S\s+I\s+T\s+O\s+R\s+I\s+O\s+S)\.?$/iu;

/**
 * The contents list's own heading.
 *
 * > | ÍNDICE
 */
const indice = /^(?:[ÍI]NDICE|CONTENIDO)(?:\s+GENERAL)?\.?$/iu;

const ordinal =
  '(?:D[ÉE]CIM[OA](?:\\s+(?:PRIMER[OA]|SEGUND[OA]|TERCER[OA]|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]PTIM[OA]|OCTAV[OA]|NOVEN[OA]))?' +
  '|PRIMER[OA]?|SEGUND[OA]|TERCER[OA]?|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]PTIM[OA]|OCTAV[OA]|NOVEN[OA]|[ÚU]NIC[OA]|[IVXLC]+)';
const rotuloFuente = `(T[ÍI]TULO|CAP[ÍI]TULO|SECCI[ÓO]N)\\s+${ordinal}(?![\\p{L}\\p{N}])`;
/**
 * A rótulo opening a heading line, in any case.
 *
 * > | TÍTULO PRIMERO DISPOSICIONES GENERALES CAPÍTULO I
 *     ^ rótulo    ^ the título's name         ^ a second rótulo on the same line
 * > | CAPITULO ÚNICO
 */
const rotuloInicial = new RegExp(`^${rotuloFuente}`, 'iu');
/** Rótulos inside an all-capitals heading line (capitals only, so running text never splits). */
const rotuloEnLinea = new RegExp(rotuloFuente, 'gu');

/**
 * A fracción: roman numeral and period, possibly behind a bullet.
 *
 * > | - IV. Nombrar y remover, a propuesta de la persona titular ...
 * > | XIII. Promover la participación interinstitucional ...
 *       ^ numeral, then the text
 */
const fraccion = /^(?:[-•*]\s+)?([IVXLC]+)(?:\s*\(sic\))?\s*(?:\.-?|\.?\s*[-–—]\s|\))\s*(.*)$/u;

/**
 * An item numbered with a capital letter or an arabic numeral: the deeper
 * levels of a structure article, or a list that does not use fracciones.
 *
 * > |                 A.    Vicepresidencia de Operaciones:
 * > |                       1.    Dirección General de Supervisión Operativa;
 */
const literal = /^(?:[-•*]\s+)?(?:([A-HJ-Z])|(\d{1,3}))(?:\.-?|\))(?:\s+(.*)|$)/u;

/**
 * An inciso under a fracción.
 *
 * > |  - a) Coordinación de Unidades de Primer Nivel.
 */
const inciso = /^(?:[-•*]\s+)?([a-zñ])(?:\)|\.-?)\s+(.*)$/u;

/**
 * A bullet with no numeral. At the margin it is a fracción whose numeral the
 * extraction lost; indented, it is a further paragraph of the fracción above.
 *
 * > | - Definir las metas e indicadores de evaluación del desempeño ...
 * > |  - En su defecto, podrá hacer designaciones de encargados de despacho ...
 */
const vineta = /^([ \t]*)[-•*]\s+(.*)$/u;

const diasDeLaSemana = '(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)';
/** The date in a DOF page header (`Martes 29 de noviembre de 2022`). */
const fechaDeEncabezado = new RegExp(`${diasDeLaSemana},?\\s+(\\d{1,2}\\s+de\\s+\\p{L}+\\s+de\\s+\\d{4})`, 'iu');
/** What a DOF page header may hold besides `DIARIO OFICIAL`: the date, the section, the page number. */
const piezasDeEncabezado = [
  new RegExp(`${diasDeLaSemana},?\\s+\\d{1,2}\\s+de\\s+\\p{L}+\\s+de\\s+\\d{4}`, 'giu'),
  /\(\s*\p{L}+\s+Secci[óo]n\s*\)/giu,
  /\b\d{1,4}\b/g,
];

/**
 * DOF page header: `DIARIO OFICIAL` in capitals alone on its line, or with the
 * issue's date, section and page number. The running text says "Diario
 * Oficial de la Federación", never the capitals alone, so this drops no text.
 *
 * > | DIARIO OFICIAL
 * > | Martes 29 de noviembre de 2022	DIARIO OFICIAL	(Primera Sección) 45
 */
function esEncabezadoDof(texto: string): boolean {
  if (!texto.includes('DIARIO OFICIAL')) return false;
  let resto = texto.replace('DIARIO OFICIAL', ' ');
  for (const pieza of piezasDeEncabezado) resto = resto.replace(pieza, ' ');
  return resto.trim() === '';
}

/** Lines longer than this are paragraphs, even in capitals. */
const encabezadoLongitudMax = 300;

/** Removes the markup the extraction left, keeping the indentation that tells an indented bullet. */
export function limpiar(texto: string): string {
  return texto
    .replaceAll('**', '')
    .replace(/^(\s*)#{1,6}\s+/u, '$1')
    .replace(/\s+$/u, '');
}

/** True when the line has letters and none of them is lowercase. */
export function enMayusculas(texto: string): boolean {
  return /\p{L}.*\p{L}/u.test(texto) && !/\p{Ll}/u.test(texto);
}

/** Classifies one line by its shape alone. */
export function clasificar(line: Line): LineaLeida {
  const limpioConNota = limpiar(line.texto);
  const nota = notaDeReforma.exec(limpioConNota.trim());
  const limpio = nota ? limpioConNota.trim().slice(nota[0].length) : limpioConNota;
  const texto = limpio.trim();
  const sangria = /^[ \t]*/u.exec(limpio)?.[0].length ?? 0;
  const con = (clase: Clase): LineaLeida => ({ ...clase, n: line.n, limpio: texto, sangria });
  if (texto === '') return con({ clase: 'blanca' });
  if (nota) {
    const conNota = clasificar({ ...line, texto: limpio });
    if (conNota.clase === 'articulo' || conNota.clase === 'division') return { ...conNota, nota: nota[1]?.trim() ?? '' };
  }
  if (esEncabezadoDof(texto)) {
    const fecha = fechaDeEncabezado.exec(texto)?.[1] ?? null;
    return con({ clase: 'pagina', fecha });
  }
  if (indice.test(texto)) return con({ clase: 'indice' });
  const art = articulo.exec(texto);
  if (art) return con({ clase: 'articulo', numero: Number(art[1]), texto: (art[2] ?? '').trim() });
  if (transitorios.test(texto)) return con({ clase: 'transitorios' });
  if (texto.length <= encabezadoLongitudMax) {
    const partes = partesDeEncabezado(texto);
    if (partes) return con({ clase: 'division', partes });
  }
  const inc = inciso.exec(texto);
  if (inc) return con({ clase: 'inciso', letra: inc[1] ?? '', texto: (inc[2] ?? '').trim() });
  const fr = fraccion.exec(texto);
  if (fr && romanValue(fr[1] ?? '') !== null) return con({ clase: 'fraccion', numero: fr[1] ?? '', texto: (fr[2] ?? '').trim() });
  const lit = literal.exec(texto);
  if (lit && (lit[3] === undefined || /^\p{Lu}/u.test(lit[3]) || lit[2] !== undefined)) {
    return con({ clase: 'literal', marca: lit[1] ?? lit[2] ?? '', estilo: lit[1] ? 'mayuscula' : 'arabigo', texto: (lit[3] ?? '').trim() });
  }
  const vin = vineta.exec(limpio);
  if (vin) {
    const cuerpo = (vin[2] ?? '').trim();
    return (vin[1] ?? '') === '' ? con({ clase: 'fraccion', numero: null, texto: cuerpo }) : con({ clase: 'subparrafo', texto: cuerpo });
  }
  if (texto.length <= encabezadoLongitudMax && enMayusculas(texto)) {
    const partes = partesEnMayusculas(texto);
    return partes.some((parte) => parte.parte === 'rotulo') ? con({ clase: 'division', partes }) : con({ clase: 'mayusculas', texto });
  }
  return con({ clase: 'parrafo', texto });
}

/**
 * Splits a line that opens with a rótulo into rótulos and heading texts, or
 * null. A line in capitals may hold several rótulos run together; a line in
 * mixed case holds one rótulo and its name.
 *
 * > | SECCIÓN TERCERA UNIDAD JURÍDICA
 *     -> rótulo `SECCIÓN TERCERA`, texto `UNIDAD JURÍDICA`
 * > | Capítulo II De la Dirección General
 *     -> rótulo `Capítulo II`, texto `De la Dirección General`
 */
function partesDeEncabezado(texto: string): ParteDeEncabezado[] | null {
  const inicial = rotuloInicial.exec(texto);
  if (!inicial) return null;
  if (!enMayusculas(texto)) {
    const resto = limpiarTituloDeDivision(texto.slice(inicial[0].length));
    return [rotulo(inicial[0], inicial[1] ?? ''), ...(resto === '' ? [] : [{ parte: 'texto' as const, texto: resto }])];
  }
  return partesEnMayusculas(texto);
}

/**
 * Splits a line in capitals at every rótulo it holds; the text before a
 * rótulo names the división opened before it (on this line or above).
 *
 * > | DE LAS UNIDADES Y LAS COORDINACIONES SECCIÓN PRIMERA
 *     ^ texto: the open CAPÍTULO II's name  ^ rótulo
 */
function partesEnMayusculas(texto: string): ParteDeEncabezado[] {
  const partes: ParteDeEncabezado[] = [];
  let desde = 0;
  for (const match of texto.matchAll(rotuloEnLinea)) {
    const antes = limpiarTituloDeDivision(texto.slice(desde, match.index));
    if (antes !== '') partes.push({ parte: 'texto', texto: antes });
    partes.push(rotulo(match[0], match[1] ?? ''));
    desde = match.index + match[0].length;
  }
  const resto = limpiarTituloDeDivision(texto.slice(desde));
  if (resto !== '') partes.push({ parte: 'texto', texto: resto });
  return partes;
}

function rotulo(impreso: string, palabra: string): ParteDeEncabezado {
  const inicial = palabra.normalize('NFD').charAt(0).toUpperCase();
  const tipo: TipoDivision = inicial === 'T' ? 'titulo' : inicial === 'C' ? 'capitulo' : 'seccion';
  return { parte: 'rotulo', tipo, rotulo: impreso.replace(/\s+/gu, ' ').trim() };
}

/** Punctuation that joins a rótulo to its name (`TÍTULO PRIMERO.- DISPOSICIONES`) is not part of the name. */
function limpiarTituloDeDivision(texto: string): string {
  return texto
    .replace(/^[\s.:,;–—-]+/u, '')
    .replace(/[\s.:,;–—-]+$/u, '')
    .replace(/\s+/gu, ' ');
}
