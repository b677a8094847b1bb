import { IngestError, type SourceText } from '../../../src/model/index.ts';
import { lineasDeHtml } from './html-lines.ts';
import { numerar } from './text.ts';

/**
 * An HTML page (a document as the Diario Oficial de la Federación publishes
 * it, saved from the browser) to numbered lines, through ./html-lines.ts.
 * The DOF serves its pages in windows-1252: the charset the page declares
 * is honoured, and a page that declares none is read as UTF-8 when it is
 * valid UTF-8, else as windows-1252.
 */
export function readHtml(archivo: string, bytes: Uint8Array): SourceText {
  const html = decodificar(bytes);
  const lines = numerar(lineasDeHtml(html).join('\n'));
  if (lines.every((line) => line.texto.trim() === '')) {
    throw new IngestError(archivo, 1, 'la página HTML no tiene texto; se esperaba el texto de un manual.');
  }
  return { archivo, formato: 'html', lines };
}

function decodificar(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: guess as below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
