import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { IngestError, type Formato, type SourceText } from '../../src/model/index.ts';
import { decode } from './read/text.ts';

export { decode } from './read/text.ts';

/**
 * The first stage: a source file as numbered lines, whatever it was.
 *
 * > read('manual.pdf', 'manual.pdf') -> { archivo, formato: 'pdf', lines: [{ n: 1, pagina: 1, texto: '...' }, ...] }
 *
 * The extension decides the reader (`.pdf`, `.docx`, `.html`/`.htm`; any
 * other is UTF-8 text, as before); the family is still recognized from the
 * content by the later stages. A file whose bytes say it is another format
 * than its name (a PDF called `.txt`) is refused with a message that says so.
 * Readers of PDF and Word load on first use: a corpus of text files never
 * pays for pdf.js or mammoth.
 */
export interface OpcionesDeLectura {
  /** Told after each page read by OCR, which takes seconds a page (the CLI prints it on stderr). */
  progreso?: (hechas: number, total: number) => void;
}

export async function read(path: string, archivo = path, opciones: OpcionesDeLectura = {}): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no existe' : code === 'EISDIR' ? 'es un directorio' : `no se puede leer (${code})`;
    throw new IngestError(archivo, 1, `el archivo ${why}.`);
  }
  const formato = formatoDe(archivo);
  const real = formatoPorContenido(bytes);
  if (real === 'doc') {
    throw new IngestError(archivo, 1, 'el archivo es un documento de Word 97-2003 (.doc), que no se lee; ábralo en Word o LibreOffice y guárdelo como .docx.');
  }
  if (real !== null && real !== formato && !(real === 'zip' && formato === 'docx')) {
    const nombre = real === 'pdf' ? 'un PDF' : 'un archivo ZIP (¿un .docx?)';
    const consejo = real === 'pdf' ? 'cambie su extensión a .pdf' : 'si es un documento de Word, cambie su extensión a .docx';
    throw new IngestError(archivo, 1, `el archivo es ${nombre} aunque su nombre termina en «${extname(archivo) || '(sin extensión)'}»; ${consejo}.`);
  }
  switch (formato) {
    case 'pdf': {
      const { readPdf } = await import('./read/pdf.ts');
      return readPdf(archivo, bytes, opciones);
    }
    case 'docx': {
      const { readDocx } = await import('./read/docx.ts');
      return readDocx(archivo, bytes);
    }
    case 'html': {
      const { readHtml } = await import('./read/html.ts');
      return readHtml(archivo, bytes);
    }
    case 'texto':
      return decode(archivo, bytes);
  }
}

/**
 * The text the ingest read from a PDF, Word or HTML source, as it is
 * committed for review (content/informes/<archivo>.txt: a new edition of the
 * PDF shows as a text diff, and `archivo:línea` in messages points into it);
 * null for a text source, which is its own text.
 */
export function textoExtraido(source: SourceText): string | null {
  if (source.formato === undefined || source.formato === 'texto') return null;
  return `${source.lines.map((line) => line.texto).join('\n')}\n`;
}

/** Where the ingest writes a source's extracted text, relative to the content folder. */
export const rutaDelTextoExtraido = (archivo: string) => `informes/${archivo}.txt`;

/** The extensions `read` accepts as sources of the corpus (content/sources/). */
const extensionesDeFuente = ['.txt', '.pdf', '.docx', '.html', '.htm'] as const;

/** Whether a file in content/sources/ is a manual to ingest (not a catalog entry, not something else). */
export function esFuente(nombre: string): boolean {
  return (extensionesDeFuente as readonly string[]).includes(extname(nombre).toLowerCase());
}

function formatoDe(archivo: string): Formato {
  const extension = extname(archivo).toLowerCase();
  if (extension === '.pdf') return 'pdf';
  if (extension === '.docx') return 'docx';
  if (extension === '.html' || extension === '.htm') return 'html';
  return 'texto';
}

/** The formats told by their first bytes (magic numbers); null for anything else, text included. */
function formatoPorContenido(bytes: Uint8Array): 'pdf' | 'zip' | 'doc' | null {
  const start = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (start([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (start([0x50, 0x4b, 0x03, 0x04])) return 'zip'; // PK: .docx is a ZIP
  if (start([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc'; // OLE2: Word 97-2003
  return null;
}
