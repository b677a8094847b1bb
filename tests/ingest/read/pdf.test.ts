import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { read } from '../../../scripts/ingest/read.ts';
import { decode } from '../../../scripts/ingest/read/text.ts';
import { IngestError, type SourceText } from '../../../src/model/index.ts';

/** Fixtures made by tests/fixtures/read/generar.ts (Chromium's PDF printer). */
const fixture = (name: string) => new URL(`../../fixtures/read/${name}`, import.meta.url).pathname;
const leer = (name: string) => read(fixture(name), name);
const textos = (source: SourceText) => source.lines.map((line) => line.texto);
const words = (source: SourceText) => textos(source).join(' ').split(/\s+/).filter(Boolean);

async function errorOf(action: Promise<unknown>): Promise<IngestError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('read (PDF with a text layer)', () => {
  it('reads a two-column page left column first, each line with its page', async () => {
    const source = await leer('dos-columnas.pdf');
    expect(source.formato).toBe('pdf');
    expect(source.paginas).toBe(2);
    const numbers = textos(source)
      .map((texto) => /^[\f ]*(\d+)\. /.exec(texto)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    // 24 numbered paragraphs flow down the left column, then the right, page after page.
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(source.lines.find((line) => line.texto.includes('24. '))?.pagina).toBe(2);
    expect(textos(source)[0]?.trim()).toBe('OBJETIVO Y FUNCIONES DE LA DIRECCIÓN DE PRUEBAS');
  });

  it('indents a right-column line from its column, not from the page', async () => {
    const source = await leer('dos-columnas.pdf');
    expect(source.lines.every((line) => /^\f?\S/.test(line.texto) || line.texto === '' || line.n === 1)).toBe(true);
  });

  it('drops the running header and the page-number footer of every page', async () => {
    const source = await leer('saltos.pdf');
    expect(textos(source).some((texto) => /MANUAL DE ORGANIZACIÓN DE LA DIRECCIÓN DE PRUEBAS|Página \d/.test(texto))).toBe(false);
    expect(source.descartadas).toEqual({ 'encabezado-de-pagina-pdf': 3, 'numero-de-pagina-pdf': 3 });
  });

  it('rejoins a word hyphenated across a page break on the page where it starts', async () => {
    const source = await leer('saltos.pdf');
    const joined = source.lines.find((line) => line.texto.endsWith('la estructura orgánica y la organización'));
    expect(joined?.pagina).toBe(1);
    const next = source.lines[(joined?.n ?? 0)];
    expect(next?.texto).toBe('\fde las unidades administrativas que dependen de la Dirección de Pruebas.');
    expect(next?.pagina).toBe(2);
  });

  it('keeps the numbers Chromium draws apart with their items, and a list cut by a page break in order', async () => {
    const source = await leer('saltos.pdf');
    const items = source.lines.filter((line) => /^[\f ]*\d\. /.test(line.texto)).map((line) => [line.pagina, line.texto.replace(/^[\f ]+/, '').slice(0, 12)]);
    expect(items).toEqual([
      [2, '1. Coordinar'],
      [2, '2. Definir l'],
      [2, '3. Dar segui'],
      [3, '4. Proponer '],
      [3, '5. Mantener '],
    ]);
    const tercero = source.lines.findIndex((line) => line.texto.includes('3. Dar seguimiento'));
    // The item's last line opens page 3, indented under the item's text.
    expect(source.lines[tercero + 1]?.texto).toMatch(/^\f {3,}su atención completa por las áreas responsables\.$/);
  });

  it('keeps the rows of an Elaboró / Revisó / Aprobó table, cells apart', async () => {
    const rows = textos(await leer('firmas.pdf')).map((texto) => texto.trim().split(/\s{2,}/));
    expect(rows).toContainEqual(['ELABORÓ:', 'REVISÓ:', 'APROBÓ:']);
    expect(rows).toContainEqual(['LIC. ANA MARÍA LÓPEZ', 'MTRO. JUAN CARLOS RUIZ', 'ING. LAURA GÓMEZ']);
    expect(rows).toContainEqual(['SUBDIRECTORA DE CALIDAD', 'DIRECTOR DE PRUEBAS', 'TITULAR DE LA UNIDAD']);
  });

  it('gives the same lines when its extracted text is read back as a text file', async () => {
    const source = await leer('saltos.pdf');
    const again = decode('saltos.pdf.txt', new TextEncoder().encode(`${textos(source).join('\n')}\n`));
    expect(again.lines.slice(0, -1)).toEqual(source.lines.map(({ n, texto }) => ({ n, texto })));
  });

  it('loses no word of the text Chromium printed', async () => {
    const source = await leer('saltos.pdf');
    for (const word of ['verificar', 'normatividad', 'organización', 'responsables.', 'Mantener', 'prueba.']) expect(words(source)).toContain(word);
  });
});

describe('read (bad PDF files)', () => {
  it('refuses an encrypted PDF naming the file', async () => {
    const error = await errorOf(leer('cifrado.pdf'));
    expect(error.toString()).toMatch(/^cifrado\.pdf:1: el PDF está cifrado con contraseña/);
  });

  it('refuses a damaged PDF naming the file', async () => {
    const { readPdf } = await import('../../../scripts/ingest/read/pdf.ts');
    const bytes = await readFile(fixture('saltos.pdf'));
    const error = await errorOf(readPdf('roto.pdf', bytes.subarray(0, 400)));
    expect(error.toString()).toMatch(/^roto\.pdf:1: el PDF está dañado/);
  });

  it('refuses a file called .pdf that is not one', async () => {
    const { readPdf } = await import('../../../scripts/ingest/read/pdf.ts');
    const error = await errorOf(readPdf('texto.pdf', new TextEncoder().encode('Manual de organización\n')));
    expect(error.message).toMatch(/no es un PDF/);
  });

  it('refuses a PDF called .txt, saying what to rename', async () => {
    const error = await errorOf(read(fixture('saltos.pdf'), 'manual.txt'));
    expect(error.toString()).toBe('manual.txt:1: el archivo es un PDF aunque su nombre termina en «.txt»; cambie su extensión a .pdf.');
  });
});
