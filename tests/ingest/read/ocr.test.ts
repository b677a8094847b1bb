import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { read } from '../../../scripts/ingest/read.ts';
import { piezasDeTsv } from '../../../scripts/ingest/read/ocr.ts';
import { normalize } from '../../../scripts/ingest/normalize/index.ts';

/**
 * escaneado.pdf: two pages of a manual rendered by Chromium to 300-dpi
 * images and wrapped in a PDF with no text layer (tests/fixtures/read/generar.ts).
 * Needs Debian's tesseract-ocr, tesseract-ocr-spa and poppler-utils (.ci/run installs them).
 */
const fixture = new URL('../../fixtures/read/escaneado.pdf', import.meta.url).pathname;

describe('read (scanned PDF, by OCR)', () => {
  it('reads the words of a page that is only an image back, each line with its page', async () => {
    const source = await read(fixture, 'escaneado.pdf');
    const texts = source.lines.map((line) => line.texto.replace(/^[\f ]+/, ''));
    expect(texts).toContain('DIRECCIÓN DE PRUEBAS');
    expect(texts).toContain('1. Coordinar la verificación de los sistemas de información institucionales.');
    expect(texts).toContain('2. Mantener actualizado el registro de los casos de prueba.');
    expect(source.lines.find((line) => line.texto.includes('SUBDIRECCIÓN DE CALIDAD'))?.pagina).toBe(2);
  });

  it('marks the source as a scan, so normalize treats it as OCR output', async () => {
    const source = await read(fixture, 'escaneado.pdf');
    expect(source.escaneado).toBe(true);
    expect(normalize(source).ocr).toBe(true);
  });

  it("drops the scan's running header, read on both pages", async () => {
    const source = await read(fixture, 'escaneado.pdf');
    expect(source.lines.some((line) => line.texto.includes('ESPECÍFICO'))).toBe(false);
    expect(source.descartadas?.['encabezado-de-pagina-pdf']).toBe(2);
  });

  it('keeps each page read in the tool cache, by the content hash of the PDF', async () => {
    await read(fixture, 'escaneado.pdf');
    const hash = createHash('sha256').update(await readFile(fixture)).digest('hex').slice(0, 32);
    for (const page of [1, 2]) expect(existsSync(new URL(`../../../node_modules/.cache/organica/ocr-${hash}-p${page}.json`, import.meta.url))).toBe(true);
  });
});

describe('piezasDeTsv', () => {
  it("places each word on its line's box, in points, with the OCR's confidence and line", () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '4\t1\t1\t1\t1\t0\t300\t600\t900\t50\t-1\t',
      '5\t1\t1\t1\t1\t1\t300\t610\t400\t40\t95.1\tFunciones:',
      '5\t1\t1\t1\t1\t2\t750\t600\t300\t50\t93.0\tGenerales',
      '5\t1\t1\t1\t1\t3\t1100\t600\t10\t50\t10.0\t ',
    ].join('\n');
    expect(piezasDeTsv(tsv, 72 / 300)).toEqual([
      { texto: 'Funciones:', x: 72, y: 153.6, ancho: 96, alto: 12, palabra: true, confianza: 95.1, lineaOcr: '1.1.1' },
      { texto: 'Generales', x: 180, y: 153.6, ancho: 72, alto: 12, palabra: true, confianza: 93, lineaOcr: '1.1.1' },
    ]);
  });
});
