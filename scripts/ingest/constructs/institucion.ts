import type { Line } from '../../../src/model/index.ts';
import { plegar } from './texto.ts';

/**
 * The institution a document names, and its siglas where the text gives
 * them, for a document without a catalog entry. No list of institutions:
 * what the text says.
 *
 * > | Reglamento Interior del Instituto de Formación para el Trabajo del Estado
 *                             ^ the body the title names
 * > | ... del Instituto de Formación para el Trabajo del Estado (IFTE) y ...
 *                                                                                        ^ its siglas, in parentheses after its name
 * > | La Comisión Nacional de Servicios Financieros (Conaser) es un órgano administrativo ...
 */

export interface InstitucionNombrada {
  nombre: string;
  /** As the text writes them (`IFTE`, `CONASER`), or made of the name's initials when it never does. */
  siglas: string;
  /** True when the siglas come from the name's initials, not from the text. */
  siglasInferidas: boolean;
}

/**
 * Words that open the name of a public body (not of a unit inside one: a
 * Dirección General or a Coordinación names a unit of the document).
 */
const cabeza =
  '(?:Instituto|Comisi[óo]n|Secretar[íi]a\\s+de|Universidad|Servicios\\s+de\\s+Salud|Consejo\\s+(?:Nacional|Estatal)|Tribunal|Procuradur[íi]a|Fiscal[íi]a|Ayuntamiento|Municipio|Sistema\\s+para|Colegio|Archivo|Poder\\s+Judicial|Agencia|Organismo|Banco|Fondo|Patronato)';
/** A name: its head, then capitalized words joined by up to two short words (`para el Retiro`); a word in capitals is a heading's, not the name's. */
const nombre = new RegExp(`${cabeza}(?:\\s+(?:(?:de|del|la|las|los|el|y|e|para|en|a)\\s+){0,2}\\p{Lu}\\p{Ll}[\\p{L}-]*)+`, 'gu');
/** The same in a cover's capitals: `SECRETARÍA DE DESARROLLO AGRARIO Y ORDENAMIENTO RURAL`. */
const nombreEnMayusculas = new RegExp(
  `${cabeza.toLocaleUpperCase('es').replaceAll('\\S', '\\s')}(?:\\s+(?:(?:DE|DEL|LA|LAS|LOS|EL|Y|E|PARA|EN|A)\\s+){0,2}[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ-]*)+`,
  'gu',
);
/** A cover is the text's first lines. */
const portadaLineasMax = 60;
/** Siglas defined right before the name: `IFTE: Al ...`, `SEDECO.- La ...`. */
const siglasQueDefinen = /(?:^|\s)([A-ZÁÉÍÓÚÑ]{2,14}(?:-[A-ZÁÉÍÓÚÑ]{2,14})?)\s*[:,.-]+\s*(?:[Aa]l?\s+|[Ee]l\s+|[Ll]a\s+)?$/u;
/** Siglas in parentheses after the name: capitals (some lowercase inside, `Conaser`), maybe a hyphen (`SESA-BIENESTAR`). */
const siglasEntreParentesis = /^\s*\(\s*([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑ]{1,14}(?:-[A-ZÁÉÍÓÚÑ]{2,14})?)\s*\)/u;
/** Words left out of initials. */
const menores = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'para', 'en', 'a']);
/** The text read to find names: an institution names itself early. */
const lineasLeidasMax = 400;

/** The institution a document names: the one its title names if any, else the one its text names most. */
export function institucionNombrada(
  lines: readonly Line[],
  titulo: string,
  institucionDelTitulo: string | null,
  unidades: readonly string[] = [],
): InstitucionNombrada | null {
  // Cells of a layout (a header's columns) are apart: a name never runs from one into the next.
  const comoTexto = (elegidas: readonly Line[]) =>
    elegidas
      .map((line) => line.texto.trim().replace(/\s{3,}/gu, ' | '))
      .join(' ')
      .replace(/[ \t\f]+/gu, ' ');
  const texto = comoTexto(lines.slice(0, lineasLeidasMax));
  const todo = comoTexto(lines);
  const candidatos = new Map<string, number>();
  const deUnidad = new Set(unidades.map(plegar));
  for (const match of texto.matchAll(nombre)) {
    const limpio = limpiar(match[0]);
    if (!deUnidad.has(plegar(limpio))) candidatos.set(limpio, (candidatos.get(limpio) ?? 0) + 1);
  }
  // The body the title names; else the one the text names most (twice at least); else the one the cover names in capitals.
  const delTitulo = institucionDelTitulo ?? [...titulo.matchAll(nombre)].map((match) => limpiar(match[0]))[0] ?? null;
  const deLaPortada = lines
    .slice(0, portadaLineasMax)
    .filter((line) => !/\p{Ll}/u.test(line.texto))
    .flatMap((line) => [...line.texto.matchAll(nombreEnMayusculas)].map((match) => limpiar(match[0].replace(/\s+/gu, ' '))))[0];
  const masNombrado = [...candidatos].filter(([, veces]) => veces >= 2).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
  const enMayusculas = delTitulo && !/\p{Ll}/u.test(delTitulo) ? delTitulo : null;
  const elegido =
    (delTitulo && /\p{Ll}/u.test(delTitulo) ? delTitulo : null) ??
    (enMayusculas ? (enSuCaja(enMayusculas, candidatos) ?? enFrase(enMayusculas)) : null) ??
    masNombrado ??
    (deLaPortada ? (enSuCaja(deLaPortada, candidatos) ?? enFrase(deLaPortada)) : null) ??
    [...candidatos.keys()][0] ??
    null;
  if (!elegido) return null;
  const siglas = siglasDe(elegido, todo);
  return siglas ? { nombre: elegido, siglas, siglasInferidas: false } : { nombre: elegido, siglas: iniciales(elegido), siglasInferidas: true };
}

/** A name set in capitals, in title case: `SECRETARÍA DE DESARROLLO ECONÓMICO` -> `Secretaría de Desarrollo Económico`. */
export function enFrase(texto: string): string {
  return texto
    .toLocaleLowerCase('es')
    .split(/\s+/u)
    .map((palabra, i) => (i > 0 && menores.has(palabra) ? palabra : palabra.charAt(0).toLocaleUpperCase('es') + palabra.slice(1)))
    .join(' ');
}

/** A name without the words a sentence adds after it (`... del Estado Tomo III` stays, a trailing `y` goes). */
function limpiar(texto: string): string {
  return texto.replace(/\s+(?:de|del|la|las|los|el|y|e|para|en|a)$/iu, '').trim();
}

/** A title in capitals names the body: the text writes it in running case somewhere, which is the name to keep. */
function enSuCaja(mayusculas: string, candidatos: ReadonlyMap<string, number>): string | null {
  const buscado = plegar(mayusculas);
  for (const candidato of candidatos.keys()) if (buscado.startsWith(plegar(candidato)) && plegar(candidato).length > buscado.length * 0.5) return candidato;
  return null;
}

/**
 * The siglas the text gives the name: in parentheses right after it, or
 * defined for it (`IFTE: Al Instituto de Formación ...`).
 */
function siglasDe(nombreDe: string, texto: string): string | null {
  const buscado = plegar(nombreDe);
  if (!buscado.trim()) return null;
  const plano = plegar(texto);
  const ocurrencias: number[] = [];
  for (let desde = plano.indexOf(buscado); desde >= 0; desde = plano.indexOf(buscado, desde + 1)) ocurrencias.push(desde);
  for (const desde of ocurrencias) {
    const definicion = siglasQueDefinen.exec(texto.slice(Math.max(0, desde - 40), desde));
    if (definicion?.[1]) return definicion[1];
  }
  for (const desde of ocurrencias) {
    const match = siglasEntreParentesis.exec(texto.slice(desde + buscado.length));
    if (match?.[1] && match[1].length >= 2 && /^[A-ZÁÉÍÓÚÑ]/u.test(match[1]) && !/^(?:Art|Ley|Fracci)/u.test(match[1])) return match[1].toLocaleUpperCase('es');
  }
  return null;
}

/** `Comisión Nacional del Sistema de Ahorro para el Retiro` -> `CNSAR`. */
function iniciales(texto: string): string {
  return texto
    .split(/\s+/u)
    .filter((palabra) => !menores.has(palabra.toLocaleLowerCase('es')))
    .map((palabra) => palabra.charAt(0).toLocaleUpperCase('es'))
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
