import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { esTextoOcr } from '../../../scripts/ingest/ocr/detect.ts';

const source = (name: string) => readFileSync(new URL(`../../../content/sources/${name}`, import.meta.url), 'utf8').normalize('NFC');

describe('esTextoOcr', () => {
  it('recognizes the DOyE scan as OCR output', () => {
    expect(esTextoOcr(source('imss-doye-manual-organizacion-ocr.txt'))).toBe(true);
  });

  it.each([
    'imss-uit-manual-organizacion.txt',
    'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt',
    'imss-procedimiento-0508-003-001.txt',
    'issste-manual-organizacion-general.txt',
  ])('does not take the born-digital %s for a scan', (name) => {
    expect(esTextoOcr(source(name))).toBe(false);
  });

  it('judges a text by its -ción words, garbled or not', () => {
    const garbled = 'La Coordinacién de Evaluacion y la Direccidon de Operacibn. '.repeat(10);
    expect(esTextoOcr(garbled)).toBe(true);
    expect(esTextoOcr(garbled.replace(/ci\S{1,3}n\b/gu, 'ción'))).toBe(false);
  });

  it('does not judge a text too short to tell', () => {
    expect(esTextoOcr('Coordinacién de Evaluacion')).toBe(false);
  });

  it('reads lines as well as text', () => {
    const lines = source('imss-doye-manual-organizacion-ocr.txt')
      .split('\n')
      .map((texto, i) => ({ n: i + 1, texto }));
    expect(esTextoOcr(lines)).toBe(true);
  });
});
