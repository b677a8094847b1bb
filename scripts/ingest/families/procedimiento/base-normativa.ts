import type { Referencia } from '../../../../src/model/index.ts';
import { primeraFecha } from '../../constructs/fechas.ts';
import { esOrdinal, leerOrdinales } from './fechas.ts';

/**
 * A citation of numerals, then the document they belong to.
 *
 * > | Numeral 7.1, subnumerales segundo, cuarto y quinto del Manual de Organización de la Coordinación de ...
 *     ^ keyword  ^ numerals and sub-numerals               ^ `del`, then the document
 */
const citaDeNumerales = /^(?:Numeral(?:es)?|N[úu]meros?|Apartados?|Incisos?)\s+(.+?)\s+(?:del|de la|de los|de las|de)\s+(\p{Lu}.*)$/u;
/** A DOF / Consejo Técnico acuerdo key at the start of a reference (`ACDO.AS2.HCT.070920/240.P.DA`). */
const claveDeAcuerdo = /^(ACDO\.[\w./-]+?)(?=[\s,]|$)/u;
/** Where the document's name ends: its clave or its date. */
const finDeDocumento = /,?\s+(?:clave\b|con fecha\b|de fecha\b|registrad[oa] el\b|publicad[oa] en\b|emitid[oa] el\b|vigente\b)/u;
const clave = /\bclave\s+([\w.-]*\d[\w.-]*)/u;

/** A numeral with at least one dot (`7.1.2.1`) or a bare number. */
const numeral = /^\d+(?:\.\d+)*$/u;

/**
 * Reads one reference of the base normativa into one `Referencia` per cited
 * numeral (or one without numeral for a whole document). Sub-numerals written
 * as ordinals become numbers; an unreadable one is kept as printed and named
 * in `dudosos`.
 *
 * > | Numeral 7.1.2, subnumerales primero, segundo, onceavo y doceavo, 7.1.2.1 subnumerales primero, ... del Manual de ...
 *     -> { numeral: '7.1.2', subnumerales: ['1', '2', '11', '12'] }, { numeral: '7.1.2.1', ... }
 */
export function leerReferencia(texto: string, linea: number, url: string | null): { referencias: Referencia[]; dudosos: string[] } {
  const base = { clave: clave.exec(texto)?.[1]?.replace(/[.,]$/u, '') ?? null, fecha: primeraFecha(texto), url, texto, linea };
  const cita = citaDeNumerales.exec(texto);
  if (cita) {
    const documento = nombreDeDocumento(cita[2] ?? '');
    const { numerales, dudosos } = leerNumerales(cita[1] ?? '');
    if (numerales.length > 0) {
      return { referencias: numerales.map((n) => ({ documento, numeral: n.numeral, subnumerales: n.subnumerales, ...base })), dudosos };
    }
  }
  const acuerdo = claveDeAcuerdo.exec(texto);
  const documento = acuerdo?.[1] ?? nombreDeDocumento(texto);
  return { referencias: [{ documento, numeral: null, subnumerales: [], ...base }], dudosos: [] };
}

function nombreDeDocumento(texto: string): string {
  const fin = finDeDocumento.exec(texto);
  return (fin ? texto.slice(0, fin.index) : texto).replace(/[.,;]\s*$/u, '').trim();
}

/**
 * The numerals of a citation and the sub-numerals after each.
 *
 * > | 7.1.2, subnumerales primero, segundo, onceavo y doceavo, 7.1.2.1 subnumerales primero
 *     ^ numeral  ^ from here, ordinals belong to 7.1.2          ^ next numeral
 */
function leerNumerales(cita: string): { numerales: { numeral: string; subnumerales: string[] }[]; dudosos: string[] } {
  const numerales: { numeral: string; subnumerales: string[] }[] = [];
  const dudosos: string[] = [];
  let palabras: string[] = [];
  let enSubnumerales = false;
  const cerrar = () => {
    const actual = numerales.at(-1);
    if (actual && palabras.length > 0) {
      for (const n of leerOrdinales(palabras)) {
        if (typeof n === 'string') dudosos.push(n);
        actual.subnumerales.push(String(n));
      }
    }
    palabras = [];
  };
  for (const token of cita.match(/\d+(?:\.\d+)*|\p{L}+/gu) ?? []) {
    if (/^subnumerales?$/iu.test(token) || /^fracci(?:ón|ones)$/iu.test(token)) {
      cerrar();
      enSubnumerales = true;
    } else if (numeral.test(token) && (!enSubnumerales || token.includes('.'))) {
      cerrar();
      enSubnumerales = false;
      numerales.push({ numeral: token, subnumerales: [] });
    } else if (enSubnumerales && (numeral.test(token) || esOrdinal(token))) {
      palabras.push(token);
    } else if (enSubnumerales && !/^(?:y|e|al|a|del|de|la|los|las)$/iu.test(token)) {
      palabras.push(token);
    }
  }
  cerrar();
  return { numerales, dudosos };
}
