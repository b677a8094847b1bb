import { plegar } from './texto.ts';

/**
 * Posts and the units they head, as Spanish names them: the `Director
 * General` heads the `Dirección General`, the `Presidente de la Comisión`
 * the Presidencia, the `titulares de las Unidades` every Unidad. Reglamentos
 * give atribuciones to either; the structure they list names units. This is
 * the morphology that tells one from the other, for any institution.
 *
 * > | El Director General, tiene las atribuciones delegables siguientes:
 *        ^ post `Director General` -> unit kind `Dirección General`
 * > | Los vicepresidentes y coordinadores generales tendrán las facultades siguientes:
 *         ^ plural posts -> kinds `Vicepresidencia`, `Coordinación General`
 */

/** A post's first word and the unit it heads (singular, lowercase, accents folded). */
const puestoAUnidad: readonly (readonly [string, string])[] = [
  ['subdirector', 'subdirección'],
  ['director', 'dirección'],
  ['subcoordinador', 'subcoordinación'],
  ['coordinador', 'coordinación'],
  ['vicepresidente', 'vicepresidencia'],
  ['presidente', 'presidencia'],
  ['prosecretario', 'prosecretaría'],
  ['subsecretario', 'subsecretaría'],
  ['secretario', 'secretaría'],
  ['subgerente', 'subgerencia'],
  ['gerente', 'gerencia'],
  ['subdelegado', 'subdelegación'],
  ['delegado', 'delegación'],
  ['contralor', 'contraloría'],
  ['tesorero', 'tesorería'],
  ['comisario', 'comisaría'],
  ['administrador', 'administración'],
  ['subjefe', 'subjefatura'],
  ['jefe', 'jefatura'],
  ['rector', 'rectoría'],
  ['vicerrector', 'vicerrectoría'],
  ['procurador', 'procuraduría'],
  ['defensor', 'defensoría'],
  ['auditor', 'auditoría'],
  ['oficial mayor', 'oficialía mayor'],
  ['visitador', 'visitaduría'],
  ['consejero', 'consejería'],
  ['abogado general', 'abogacía general'],
];

/** Words of a post or unit name that agree in number with it: `Director General` / `Directores Generales`. */
const plurales: readonly (readonly [RegExp, string])[] = [
  [/ores$/u, 'or'],
  [/ciones$/u, 'ción'],
  [/siones$/u, 'sión'],
  [/dades$/u, 'dad'],
  [/ales$/u, 'al'],
  [/ares$/u, 'ar'],
  [/entes$/u, 'ente'],
  [/ntes$/u, 'nte'],
  [/les$/u, 'l'],
  [/es$/u, 'e'],
  [/s$/u, ''],
];

/** Words that never change in number or are not nouns of the name (`de`, `la`, `y`). */
const invariables = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en', 'para', 'a', 'o', 'u']);

/** A word in the singular (`coordinaciones` -> `coordinación`, `generales` -> `general`); lowercase, accents kept. */
export function singular(palabra: string): string {
  const lower = palabra.toLocaleLowerCase('es');
  if (invariables.has(lower) || lower.length <= 3 || !lower.endsWith('s')) return lower;
  // `áreas` -> `área`, `jefaturas` -> `jefatura`: a vowel before the s only drops the s.
  if (/[aeiouáéíóú]s$/u.test(lower) && !/(?:ores|ciones|siones|dades|ales|ares|ntes|les)$/u.test(lower)) return lower.slice(0, -1);
  for (const [plural, sing] of plurales) if (plural.test(lower)) return lower.replace(plural, sing);
  return lower;
}

/** A name in the singular, word by word: `Direcciones Generales Adjuntas` -> `dirección general adjunta`. */
function enSingular(nombre: string): string {
  return nombre
    .split(/\s+/u)
    .filter((palabra) => palabra !== '')
    .map(singular)
    .join(' ');
}

/** Whether a name is in the plural: its first noun is (`Los vicepresidentes`, `las Unidades`, `titulares`). */
export function esPlural(nombre: string): boolean {
  const palabras = nombre.trim().split(/\s+/u);
  const primera = palabras.find((palabra) => !invariables.has(palabra.toLocaleLowerCase('es'))) ?? '';
  return singular(primera) !== primera.toLocaleLowerCase('es');
}

/**
 * The unit a post heads, in lowercase without accents (`Director General de
 * Administración` -> `direccion general de administracion`), or null when the
 * name does not start with a post (`Unidad Jurídica` is already a unit).
 */
export function unidadDelPuesto(nombre: string): string | null {
  const folded = plegar(enSingular(nombre));
  for (const [puesto, unidad] of puestoAUnidad) {
    const clave = plegar(puesto);
    if (folded === clave || folded.startsWith(`${clave} `)) return `${plegar(unidad)}${folded.slice(clave.length)}`;
  }
  return null;
}

/** Whether a name starts with a post (`Secretario de la Comisión`) rather than a unit. */
export function esPuesto(nombre: string): boolean {
  return unidadDelPuesto(nombre) !== null;
}

/**
 * A name as units are compared: singular, lowercase, no accents, no
 * punctuation, posts read as the unit they head (`Directores Generales` and
 * `Dirección General` compare equal).
 */
export function claveDeUnidad(nombre: string): string {
  let clave = claves.get(nombre);
  if (clave === undefined) {
    const limpio = nombre
      .replace(/[.,;:()]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    clave = unidadDelPuesto(limpio) ?? plegar(enSingular(limpio));
    // Recognizers compare every name with every other: each is worked out once. A document names a few hundred.
    if (claves.size >= clavesMax) claves.clear();
    claves.set(nombre, clave);
  }
  return clave;
}

const claves = new Map<string, string>();
const clavesMax = 10_000;
