import { IngestError, type Line, type SourceText } from '../../../src/model/index.ts';

/** A file with a NUL byte or mostly control bytes in its first block is not text. */
const binaryProbeBytes = 8192;
const controlShareMax = 0.1;

/**
 * A plain-text source (UTF-8): its bytes as numbered lines. Pure; the disk is
 * read by `read` (../read.ts), which sends every other format elsewhere.
 *
 * Refuses what cannot be a manual (empty, binary, not UTF-8) with an
 * IngestError naming the file and line, so the CLI can exit 2 cleanly.
 */
export function decode(archivo: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new IngestError(archivo, 1, 'el archivo está vacío; se esperaba el texto de un manual.');
  const probe = bytes.subarray(0, binaryProbeBytes);
  let control = 0;
  for (const byte of probe) {
    if (byte === 0) throw new IngestError(archivo, 1, 'el archivo es binario (contiene bytes NUL); se esperaba texto plano UTF-8.');
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  if (control / probe.length > controlShareMax) {
    throw new IngestError(archivo, 1, 'el archivo parece binario; se esperaba texto plano UTF-8.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw new IngestError(archivo, line, 'el texto no es UTF-8 válido; convierta el archivo a UTF-8 (p. ej. `iconv -f latin1 -t utf-8`).');
  }
  const lines = numerar(text.replace(/^\uFEFF/, ''));
  if (lines.every((line) => line.texto.trim() === '')) {
    throw new IngestError(archivo, 1, 'el archivo solo contiene espacios en blanco; se esperaba el texto de un manual.');
  }
  return { archivo, lines };
}

/** A text as numbered lines, accents composed (NFC) so that `ó` typed as o + combining accent compares equal to `ó`. */
export function numerar(text: string): Line[] {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((texto, i) => ({ n: i + 1, texto: espaciosComunes(texto) }));
}

/** Spaces a word processor or a browser writes instead of a plain one (no-break, figure, thin). */
const espaciosRaros = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Characters that print as nothing (zero-width space and joiners, a byte-order mark inside the text). */
const invisibles = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * A line with plain spaces where the source had others, and without what
 * prints as nothing. A soft hyphen (U+00AD) shows only where the line breaks:
 * at the end of a line it is the hyphen of a cut word (`adminis-` + `tración`,
 * which the list readers rejoin), elsewhere it is dropped.
 */
function espaciosComunes(texto: string): string {
  if (!/[\u00A0\u00AD\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/u.test(texto)) return texto;
  return texto
    .replace(espaciosRaros, ' ')
    .replace(invisibles, '')
    .replace(/\u00AD\s*$/u, '-')
    .replaceAll('\u00AD', '');
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
