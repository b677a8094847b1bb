import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IngestError, type SourceText } from '../../../src/model/index.ts';
import { quitarMobiliario, type PaginaLeida } from './pdf-furniture.ts';
import { lineasDePagina, pasoDeCaracter, type Pieza } from './pdf-layout.ts';
import { lineasDeTexto } from './pdf-text.ts';

/**
 * A PDF to numbered lines, each with its page: the text layer through pdf.js
 * (pdfjs-dist, Mozilla's reader, kept up with every Firefox), and the pages
 * without one (a scan) through OCR (./ocr.ts). pdf.js only gives pieces of
 * text with their positions; reading order, columns, headers and hyphenation
 * are pure modules of their own (pdf-layout, pdf-furniture, pdf-text).
 *
 * Refuses an encrypted, damaged or empty PDF with an IngestError naming it.
 */
export async function readPdf(archivo: string, bytes: Uint8Array, opciones: OpcionesPdf = {}): Promise<SourceText> {
  const todas = await piezasDelPdf(archivo, bytes);
  const paginas = opciones.paginas ? todas.filter((pagina) => opciones.paginas?.includes(pagina.numero)) : todas;
  const escaneadas = paginas.filter((pagina) => pagina.piezas.length === 0 && pagina.imagenes).map((pagina) => pagina.numero);
  if (escaneadas.length > 0) {
    const { ocrDePaginas } = await import('./ocr.ts');
    const leidas = await ocrDePaginas(archivo, bytes, escaneadas, opciones.progreso);
    for (const pagina of paginas) pagina.piezas = leidas.get(pagina.numero) ?? pagina.piezas;
  }
  if (paginas.every((pagina) => pagina.piezas.length === 0)) {
    throw new IngestError(archivo, 1, 'el PDF no tiene texto ni imágenes que leer (páginas en blanco); se esperaba el texto de un manual.');
  }
  const leidas: PaginaLeida[] = paginas.map((pagina) => ({
    alto: pagina.alto,
    lineas: lineasDePagina(pagina.piezas),
    ...(escaneadas.includes(pagina.numero) ? { ocr: true } : {}),
  }));
  const { paginas: limpias, descartadas } = quitarMobiliario(leidas);
  const lines = lineasDeTexto(
    limpias,
    pasoDeCaracter(paginas.flatMap((pagina) => pagina.piezas)),
    paginas.map((pagina) => pagina.numero),
  );
  if (lines.every((line) => line.texto.trim() === '')) {
    throw new IngestError(archivo, 1, 'del PDF no se obtuvo texto; se esperaba el texto de un manual.');
  }
  return {
    archivo,
    formato: 'pdf',
    paginas: todas.length,
    ...(escaneadas.length > 0 ? { escaneado: true } : {}),
    descartadas,
    lines,
  };
}

export interface OpcionesPdf {
  /** Told after each OCRed page (the CLI prints it on stderr). */
  progreso?: (hechas: number, total: number) => void;
  /** Read only these pages (1-based), e.g. a few pages of a long scan in a test; lines keep their true page. */
  paginas?: readonly number[];
}

/** A page as pdf.js gives it: its text pieces in points from its top-left corner, and whether it draws images. */
export interface PaginaPdf {
  numero: number;
  ancho: number;
  alto: number;
  piezas: Pieza[];
  imagenes: boolean;
}

/** Text turned more than about 10° (tan 10° ≈ 0.18) is sideways; a title printed 0.2° off level is not. */
const sideways = 0.18;

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Every page's text pieces (and whether a page without text is an image: a scan). */
async function piezasDelPdf(archivo: string, bytes: Uint8Array): Promise<PaginaPdf[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over: give it a copy.
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${join(pdfjsDir, 'standard_fonts')}/`,
    cMapUrl: `${join(pdfjsDir, 'cmaps')}/`,
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let documento: Awaited<typeof task.promise>;
  try {
    documento = await task.promise;
  } catch (error) {
    await task.destroy();
    throw errorDeApertura(archivo, error);
  }
  try {
    const paginas: PaginaPdf[] = [];
    for (let numero = 1; numero <= documento.numPages; numero++) {
      const page = await documento.getPage(numero);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const piezas: Pieza[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        // Page space to top-left points (takes the page's rotation and crop box into account).
        const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const alto = Math.hypot(c ?? 0, d ?? 0);
        // Text turned sideways (a margin note) cannot share a line with the rest: the layout puts it after the page's lines.
        const girada = (a ?? 0) <= 0 || Math.abs(b ?? 0) > sideways * Math.abs(a ?? 0);
        piezas.push({ texto: item.str, x: e ?? 0, y: f ?? 0, ancho: item.width, alto, ...(girada ? { girada } : {}) });
      }
      const imagenes = piezas.length === 0 && (await dibujaImagenes(page, pdfjs.OPS));
      paginas.push({ numero, ancho: viewport.width, alto: viewport.height, piezas, imagenes });
      page.cleanup();
    }
    return paginas;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(archivo, 1, `el PDF está dañado: ${error instanceof Error ? error.message : String(error)}; se esperaba un PDF que se pueda abrir.`);
  } finally {
    await task.destroy();
  }
}

async function dibujaImagenes(page: { getOperatorList(): Promise<{ fnArray: number[] }> }, ops: Record<string, number>): Promise<boolean> {
  const images = new Set([ops['paintImageXObject'], ops['paintInlineImageXObject'], ops['paintImageMaskXObject'], ops['paintImageXObjectRepeat']]);
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((fn) => images.has(fn));
}

function errorDeApertura(archivo: string, error: unknown): IngestError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new IngestError(archivo, 1, 'el PDF está cifrado con contraseña; se esperaba un PDF que se pueda abrir sin ella (quite la protección, p. ej. con `qpdf --decrypt`).');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError(archivo, 1, `el PDF está dañado o no es un PDF (${detail}); se esperaba un PDF que se pueda abrir.`);
}
