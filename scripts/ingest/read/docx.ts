import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { IngestError, type SourceText } from '../../../src/model/index.ts';
import { elementos, numerosDeParrafos } from './docx-numbering.ts';
import { lineasDeHtml } from './html-lines.ts';
import { numerar } from './text.ts';

/**
 * A Word document (.docx) to numbered lines: mammoth reads the document
 * (runs, fields, tables, headings by their styles) into HTML, and
 * ./html-lines.ts writes that as lines. What mammoth leaves out are the
 * printed list numbers (`I.`, `a)`, `1.1.`), which the recognizers need:
 * ./docx-numbering.ts computes them from the document's own definitions and
 * they are written into each numbered paragraph, as its first text, before
 * mammoth reads it.
 *
 * Word files have no pages of their own (Word lays them out when printing),
 * so lines carry no page.
 */
export async function readDocx(archivo: string, bytes: Uint8Array): Promise<SourceText> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new IngestError(archivo, 1, `el archivo .docx está dañado (${error instanceof Error ? error.message : String(error)}); se esperaba un documento de Word.`);
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) {
    const cifrado = zip.file('EncryptedPackage') !== null;
    throw new IngestError(
      archivo,
      1,
      cifrado ? 'el documento de Word está protegido con contraseña; guárdelo sin ella.' : 'el archivo no es un documento de Word (.docx): no tiene word/document.xml.',
    );
  }
  const parse = (xml: string | undefined) => (xml === undefined ? null : new DOMParser().parseFromString(xml, 'text/xml'));
  const documento = parse(documentXml);
  if (!documento) throw new IngestError(archivo, 1, 'el documento de Word está dañado (word/document.xml no se puede leer).');
  const numeros = numerosDeParrafos(
    documento,
    parse(await zip.file('word/numbering.xml')?.async('string')),
    parse(await zip.file('word/styles.xml')?.async('string')),
  );
  escribirNumeros(documento, numeros);
  zip.file('word/document.xml', new XMLSerializer().serializeToString(documento));
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true })).value;
  } catch (error) {
    throw new IngestError(archivo, 1, `el documento de Word no se pudo leer (${error instanceof Error ? error.message : String(error)}).`);
  }
  const lines = numerar(lineasDeHtml(html).join('\n'));
  if (lines.every((line) => line.texto.trim() === '')) {
    throw new IngestError(archivo, 1, 'el documento de Word no tiene texto; se esperaba el texto de un manual.');
  }
  return { archivo, formato: 'docx', lines };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Puts each paragraph's printed number before its text, as a run of its own (after its properties). */
function escribirNumeros(documento: Document, numeros: readonly (string | null)[]): void {
  for (const [i, parrafo] of elementos(documento, 'p').entries()) {
    const numero = numeros[i];
    if (!numero) continue;
    const run = documento.createElementNS(W, 'w:r');
    const text = documento.createElementNS(W, 'w:t');
    text.setAttribute('xml:space', 'preserve');
    text.appendChild(documento.createTextNode(`${numero} `));
    run.appendChild(text);
    let first = parrafo.firstChild;
    while (first && first.nodeType === 1 && (first as Element).localName === 'pPr') first = first.nextSibling;
    parrafo.insertBefore(run, first);
  }
}
