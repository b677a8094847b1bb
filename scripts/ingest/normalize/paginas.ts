import type { Line } from '../../../src/model/index.ts';
import { plegar } from '../constructs/texto.ts';
import type { FurnitureRule } from './rule.ts';

/**
 * Page furniture found by what it is, for documents nobody here has seen:
 * the lines that recur at the top or the bottom of the pages (running
 * headers, gazette and printing footers, form codes) and the page numbers.
 * No list of headers of any one document: a line is furniture because it
 * comes back page after page in the same place.
 *
 * Pages are known from the text itself: a form feed (U+000C, which
 * `pdftotext` writes at every page end), a converter's page marker
 * (`<!-- Page 12 -->`), or a line's `pagina` when the reader knew it (a PDF).
 *
 * > | Artículo 14. Los integrantes de la Comisión están obligados a acudir puntualmente
 * > | 22/05/2023 11:31 a. m.                                                             4
 *     ^ bottom of every page: `#/#/# #:# a. m. #` once digits are folded -> pie-recurrente
 * > | ␌Artículo 15. Los integrantes de la Comisión podrán proponer asuntos para su
 *      ^ form feed: a new page starts here (the line itself is text)
 */

/** Lines at each end of a page where running headers and footers sit. */
const bandaLineasMax = 4;
/** A recurring line must come back on this many pages at least... */
const recurrenteMinPaginas = 3;
/**
 * ...and on this share of them: odd and even pages may alternate two headers
 * (each on half the pages), while a heading that opens a run of chart pages
 * (`Organigrama Específico` on a third of a manual's pages) is not furniture.
 */
const recurrenteMinParteDePaginas = 0.4;
/**
 * ...and nearly always in a band: a label such as `Funciones:` may open a
 * page by chance, but most of its sightings are in the middle of pages.
 */
const recurrenteMinParteEnBanda = 0.9;
/** A running header is a line, not a paragraph. */
const recurrenteLongitudMax = 200;

/**
 * A converter's page marker, a line of its own.
 *
 * > | <!-- Page 12 -->
 * > | <!-- PageBreak -->
 */
const marcaDePagina = /^\s*<!--\s*page\s*(?:break|\d+)?\s*-->\s*$/iu;

/**
 * A page number alone on its line, in the shapes printers use.
 *
 * > | 37
 * > | - 37 -
 * > | Página 37 de 120
 * > | Pág. 37
 * > | 37 de 120
 * > | 37/120
 */
const numeroDePagina = /^\s*(?:[-–—]\s*)?(?:p[áa]g(?:ina|\.)?\s*)?(\d{1,4})(?:\s*(?:de|\/)\s*\d{1,4})?(?:\s*[-–—])?\s*$/iu;
/** A number with nothing that says "page" may be a footnote's mark or an item's number: only at the page's very edge. */
const soloCifras = /^\s*\d{1,4}\s*$/u;

export interface Pagina {
  /** 1-based, in reading order. */
  numero: number;
  /** The page's lines (blank ones included), in order. */
  lines: Line[];
}

/**
 * The text's pages, or null when nothing marks them. A form feed opens a new
 * page on the line it starts; a converter's marker opens one after itself.
 */
export function paginas(lines: readonly Line[]): Pagina[] | null {
  const conPagina = lines.some((line) => line.pagina !== undefined);
  if (!paginasMarcadas(lines)) return paginasPorContador(lines);
  const out: Pagina[] = [{ numero: 1, lines: [] }];
  let anterior = lines[0]?.pagina;
  for (const line of lines) {
    const nueva = conPagina ? line.pagina !== anterior : line.texto.startsWith('\f');
    anterior = line.pagina;
    if (nueva && (out.at(-1)?.lines.length ?? 0) > 0) out.push({ numero: out.length + 1, lines: [] });
    out.at(-1)?.lines.push(line);
    // A form feed inside a line (`texto\ftexto`) or a marker ends the page after it.
    if (!conPagina && (marcaDePagina.test(line.texto) || line.texto.slice(1).includes('\f'))) out.push({ numero: out.length + 1, lines: [] });
  }
  return out.filter((pagina) => pagina.lines.length > 0);
}

/**
 * A page counter at a line's end (`... 12/73`, `Hoja: 12 de 474`): a browser's
 * print or a controlled document numbers its pages against their total.
 */
const contador = /(?:^|\s)(\d{1,4})\s*(?:\/|de)\s*(\d{1,4})\s*$/iu;
/** So many counters, counting up against one total, mark the pages of a text without form feeds. */
const contadoresMin = 3;

/**
 * The pages of a text without form feeds, from the page counters its pages
 * end (or start) with: the lines counting up to the same total. Each such
 * line closes its page.
 *
 * > | ... que le sean encomendadas por la
 * > | 4/12/26, 10:15 Manual de Organización 5/73
 *                                           ^ page 5 of 73 ends here
 * > | Comisión y las demás que le confieran otras disposiciones.
 */
function paginasPorContador(lines: readonly Line[]): Pagina[] | null {
  const porTotal = new Map<string, Line[]>();
  for (const line of lines) {
    const match = contador.exec(line.texto);
    if (!match || Number(match[1]) > Number(match[2])) continue;
    const total = match[2] ?? '';
    if (!porTotal.has(total)) porTotal.set(total, []);
    porTotal.get(total)?.push(line);
  }
  const [, cierres] = [...porTotal].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!cierres || cierres.length < contadoresMin) return null;
  const valores = cierres.map((line) => Number(contador.exec(line.texto)?.[1]));
  const ascendentes = valores.filter((valor, i) => i === 0 || valor > (valores[i - 1] ?? 0)).length;
  if (ascendentes < valores.length * 0.8) return null;
  const fin = new Set(cierres.map((line) => line.n));
  const out: Pagina[] = [{ numero: 1, lines: [] }];
  for (const line of lines) {
    out.at(-1)?.lines.push(line);
    if (fin.has(line.n)) out.push({ numero: out.length + 1, lines: [] });
  }
  return out.filter((pagina) => pagina.lines.length > 0);
}

/** Whether the text marks its pages itself: form feeds, a converter's page comments, or a reader's page numbers. */
export function paginasMarcadas(lines: readonly Line[]): boolean {
  return lines.some((line) => line.pagina !== undefined || line.texto.includes('\f') || marcaDePagina.test(line.texto));
}

/**
 * A line as furniture compares: without accents, case, spacing, form feeds,
 * with every number the same, and its words in order of the alphabet, so the
 * header of an even page (`4 Periódico Oficial  Martes 14 de Marzo`) equals
 * the odd page's mirror (`Martes 14 de Marzo  Periódico Oficial 5`).
 */
function claveDeRecurrencia(texto: string): string {
  return plegar(texto.replaceAll('\f', ' '))
    .replace(/\d+/gu, '#')
    .split(/\s+/u)
    .filter((palabra) => palabra !== '')
    .sort()
    .join(' ');
}

/** The non-blank lines of each end of a page. */
function bandas(pagina: Pagina): { arriba: Line[]; abajo: Line[] } {
  const texto = pagina.lines.filter((line) => line.texto.replaceAll('\f', '').trim() !== '');
  return { arriba: texto.slice(0, bandaLineasMax), abajo: texto.slice(-bandaLineasMax) };
}

/** Markers of pages: form feeds alone on their line and converters' page comments. */
export const saltoDePagina: FurnitureRule = {
  regla: 'salto-de-pagina',
  drop(lines) {
    const dropped = new Set<number>();
    for (const line of lines) if (marcaDePagina.test(line.texto) || (line.texto.includes('\f') && line.texto.replaceAll('\f', '').trim() === '')) dropped.add(line.n);
    return dropped;
  },
};

type ReglaDePagina = 'encabezado-recurrente' | 'pie-recurrente' | 'numero-de-pagina' | 'ruido-de-escaneo';

/** One computation per text for the three rules below (normalize runs each over the same lines). */
const calculadas = new WeakMap<readonly Line[], Map<number, ReglaDePagina>>();

function reglaDePaginas(regla: ReglaDePagina): FurnitureRule {
  return {
    regla,
    drop(lines) {
      let todas = calculadas.get(lines);
      if (!todas) {
        todas = furnitureDePaginas(lines);
        calculadas.set(lines, todas);
      }
      return new Set([...todas].filter(([, cual]) => cual === regla).map(([n]) => n));
    },
  };
}

/** Lines that recur in the top band of many pages and almost never elsewhere. */
export const encabezadoRecurrente = reglaDePaginas('encabezado-recurrente');
/** The same at the bottom of the pages. */
export const pieRecurrente = reglaDePaginas('pie-recurrente');
/** Page numbers at a page's edge, or anywhere in its bands when they say they are one (`Página 3`, `3 de 40`). */
export const numeroDePaginaAlBorde = reglaDePaginas('numero-de-pagina');
/** What a scan reads off a page's edge around its header: a logo's letters, rules, stray signs. */
export const ruidoDeEscaneo = reglaDePaginas('ruido-de-escaneo');

/**
 * Which lines of `lines` are page furniture, and which rule names each: the
 * top band's recurring lines are `encabezado-recurrente`, the bottom's
 * `pie-recurrente`, a page number `numero-de-pagina`.
 */
function furnitureDePaginas(lines: readonly Line[]): Map<number, ReglaDePagina> {
  const out = new Map<number, ReglaDePagina>();
  const paginasDelTexto = paginas(lines);
  if (!paginasDelTexto || paginasDelTexto.length < recurrenteMinPaginas) return out;
  const enBanda = new Map<string, Set<number>>();
  const vistas = new Map<string, number>();
  // Keys are worked out once per text: a long document repeats its header hundreds of times.
  const claves = new Map<string, string>();
  const claveDe = (line: Line) => {
    let clave = claves.get(line.texto);
    if (clave === undefined) {
      clave = claveDeRecurrencia(line.texto);
      claves.set(line.texto, clave);
    }
    return clave;
  };
  const porPagina = paginasDelTexto.map((pagina) => ({ pagina, ...bandas(pagina) }));
  for (const { pagina, arriba, abajo } of porPagina) {
    for (const line of new Set([...arriba, ...abajo])) {
      const clave = claveDe(line);
      if (!enBanda.has(clave)) enBanda.set(clave, new Set());
      enBanda.get(clave)?.add(pagina.numero);
    }
  }
  for (const line of lines) {
    // A line far longer than any furniture cannot be one (its key is longer still).
    if (line.texto.trim().length > recurrenteLongitudMax * 3) continue;
    const clave = claveDe(line);
    if (enBanda.has(clave)) vistas.set(clave, (vistas.get(clave) ?? 0) + 1);
  }
  const minPaginas = Math.max(recurrenteMinPaginas, Math.ceil(paginasDelTexto.length * recurrenteMinParteDePaginas));
  const recurrente = (clave: string): boolean => {
    const paginasConClave = enBanda.get(clave)?.size ?? 0;
    if (paginasConClave < minPaginas || clave.length > recurrenteLongitudMax || !/[\p{L}#]/u.test(clave)) return false;
    // Bare page numbers recur as `#` too; they are judged at the page's edge below.
    if (clave === '#') return false;
    return paginasConClave / (vistas.get(clave) ?? paginasConClave) >= recurrenteMinParteEnBanda;
  };
  for (const { arriba, abajo } of porPagina) {
    for (const [banda, regla, desdeElBorde] of [
      [arriba, 'encabezado-recurrente', arriba],
      [abajo, 'pie-recurrente', [...abajo].reverse()],
    ] as const) {
      for (const line of banda) if (recurrente(claveDe(line))) out.set(line.n, regla);
      // A header a tool wrapped in two on some pages: the two lines make the header of the rest.
      for (const [i, line] of banda.entries()) {
        const siguiente = banda[i + 1];
        if (!siguiente || out.has(line.n) || out.has(siguiente.n)) continue;
        if (!recurrente(claveDeRecurrencia(`${line.texto} ${siguiente.texto}`))) continue;
        out.set(line.n, regla);
        out.set(siguiente.n, regla);
      }
      // A page number: anywhere in the band when it says so (`Página 3`, `3 de 40`), a bare
      // number only with nothing but furniture between it and the page's edge.
      for (const line of desdeElBorde) {
        if (out.has(line.n)) continue;
        if (numeroDePagina.test(line.texto.replaceAll('\f', ''))) out.set(line.n, 'numero-de-pagina');
        else break;
      }
      for (const line of banda) {
        const texto = line.texto.replaceAll('\f', '');
        if (!out.has(line.n) && numeroDePagina.test(texto) && !soloCifras.test(texto)) out.set(line.n, 'numero-de-pagina');
      }
    }
  }
  if (pareceEscaneo(paginasDelTexto)) marcarRecurrentesDifusas(paginasDelTexto, lines, minPaginas, out);
  return out;
}

/** Share of pages that open with a scan's noise (a logo read as letters) that says a text was read by OCR. */
const paginasConRuidoMin = 0.3;

/**
 * Whether a text reads like OCR output: many of its pages open with a few
 * characters that are no word (`PY`, `a e A a`, `GF | |`), what a scanner
 * makes of a logo. Born-digital text opens its pages with a header or text.
 */
function pareceEscaneo(paginasDelTexto: readonly Pagina[]): boolean {
  const conRuido = paginasDelTexto.filter((pagina) => {
    const primeras = pagina.lines.filter((line) => line.texto.replaceAll('\f', '').trim() !== '').slice(0, 3);
    return primeras.some((line) => {
      const texto = line.texto.replaceAll('\f', '').trim();
      return texto.length <= 8 && !esMarcaDeLista(texto) && !/^\d+$/u.test(texto) && !/\p{Ll}{3}/u.test(texto);
    });
  }).length;
  return conRuido >= paginasDelTexto.length * paginasConRuidoMin;
}

/**
 * A scan reads the same header a little differently on each page
 * (`COMISIÓN MANUAL DE ORGANIZACIÓN ESPECÍFICO`, `MANUAL DE ORGANIZACIÓN
 * ESPECÍFICO`; `MOE /DG JULIO/2018 12 DE 27`, `MOE / DG JULIO/2018`), and
 * splits its table into other lines. Compared by their letters alone, a line
 * that holds a run of letters recurring at the top of most pages is the
 * header; the logo's fragments above it and the rules below it go with it.
 *
 * > | PY
 * > | COMISIÓN
 * > | a a RR
 * > | MANUAL DE ORGANIZACIÓN ESPECÍFICO        <- letters recur on most pages
 * > | CÓDIGO FECHA DE REVISIÓN No. DE REVISIÓN PÁGINA
 * > | MOE /DGSC JULIO/2018 12 DE 27
 * > | ====
 */
function marcarRecurrentesDifusas(paginasDelTexto: readonly Pagina[], lines: readonly Line[], minPaginas: number, out: Map<number, ReglaDePagina>): void {
  const porPagina = paginasDelTexto.map((pagina) => {
    const texto = pagina.lines.filter((line) => line.texto.replaceAll('\f', '').trim() !== '');
    return { arriba: texto.slice(0, bandaDifusaLineasMax), abajo: texto.slice(-bandaDifusaLineasMax) };
  });
  // Each line's letters, once: every candidate is compared with every line.
  const claves = new Map<string, string>();
  const claveDe = (texto: string) => {
    let clave = claves.get(texto);
    if (clave === undefined) {
      clave = claveDifusa(texto);
      claves.set(texto, clave);
    }
    return clave;
  };
  // A variant holds the recurring letters and little else: a sentence that mentions them does not.
  const contiene = (texto: string, candidata: string) => {
    const clave = claveDe(texto);
    return candidata.length >= clave.length * parecidoMin && clave.includes(candidata);
  };
  // Candidates are what the exact comparison left: a scan's variants, not a header already found.
  const candidatas = new Set<string>();
  for (const { arriba, abajo } of porPagina) for (const line of [...arriba, ...abajo]) {
    if (out.has(line.n)) continue;
    const clave = claveDe(line.texto);
    if (clave.length >= claveDifusaMin) candidatas.add(clave);
  }
  const recurrentes: string[] = [];
  for (const candidata of candidatas) {
    const paginasConClave = porPagina.filter(({ arriba, abajo }) => [...arriba, ...abajo].some((line) => contiene(line.texto, candidata))).length;
    if (paginasConClave < minPaginas) continue;
    const todas = lines.filter((line) => contiene(line.texto, candidata)).length;
    const enBandas = porPagina.reduce((suma, { arriba, abajo }) => suma + new Set([...arriba, ...abajo].filter((line) => contiene(line.texto, candidata))).size, 0);
    if (enBandas / todas >= recurrenteMinParteEnBanda) recurrentes.push(candidata);
  }
  if (recurrentes.length === 0) return;
  const esRecurrente = (line: Line) => claveDe(line.texto).length >= claveDifusaMin && recurrentes.some((recurrente) => contiene(line.texto, recurrente));
  const esRuido = (texto: string) => texto.trim().length <= ruidoLongitudMax && !esMarcaDeLista(texto);
  // A piece of the header the scan set on its own line (`CÓDIGO`, `MOE /DGSC`, `JULIO/2018 26 DE 27`).
  const esPedazo = (texto: string) => {
    const clave = claveDe(texto);
    return clave.length >= pedazoLetrasMin && esRuido(texto) && recurrentes.some((recurrente) => recurrente.includes(clave));
  };
  for (const { arriba, abajo } of porPagina) {
    // The table's page cell, wherever the scan put it: `PÁGINA`, `19 DE 27`.
    for (const line of [...arriba, ...abajo]) {
      const texto = line.texto.replaceAll('\f', '');
      if (!out.has(line.n) && ((numeroDePagina.test(texto) && !soloCifras.test(texto)) || /^\s*p[áa]gina:?\s*$/iu.test(texto))) out.set(line.n, 'numero-de-pagina');
    }
    const ultimaArriba = arriba.findLastIndex(esRecurrente);
    arriba.forEach((line, i) => {
      if (out.has(line.n)) return;
      if (esRecurrente(line)) out.set(line.n, 'encabezado-recurrente');
      else if (esPedazo(line.texto)) out.set(line.n, 'encabezado-recurrente');
      else if ((i < ultimaArriba && esRuido(line.texto)) || (i <= ultimaArriba + 1 && sinLetrasNiCifras(line.texto))) out.set(line.n, 'ruido-de-escaneo');
    });
    for (const line of abajo) if (!out.has(line.n) && esRecurrente(line)) out.set(line.n, 'pie-recurrente');
    // Below a footer, only noise down to the page's end (on a short page the header is no footer).
    const ultimaAbajo = abajo.findLastIndex(esRecurrente);
    const pie = abajo[ultimaAbajo];
    const debajo = pie && !arriba.includes(pie) ? abajo.slice(ultimaAbajo + 1).filter((line) => !out.has(line.n)) : [];
    if (debajo.every((line) => esRuido(line.texto))) for (const line of debajo) out.set(line.n, 'ruido-de-escaneo');
  }
}

/** Lines at a page's top and foot compared by their letters: a scan's header table takes up to ten lines, and detached numerals may come first. */
const bandaDifusaLineasMax = 10;
/** A run of letters this long is a header's, not a stray word's. */
const claveDifusaMin = 10;
/** Share of a line's letters the recurring run must cover for the line to be a variant of it. */
const parecidoMin = 0.75;
/** A piece of a header has a word of its own: `CÓDIGO`, `JULIO`. */
const pedazoLetrasMin = 4;
/** A logo's fragment or a stray mark is a few characters; a line of text is longer. */
const ruidoLongitudMax = 30;

/** A line's letters alone, without accents or case: `MOE /DGSC JULIO/2018 12 DE 27` -> `moedgscjuliode`. */
function claveDifusa(texto: string): string {
  return plegar(texto).replace(/[^a-zñ]/gu, '');
}

/** A list's marker alone on a line (`10.`, `IV.`, `b)`): a detached numeral, never noise. */
function esMarcaDeLista(texto: string): boolean {
  return /^\s*(?:\d{1,3}|[IVXLC]{1,6}|[a-z])[.)]\s*$/u.test(texto.replaceAll('\f', ''));
}

function sinLetrasNiCifras(texto: string): boolean {
  return !/[\p{L}\p{N}]/u.test(texto);
}
