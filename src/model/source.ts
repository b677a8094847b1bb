/**
 * What the ingest reads: a text file as numbered lines. Every later stage keeps
 * the line number so any message can say `archivo.txt:412: ...`.
 */

/** One line of a source file. */
export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  /** The text as the stage sees it (after normalization, after OCR repair). */
  texto: string;
  /** The text before OCR repair; present only when repair changed the line. */
  original?: string;
  /** 1-based page of the source (a PDF or a scan), when the reader knows it. */
  pagina?: number;
}

/** A source file as read from disk. */
export interface SourceText {
  /** File name as given (basename for the corpus, the path for `organica parse`). */
  archivo: string;
  lines: Line[];
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

/** A message about the input, always with its place. */
export interface Aviso {
  archivo: string;
  linea: number;
  nivel: 'error' | 'aviso';
  /** What is wrong, then what was expected or how to fix it. */
  mensaje: string;
  /** Which rule produced it, for filtering and counting. */
  regla: string;
}

/**
 * The input cannot be used at all (empty, binary, not a manual).
 * The CLI prints `archivo:linea: mensaje` and exits 2; never a stack trace.
 */
export class IngestError extends Error {
  readonly archivo: string;
  readonly linea: number;
  constructor(archivo: string, linea: number, mensaje: string) {
    super(mensaje);
    this.name = 'IngestError';
    this.archivo = archivo;
    this.linea = linea;
  }
  override toString(): string {
    return `${this.archivo}:${this.linea}: ${this.message}`;
  }
}
