import { esPlural } from './puestos.ts';

/**
 * An article that assigns: the sentence before a list that says whose
 * atribuciones follow (a unit, a post, or every unit of a kind) or which
 * units make up a body. One construct for the phrasings reglamentos and
 * estatutos use, whatever the institution.
 *
 * > | Corresponde a la Dirección General de Análisis y Estadística el ejercicio de las siguientes atribuciones:
 *                     ^ sujeto                                                             ^ rótulo
 * > | Son facultades y atribuciones de la Unidad Jurídica:
 * > | El titular de la Unidad Jurídica, tiene las atribuciones siguientes:
 * > | Al titular de la Unidad de Enlace le corresponde:
 * > | El Secretario de la Comisión auxiliará en todos los asuntos ... y tendrá las obligaciones siguientes:
 * > | Los vicepresidentes y coordinadores generales tendrán las facultades siguientes:
 *       ^ plural: every unit of those kinds (`generica`)
 * > | La Dirección Administrativa tiene los Órganos Administrativos siguientes:
 *                                         ^ a structure list, not atribuciones
 */

export interface Asignacion {
  /** What the list is: the subject's atribuciones, or the units that make up the subject. */
  clase: 'atribuciones' | 'estructura';
  /**
   * Whom it names, as printed without article or `titular de` (`Dirección
   * General de Análisis y Estadística`, `Director General`, `vicepresidentes y
   * coordinadores generales`); null when the sentence names nobody in
   * particular (`el siguiente personal` of the body the reglamento governs).
   */
  sujeto: string | null;
  /** The whole subject as printed (`La Secretaría Técnica y, en ausencia de ésta, la Subdirección de Apoyo Técnico`). */
  sujetoImpreso: string | null;
  /** True when the subject is every unit of a kind (plural, `cada`): the list is common to them. */
  generica: boolean;
  /** The list's name as the document gives it, capitalized (`Atribuciones delegables`, `Facultades y atribuciones`). */
  rotulo: string;
  /** Articles whose list the subject also has (`además de las facultades previstas en el artículo 10`). */
  ademasDe: number[];
}

/** An introducing sentence, not a page of text: longer ones are not tried (and cannot make the patterns slow). */
const introduccionLongitudMax = 1_000;

/** Nouns of a list of atribuciones. */
const sustantivoDeAtribuciones = '(?:atribuciones|facultades|funciones|obligaciones|competencias|responsabilidades|deberes)';
/** The list's name: one or two such nouns and a qualifier (`atribuciones delegables`, `funciones y obligaciones`). */
const rotuloDeLista = new RegExp(
  `\\b(${sustantivoDeAtribuciones}(?:\\s*(?:,|y|e)\\s*${sustantivoDeAtribuciones})*(?:\\s+(?:generales|espec[íi]ficas|comunes|delegables|indelegables|no\\s+delegables|gen[ée]ricas))?)\\b`,
  'iu',
);
/** Nouns of a list of units: `los Órganos Administrativos siguientes`, `la siguiente estructura`, `el siguiente personal`. */
const sustantivoDeEstructura = /(?<!\p{L})(?:estructura|[óo]rganos|unidades\s+administrativas|[áa]reas|oficinas|personal|dependencias)(?!\p{L})/giu;
const sustantivoDeAtribucionesGlobal = new RegExp(sustantivoDeAtribuciones, 'giu');

/** A sentence that gives a list by its verb alone: `Corresponde al Secretario General:`, `Al Abogado General le corresponde:`. */
const asignaSinSustantivo = /^(?:(?:corresponden?|competen?)\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+\S.*|(?:al|a\s+la|a\s+los|a\s+las)\s+\S.*\s(?:le|les)\s+(?:corresponden?|competen?)(?:\s+lo\s+siguiente)?)\s*:$/iu;
/** A body that lists what it has: `la Universidad contará con:`. */
const cuentaCon = /\b(?:contar[áa]n?|cuentan?)\s+con\s*:$/iu;

/** Verbs that follow a subject given atribuciones or units. */
const verbo = new RegExp(
  '(?<!\\p{L})(?:tendr[áa]n?|tienen?|ejercer[áa]n?|contar[áa]n?\\s+con|cuentan?\\s+con|auxiliar[áa]n?|podr[áa]n?|deber[áa]n?|estar[áa]n?|est[áa]n?|ser[áa]n?|le[s]?\\s+corresponden?|competen?)(?!\\p{L})',
  'iu',
);
/** A subject may come after an opening clause: `Para el despacho de los asuntos ..., el Director General tendrá`. */
const clausulaInicial = /^(?:para|en|con|sin\s+perjuicio|adem[áa]s|asimismo|conforme|de\s+conformidad)\b/iu;
/** Or have one after it, between commas (`y, en ausencia de ésta, la Subdirección` goes on naming). */
const incisoTrasComa = /(?<!\s(?:y|e|o|u)),\s*(?:para|en|con|sin\s+perjuicio|adem[áa]s|asimismo|conforme|de\s+conformidad)\b.*$/iu;

/**
 * The subject's forms, first match wins:
 * `Corresponde(n)/Compete(n) a la X ...`, `Son <lista> de la X`, `Al titular de la X le corresponde`,
 * `X tendrá/tiene/ejercerá ...`.
 */
const correspondeA = new RegExp(
  `^(?:corresponden?|competen?)\\s+(?:originalmente\\s+|tambi[ée]n\\s+)?(?:a\\s+la|a\\s+los|a\\s+las|al|a)\\s+(.+?)(?:,\\s*|\\s*:$|\\s+(?=(?:el\\s+ejercicio|(?:las|los)\\s+(?:siguientes|${sustantivoDeAtribuciones})|lo\\s+siguiente|ejercer|conocer|el\\s+despacho)(?!\\p{L})))`,
  'iu',
);
const sonDe = new RegExp(`^son\\s+(?:las\\s+|los\\s+)?${sustantivoDeAtribuciones}(?:\\s+(?:y|e)\\s+${sustantivoDeAtribuciones})*\\s+(?:de\\s+la|de\\s+los|de\\s+las|del|de)\\s+(.+?)(?:,?\\s+las\\s+siguientes|,?\\s+los\\s+siguientes)?\\s*:?$`, 'iu');
const alTitular = /^(?:al|a\s+la|a\s+los|a\s+las)\s+(.+?)\s+(?:le|les)\s+(?:corresponden?|competen?)\b/iu;

/** The subject before the sentence's first verb, past any opening clause. */
function sujetoAntesDelVerbo(frase: string): string | null {
  const match = verbo.exec(frase);
  if (!match) return null;
  const antes = frase.slice(0, match.index);
  const partes = antes.split(',').map((parte) => parte.trim()).filter((parte) => parte !== '');
  if (partes.length === 0) return null;
  return clausulaInicial.test(antes.trim()) ? (partes.at(-1) ?? null) : antes;
}

/** Words that open a subject but are not its name. */
const determinante = /^(?:el|la|los|las|cada|todo|toda|todos|todas|un|una)\s+/iu;
const titularDe = /^(?:(?:la\s+)?persona\s+)?(?:titular(?:es)?|encargad[oa]s?|responsables?)\s+(?:de\s+la|de\s+las|de\s+los|del|de)\s+/iu;

/**
 * Reads the sentence that introduces an article's list; null when it
 * introduces neither atribuciones nor units (definitions, requisites, rules).
 */
export function leerAsignacion(introduccion: string): Asignacion | null {
  if (introduccion.length > introduccionLongitudMax) return null;
  const texto = introduccion.replace(/\s+/gu, ' ').trim();
  // The sentence that introduces the list is the last one before it.
  const frase = ultimaFrase(texto);
  // What the list holds is the noun nearest its end: `para el ejercicio de sus atribuciones, contará con los órganos ... siguientes`.
  const ultimaAtribucion = ultimaPosicion(frase, sustantivoDeAtribucionesGlobal);
  const ultimaEstructura = ultimaPosicion(frase, sustantivoDeEstructura);
  // Without a noun, the verb says it: `Corresponde al Secretario General:`, `Al Abogado General le corresponde:`
  // assign a list; `la Universidad contará con:` lists units.
  const sinSustantivo = ultimaAtribucion < 0 && ultimaEstructura < 0;
  if (sinSustantivo && !asignaSinSustantivo.test(frase) && !cuentaCon.test(frase)) return null;
  const estructura = ultimaEstructura > ultimaAtribucion || (sinSustantivo && cuentaCon.test(frase));
  const rotulo = estructura ? undefined : rotuloDeLista.exec(frase.slice(ultimaAtribucion - 40 < 0 ? 0 : ultimaAtribucion - 40))?.[1] ?? rotuloDeLista.exec(frase)?.[1];
  const crudo = correspondeA.exec(frase)?.[1] ?? sonDe.exec(frase)?.[1] ?? alTitular.exec(frase)?.[1] ?? sujetoAntesDelVerbo(frase);
  const sujeto = crudo === null ? null : limpiarSujeto(crudo);
  const generica = crudo !== null && (/^cada\s/iu.test(crudo.trim()) || esPlural(crudo.replace(titularDe, '').replace(determinante, '')) || /^(?:los|las)\s/iu.test(crudo.trim()));
  return {
    clase: estructura ? 'estructura' : 'atribuciones',
    sujeto: sujeto === '' || sujeto === null || !/\p{L}/u.test(sujeto) ? null : sujeto,
    // `La Comisión, para el ejercicio de sus atribuciones, contará con`: the clause between commas is not the subject.
    sujetoImpreso: crudo?.replace(incisoTrasComa, '').trim().replace(/[,;\s]+$/u, '') ?? null,
    generica,
    rotulo: rotulo === undefined ? (estructura ? 'Estructura' : 'Atribuciones') : capitalizar(rotulo.replace(/\s+/gu, ' ').toLocaleLowerCase('es')),
    ademasDe: [...frase.matchAll(/\bprevistas?\s+en\s+el\s+art[íi]culo\s+(\d{1,3})\b/giu)].map((match) => Number(match[1])),
  };
}

function ultimaPosicion(texto: string, patron: RegExp): number {
  let ultima = -1;
  for (const match of texto.matchAll(patron)) ultima = match.index;
  return ultima;
}

/** The last sentence of a paragraph (`... nombrará un Secretario. El Secretario ... tendrá ... facultades:`). */
function ultimaFrase(texto: string): string {
  const partes = texto.split(/(?<=[a-záéíóúñ)]\.)\s+(?=\p{Lu})/u);
  return (partes.at(-1) ?? texto).trim();
}

/** The subject without article, `titular de`, or a closing comma: `el titular de la Unidad Jurídica,` -> `Unidad Jurídica`. */
function limpiarSujeto(crudo: string): string {
  let sujeto = crudo.trim().replace(/[,;.\s]+$/u, '');
  for (let i = 0; i < 3; i++) sujeto = sujeto.replace(determinante, '').replace(titularDe, '');
  // `La Secretaría Técnica y, en ausencia de ésta, la Subdirección`: the first named.
  sujeto = sujeto.split(/,|\s+y,\s/u)[0]?.trim() ?? sujeto;
  // `El Secretario Administrativo también tendrá`: the adverb goes with the verb.
  sujeto = sujeto.replace(/\s+(?:tambi[ée]n|adem[áa]s|asimismo|igualmente)$/iu, '');
  return sujeto;
}

function capitalizar(texto: string): string {
  return texto.charAt(0).toLocaleUpperCase('es') + texto.slice(1);
}

/**
 * An article that gives a unit the list another article gives someone else,
 * without repeating it:
 *
 * > | Los sub-directores de las Oficinas Regionales ... tendrán las mismas obligaciones y atribuciones que para el Director ... se señalan en el artículo anterior.
 *       ^ sujeto                                                     ^ rótulo                                                                   ^ artículo
 * > | El Secretario del Comité ... tendrá las mismas facultades que el Secretario de la Junta de Gobierno ..., de conformidad con el artículo 3 de este Reglamento.
 *
 * A reference to another ordinance (`el artículo 257 de la Ley Orgánica`)
 * is not a list of this document and reads as null.
 */
export interface Remision {
  /** Whom it names, as a unit name (`Sub-directores de las Oficinas Regionales`). */
  sujeto: string;
  rotulo: string;
  /** The article whose list it gives, or `anterior` for the one before. */
  articulo: number | 'anterior';
  /** The sentence, for the page to quote. */
  frase: string;
}

const remite = new RegExp(
  `^(.+?)\\s+(?:tendr[áa]n?|tienen?|ejercer[áa]n?)\\s+las\\s+mismas\\s+(${sustantivoDeAtribuciones}(?:\\s+(?:y|e)\\s+${sustantivoDeAtribuciones})?)\\s+que\\s.*?\\bart[íi]culo\\s+(\\d{1,3}|anterior)\\b(.*)$`,
  'iu',
);
/** What follows `artículo N` when it is another ordinance's article. */
const deOtraNorma = /^\s*(?:,\s*)?(?:de\s+la|del)\s+(?:ley|c[óo]digo|constituci[óo]n|decreto|reglamento\s+de\s+la\s+ley|estatuto\s+general)\b/iu;

export function leerRemision(parrafo: string): Remision | null {
  const texto = parrafo.replace(/\s+/gu, ' ').trim();
  for (const frase of texto.split(/(?<=[a-záéíóúñ)]\.)\s+(?=\p{Lu})/u)) {
    if (frase.length > introduccionLongitudMax) continue;
    const match = remite.exec(frase);
    if (!match?.[1] || !match[2] || !match[3] || deOtraNorma.test(match[4] ?? '')) continue;
    const antes = sujetoAntesDelVerbo(frase) ?? match[1];
    // `... que existan en el Estado`: a relative clause says which, it is not the name.
    const sujeto = limpiarSujeto(antes).replace(/\s+que\s.*$/u, '');
    if (!/\p{L}/u.test(sujeto)) continue;
    return {
      sujeto: capitalizar(sujeto),
      rotulo: capitalizar(match[2].replace(/\s+/gu, ' ').toLocaleLowerCase('es')),
      articulo: /^\d/u.test(match[3]) ? Number(match[3]) : 'anterior',
      frase: frase.trim(),
    };
  }
  return null;
}
