import { describe, expect, it } from 'vitest';
import { isChartLine, orgChartOcr } from '../../../scripts/ingest/ocr/org-chart.ts';
import { scanPageFooter, scanPageHeader } from '../../../scripts/ingest/ocr/scan-furniture.ts';
import { lineas } from './helpers.ts';

describe('orgChartOcr', () => {
  const lines = lineas('organigrama.txt');
  const dropped = orgChartOcr.drop(lines);
  const kept = lines.filter((line) => line.texto.trim() !== '' && !dropped.has(line.n)).map((line) => line.texto.trim());

  it('drops the boxes of the charts, named organigrama-ocr', () => {
    expect(orgChartOcr.regla).toBe('organigrama-ocr');
    expect([...dropped].map((n) => lines[n - 1]?.texto.trim())).toEqual([
      'DIRECCION DE',
      'OPERACIONY',
      'EVALUACION',
      'COORDINACION COORDINACION CC%E?E :E:S?N',
      ']',
      'DIVISION DE .',
      'SEGUIMIENTO Y DIVISION DE',
      'L| Evaluaciony',
    ]);
  });

  it("keeps what the text says about the charts, and the text around them", () => {
    expect(kept).toEqual([
      'Conduciréa las relaciones del Instituto con el Ejecutivo Federal.',
      '6.',
      '6.1',
      'Organigramas',
      'Direccion de Operaciéon y Evaluacion',
      'Vigencia: 01 de octubre de 2022',
      '6.1.5 Coordinacién de Analisis,',
      'Institucional',
      'Prospectiva y Seguimiento a la Operacién',
      'Vigencia: 01 de octubre de 2022',
      '7.1',
      'Funciones Sustantivas',
      'Direccion de Operaciéon y Evaluacion',
    ]);
  });

  it('drops nothing in a text without an Organigramas chapter', () => {
    expect(orgChartOcr.drop([{ n: 1, texto: 'DIRECCION DE' }]).size).toBe(0);
  });

  it('tells a box from a heading by its capitals', () => {
    expect(isChartLine('COORDINACION TECNICADE')).toBe(true);
    expect(isChartLine('Coordinacién Administrativa')).toBe(false);
  });
});

describe('scan page furniture', () => {
  const lines = lineas('encabezado-de-escaneo.txt');

  it('drops the footer with its page number and key', () => {
    expect([...scanPageFooter.drop(lines)]).toEqual([3]);
  });

  it('drops the header in capitals after a footer, up to the first numeral', () => {
    expect([...scanPageHeader.drop(lines)]).toEqual([8, 9, 11, 13]);
  });
});
