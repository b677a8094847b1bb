import type { Lexicon } from './ocr/lexicon.ts';
import type { Aviso, Documento, Familia, Line, NotaAlPie } from '../../src/model/index.ts';
import type { Colocadas } from './colocadas.ts';

/** The lines of one document within a source file, with its family. */
export interface Segmento {
  familia: Familia;
  archivo: string;
  /** The document's lines, page furniture already removed. */
  lines: Line[];
  /** True when the source is a scan (OCR output). */
  ocr: boolean;
  /** The footnotes of the document's pages, out of `lines`. */
  notas: NotaAlPie[];
  /** The text's running headers, most frequent first (a title printed only there). */
  encabezados?: string[];
  /** For a scan: the corpus its unit names are checked against, as the caller of `parse` gave it. */
  lexicon?: Lexicon;
}

/**
 * What a recognizer makes of a segment: the document, the lines it placed
 * (in a section, a unit, a function, or as a heading), each with the
 * construct or part of the family that placed it, and its messages.
 * Non-blank lines of the segment that are not in `colocadas` are reported as
 * unplaced, so a recognizer never loses text silently.
 */
export interface Estructura {
  documento: Documento;
  colocadas: Colocadas;
  avisos: Aviso[];
}

/** One document family: how to find its documents in a text, and how to read one. */
export interface Reconocedor {
  familia: Familia;
  /**
   * Indices into `lines` where a document of this family starts (its first
   * line, including any DOF acuerdo that issues it), in order; empty when the
   * text holds none. Recognition is by content, never by file name.
   */
  inicios(lines: readonly Line[]): number[];
  estructurar(segmento: Segmento): Estructura;
  /** A fallback: it claims only text before every other family's first document. */
  respaldo?: boolean;
}
