/**
 * What the ingest reads: a source file (text, PDF, scan, Word) as numbered
 * lines. Every later stage keeps the line number so any message can say
 * `archivo.txt:412: ...`; a line read from a PDF also keeps its page, so the
 * message says `manual.pdf:1204 (p. 37): ...`.
 */

/** One line of a source file. */
export interface Line {
  /**
   * 1-based line number in the source text: the file itself for a `.txt`,
   * the extracted text (content/informes/<archivo>.txt) for a PDF or Word file.
   */
  n: number;
  /** 1-based page of the PDF (or scan) the line was read from; absent for text and Word. */
  pagina?: number;
  /** The text as the stage sees it (after normalization, after OCR repair). */
  texto: string;
  /** The text before OCR repair; present only when repair changed the line. */
  original?: string;
}

/** The kinds of file `read` accepts, by extension. */
export type Formato = 'texto' | 'pdf' | 'docx' | 'html';

/** A source file as read from disk. */
export interface SourceText {
  /** File name as given (basename for the corpus, the path for `organica parse`). */
  archivo: string;
  lines: Line[];
  /** What the file was; absent means plain text. */
  formato?: Formato;
  /**
   * True when some page had no text layer and was read by OCR: normalize then
   * treats the text as a scan even where its words do not look garbled.
   */
  escaneado?: boolean;
  /** Pages of the PDF, when the source is one. */
  paginas?: number;
  /**
   * Lines the reader left out of the text, counted per rule (running headers
   * and footers repeated across a PDF's pages, page numbers); the report adds
   * them to its dropped lines.
   */
  descartadas?: Record<string, number>;
}

/** Names of the rules that may drop a line; the report counts lines per rule. */
export type DropRule =
  | 'encabezado-de-pagina'
  | 'numero-de-hoja'
  | 'bloque-de-firmas'
  | 'tabla-de-control'
  | 'indice'
  | 'organigrama-ocr'
  | 'marcado'
  | 'pie-de-pagina'
  | (string & {});

export interface DroppedLine {
  n: number;
  regla: DropRule;
}

/**
 * A footnote taken out of the text's flow (it sat wherever its page ended);
 * the family that reads the document publishes it.
 */
export interface NotaAlPie {
  /** Its mark as a plain number or asterisks (`1`, `*`). */
  marca: string;
  /** Its text, lines joined. */
  texto: string;
  /** Line of its mark. */
  linea: number;
  /** Every line it took. */
  lineas: number[];
}

/** A source after page furniture was removed: the lines left, and why the others went. */
export interface NormalizedText extends SourceText {
  /** True when the source looks like OCR output (the scan family). */
  ocr: boolean;
  dropped: DroppedLine[];
  /** Footnotes found at the foot of pages, out of `lines`. */
  notas: NotaAlPie[];
  /** The running headers dropped, as printed, most frequent first: where a title printed only in them is found. */
  encabezados: string[];
}

/**
 * Where a message points: `archivo:línea`, and the page in parentheses when
 * the line was read from a PDF (`manual.pdf:1204 (p. 37)`). The line counts in
 * the text the ingest read (for a PDF, content/informes/manual.pdf.txt).
 */
export function lugar(archivo: string, linea: number, pagina?: number): string {
  return pagina === undefined ? `${archivo}:${linea}` : `${archivo}:${linea} (p. ${pagina})`;
}

/**
 * The input cannot be used at all (empty, binary, encrypted, not a manual).
 * The CLI prints `archivo:linea: mensaje` (with `(p. N)` after the line when
 * there is a page) and exits 2; never a stack trace.
 */
export class IngestError extends Error {
  readonly archivo: string;
  readonly linea: number;
  readonly pagina: number | undefined;
  constructor(archivo: string, linea: number, mensaje: string, pagina?: number) {
    super(mensaje);
    this.name = 'IngestError';
    this.archivo = archivo;
    this.linea = linea;
    this.pagina = pagina;
  }
  override toString(): string {
    return `${lugar(this.archivo, this.linea, this.pagina)}: ${this.message}`;
  }
}
