import type { LineaDePagina } from './pdf-layout.ts';

/**
 * A PDF's page furniture, found by position: running headers and footers are
 * the lines at the top or bottom of a page whose text (digits aside) comes
 * back at the same end of most pages, and a line that is only a page number
 * there is one too. Pure.
 *
 * > | miércoles 22 de junio de 2022          Periódico Oficial No. 230     (top of every gazette page)
 * > | SGG-ID-PO15583
 * > | 22/05/2023 11:31 a. m.                                          7    (bottom of every page)
 * > |                                                                31    (a page number alone)
 *
 * A header sits at the same place on each page, and texts are compared by their character pairs (Dice coefficient), so an OCR
 * that reads the same header slightly differently on each page
 * (`MOE /DGSC JULIO/2018 10 DE 27`, `MOE/DGSC JULIO/2018 Pa`) still matches.
 * A document of one page has no furniture to tell apart. In a scan's
 * margins a line with no real word (a logo or a speck read as `Y)`) goes
 * too, and so does one the OCR itself doubts (`———_— _ >Pero RH A`, the
 * marks under a header table).
 */

export interface PaginaLeida {
  /** Page height in points. */
  alto: number;
  lineas: LineaDePagina[];
  /** Read by OCR: its headers vary more, and its margins hold specks read as letters. */
  ocr?: boolean;
}

export type ReglaDeMobiliario = 'encabezado-de-pagina-pdf' | 'pie-de-pagina-pdf' | 'numero-de-pagina-pdf' | 'ruido-de-escaneo';

export interface MobiliarioQuitado {
  /** The pages with their furniture lines removed. */
  paginas: PaginaLeida[];
  /** Lines removed per rule. */
  descartadas: Partial<Record<ReglaDeMobiliario, number>>;
}

/** Lines this close to the top or the bottom of the page (share of its height) may be furniture... */
const bandShare = 0.2;
/** ...and only the first or last few of a page. */
const bandLinesMax = 6;
/** A header comes back on at least this share of the pages (and on two at least). */
const repeatShareMin = 0.5;
/** Two texts are the same header when their character pairs agree this much... */
const similarityMin = 0.8;
/**
 * ...or this much when one of them was read by OCR: a scan's header
 * `MOE/DGSC JULIO/2018 10 DE 27` comes back as `L__MOE/DGSC | JULIO/2013 AA DEA`
 * and `MOE / DGSC JULIO/2018 La00 140 DES 27` (0.68).
 */
const similarityOcrMin = 0.6;
/**
 * A header is printed at the same place on every page: its lines agree this
 * closely (points; a scan shifts a little from page to page). A document's
 * title opening its first page, under a running header that repeats it,
 * sits lower and is kept.
 */
const positionTolerance = 18;
/** And two texts of very different lengths are not the same header, however much one contains the other. */
const lengthRatioMin = 0.7;

/** In a scan's margin, a line without a word of three letters is a speck or a logo read as text (`Y)`, `PY e`). */
const scanWord = /\p{L}{3}/u;

/**
 * Below this mean confidence a line in a scan's margin is marks read as
 * letters: Tesseract scores words it reads well above 90, and a logo's or a
 * table rule's marks 15–55.
 */
const scanConfidenceMax = 60;

/** `7`, `- 7 -`, `Página 7`, `Página 7 de 27`, `Hoja 7/27`, `p. 7`. */
const pageNumber = /^(?:p[áa]gina|p[áa]g\.|p\.|hoja)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:de|\/)\s*\d{1,4})?$/i;

export function quitarMobiliario(paginas: readonly PaginaLeida[]): MobiliarioQuitado {
  const descartadas: Partial<Record<ReglaDeMobiliario, number>> = {};
  const count = (regla: ReglaDeMobiliario) => (descartadas[regla] = (descartadas[regla] ?? 0) + 1);
  const tops = paginas.map((pagina) => banda(pagina, 'arriba'));
  const bottoms = paginas.map((pagina) => banda(pagina, 'abajo'));
  const repeated = (bands: LineaDePagina[][], page: number, linea: LineaDePagina, lado: 'arriba' | 'abajo'): boolean => {
    if (paginas.length < 2) return false;
    const key = clave(linea);
    if (key.length === 0) return false;
    const place = (pagina: PaginaLeida | undefined, candidate: LineaDePagina) => (lado === 'arriba' ? candidate.y : (pagina?.alto ?? 0) - candidate.y);
    const here = place(paginas[page], linea);
    let pages = 1;
    for (const [other, band] of bands.entries()) {
      if (other === page) continue;
      const min = paginas[page]?.ocr || paginas[other]?.ocr ? similarityOcrMin : similarityMin;
      const same = (candidate: LineaDePagina) => {
        const otherKey = clave(candidate);
        return (
          Math.abs(place(paginas[other], candidate) - here) <= positionTolerance &&
          Math.min(key.length, otherKey.length) >= lengthRatioMin * Math.max(key.length, otherKey.length) &&
          dice(key, otherKey) >= min
        );
      };
      if (band.some(same)) pages++;
    }
    return pages >= Math.max(2, Math.ceil(repeatShareMin * paginas.length));
  };
  const out = paginas.map((pagina, page) => {
    const drop = new Set<LineaDePagina>();
    for (const [bands, regla, lado] of [
      [tops, 'encabezado-de-pagina-pdf', 'arriba'],
      [bottoms, 'pie-de-pagina-pdf', 'abajo'],
    ] as const) {
      for (const linea of bands[page] ?? []) {
        if (drop.has(linea)) continue;
        if (pageNumber.test(textoDe(linea))) {
          drop.add(linea);
          count('numero-de-pagina-pdf');
        } else if (pagina.ocr && (!scanWord.test(textoDe(linea)) || (linea.confianza ?? 100) < scanConfidenceMax)) {
          drop.add(linea);
          count('ruido-de-escaneo');
        } else if (repeated(bands, page, linea, lado)) {
          drop.add(linea);
          count(regla);
        }
      }
    }
    return { ...pagina, lineas: pagina.lineas.filter((linea) => !drop.has(linea)) };
  });
  return { paginas: out, descartadas };
}

/** The first (or last) lines of a page that lie in its top (or bottom) band. */
function banda(pagina: PaginaLeida, lado: 'arriba' | 'abajo'): LineaDePagina[] {
  const lineas = lado === 'arriba' ? pagina.lineas.slice(0, bandLinesMax) : pagina.lineas.slice(-bandLinesMax);
  return lineas.filter((linea) => (lado === 'arriba' ? linea.abajo <= bandShare * pagina.alto : linea.arriba >= (1 - bandShare) * pagina.alto));
}

export function textoDe(linea: LineaDePagina): string {
  return linea.tramos.map((tramo) => tramo.texto).join(' ');
}

/** What a header keeps from page to page: its words, digits made equal, case and spacing ignored. */
function clave(linea: LineaDePagina): string {
  return textoDe(linea).toLowerCase().replace(/\d+/g, '0').replace(/[^\p{L}0]+/gu, '');
}

/** Dice coefficient of two texts' character pairs: 1 the same, 0 nothing in common. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const pair = a.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const left = pairs.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      pairs.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
