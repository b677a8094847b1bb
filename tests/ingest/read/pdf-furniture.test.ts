import { describe, expect, it } from 'vitest';
import { dice, quitarMobiliario, textoDe, type PaginaLeida } from '../../../scripts/ingest/read/pdf-furniture.ts';
import type { LineaDePagina } from '../../../scripts/ingest/read/pdf-layout.ts';

/** A line of a letter page (792 pt high) at baseline y. */
const l = (texto: string, y: number): LineaDePagina => ({ y, arriba: y - 8, abajo: y + 2, tramos: [{ x: 72, fin: 72 + 5 * texto.length, texto }] });
const pagina = (lineas: LineaDePagina[], ocr = false): PaginaLeida => ({ alto: 792, lineas, ...(ocr ? { ocr } : {}) });
const textos = (paginas: PaginaLeida[]) => paginas.map((page) => page.lineas.map(textoDe));

describe('quitarMobiliario', () => {
  it('drops a header and a footer that come back on every page, digits aside, and page numbers alone', () => {
    const cuerpo = ['Artículo 1.- Objeto del reglamento.', 'II. Dirigir las unidades;', 'La Dirección General tendrá'];
    const paginas = cuerpo.map((texto, n) =>
      pagina([l('miércoles 22 de junio de 2022 Periódico Oficial No. 230', 40), l(texto, 100), l(`22/05/2023 11:31 a. m. ${n + 1}`, 760), l(String(n + 30), 775)]),
    );
    const { paginas: limpias, descartadas } = quitarMobiliario(paginas);
    expect(textos(limpias)).toEqual(cuerpo.map((texto) => [texto]));
    expect(descartadas).toEqual({ 'encabezado-de-pagina-pdf': 3, 'pie-de-pagina-pdf': 3, 'numero-de-pagina-pdf': 3 });
  });

  it('keeps a heading that opens only some pages', () => {
    const paginas = [
      pagina([l('Funciones:', 80), l('1. Planear.', 100)]),
      pagina([l('Continúa el texto.', 80), l('2. Dirigir.', 100)]),
      pagina([l('Otro texto.', 80), l('3. Controlar.', 100)]),
      pagina([l('Funciones:', 80), l('1. Vigilar.', 100)]),
      pagina([l('Y otro más.', 80), l('2. Informar.', 100)]),
    ];
    expect(quitarMobiliario(paginas).paginas[0]?.lineas.map(textoDe)).toEqual(['Funciones:', '1. Planear.']);
  });

  it('keeps repeated text in the middle of the page', () => {
    const paginas = [
      pagina([l('I. Planear las actividades;', 100), l('Funciones:', 400), l('de la Dirección General.', 700)]),
      pagina([l('Objetivo:', 100), l('Funciones:', 400), l('XII. Las demás que le confiera', 700)]),
    ];
    expect(textos(quitarMobiliario(paginas).paginas)).toEqual([
      ['I. Planear las actividades;', 'Funciones:', 'de la Dirección General.'],
      ['Objetivo:', 'Funciones:', 'XII. Las demás que le confiera'],
    ]);
  });

  it("keeps a document's title that opens its first page under a running header that repeats it", () => {
    const paginas = [
      pagina([l('MANUAL DE ORGANIZACIÓN · Edición 2024', 30), l('MANUAL DE ORGANIZACIÓN', 80), l('Texto de la primera página.', 100)]),
      pagina([l('MANUAL DE ORGANIZACIÓN · Edición 2024', 30), l('Texto de la segunda página.', 80)]),
    ];
    expect(textos(quitarMobiliario(paginas).paginas)).toEqual([['MANUAL DE ORGANIZACIÓN', 'Texto de la primera página.'], ['Texto de la segunda página.']]);
  });

  it('tells nothing apart in a one-page document but its page number', () => {
    const { paginas } = quitarMobiliario([pagina([l('MANUAL DE ORGANIZACIÓN', 40), l('Texto.', 100), l('1', 775)])]);
    expect(textos(paginas)).toEqual([['MANUAL DE ORGANIZACIÓN', 'Texto.']]);
  });

  it("matches a scan's header read differently on each page, and drops specks in its margins", () => {
    const headers = ['MOE/DGSC JULIO/2018 10 DE 27', 'L__MOE/DGSC | JULIO/2013 AA DEA', 'MOE / DGSC JULIO/2018 La00 140 DES 27'];
    const paginas = headers.map((header, i) => pagina([l('Y)', 30), l(header, 60), l(`Texto ${i}.`, 200)], true));
    const { paginas: limpias, descartadas } = quitarMobiliario(paginas);
    expect(textos(limpias)).toEqual([['Texto 0.'], ['Texto 1.'], ['Texto 2.']]);
    expect(descartadas['ruido-de-escaneo']).toBe(3);
  });

  it("drops a margin line of a scan that the OCR itself doubts, and keeps one it read well", () => {
    const dudosa = (texto: string, y: number, confianza: number): LineaDePagina => ({ ...l(texto, y), confianza });
    const encabezados = ['Vicepresidencia Jurídica', 'Dirección General Adjunta de Sanciones', 'Subdirección de lo Contencioso'];
    const paginas = encabezados.map((encabezado) => pagina([dudosa('———_— _ >Pero RH A', 40, 37), dudosa(encabezado, 60, 96), l('Texto.', 200)], true));
    const { paginas: limpias, descartadas } = quitarMobiliario(paginas);
    expect(textos(limpias).map((page) => page[0])).toEqual(encabezados);
    expect(descartadas['ruido-de-escaneo']).toBe(3);
  });
});

describe('dice', () => {
  it('is 1 for the same text, 0 for nothing shared, in between otherwise', () => {
    expect(dice('manual', 'manual')).toBe(1);
    expect(dice('abc', 'xyz')).toBe(0);
    expect(dice('night', 'nacht')).toBeCloseTo(0.25);
  });
});
