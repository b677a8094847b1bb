/** Ordinals as Spanish administrative texts write them (dates: constructs/fechas.ts). */

/** Spanish ordinals 1-9 (and their short forms before a noun). */
const unidades: Record<string, number> = {
  primero: 1, primer: 1, primera: 1,
  segundo: 2, segunda: 2,
  tercero: 3, tercer: 3, tercera: 3,
  cuarto: 4, cuarta: 4,
  quinto: 5, quinta: 5,
  sexto: 6, sexta: 6,
  septimo: 7, septima: 7, setimo: 7,
  octavo: 8, octava: 8,
  noveno: 9, novena: 9,
};
const decenas: Record<string, number> = {
  decimo: 10, decima: 10,
  vigesimo: 20, vigesima: 20,
  trigesimo: 30, trigesima: 30,
  cuadragesimo: 40, cuadragesima: 40,
  quincuagesimo: 50, quincuagesima: 50,
};
/** Partitive forms used as ordinals in IMSS texts (`onceavo`), and the learned 11 and 12. */
const especiales: Record<string, number> = {
  onceavo: 11, undecimo: 11, doceavo: 12, duodecimo: 12, treceavo: 13, catorceavo: 14, quinceavo: 15,
  dieciseisavo: 16, diecisieteavo: 17, dieciochoavo: 18, diecinueveavo: 19, veinteavo: 20,
};

function sinAcentos(palabra: string): string {
  return palabra.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when the word is (the start of) an ordinal the reader below understands. */
export function esOrdinal(palabra: string): boolean {
  const p = sinAcentos(palabra);
  return p in unidades || p in decenas || p in especiales || Object.keys(decenas).some((d) => p.startsWith(d) && p.slice(d.length) in unidades);
}

/**
 * Reads a list of ordinal words into numbers: `décimo primero` and
 * `decimoprimero` are 11, `onceavo` is 11, `vigésimo` is 20.
 *
 * > | primero, segundo, onceavo y doceavo
 *     ^ 1, 2, 11, 12
 */
export function leerOrdinales(palabras: readonly string[]): (number | string)[] {
  const numeros: (number | string)[] = [];
  for (let i = 0; i < palabras.length; i++) {
    const original = palabras[i] ?? '';
    const p = sinAcentos(original);
    if (/^\d+$/u.test(p)) {
      numeros.push(Number(p));
      continue;
    }
    const especial = especiales[p];
    if (especial !== undefined) {
      numeros.push(especial);
      continue;
    }
    const unidad = unidades[p];
    if (unidad !== undefined) {
      numeros.push(unidad);
      continue;
    }
    const decena = decenas[p];
    if (decena !== undefined) {
      const siguiente = unidades[sinAcentos(palabras[i + 1] ?? '')];
      if (siguiente !== undefined) {
        numeros.push(decena + siguiente);
        i++;
      } else numeros.push(decena);
      continue;
    }
    const pegada = Object.entries(decenas).find(([d]) => p.startsWith(d) && p.slice(d.length) in unidades);
    if (pegada) {
      numeros.push(pegada[1] + (unidades[p.slice(pegada[0].length)] ?? 0));
      continue;
    }
    numeros.push(original);
  }
  return numeros;
}
