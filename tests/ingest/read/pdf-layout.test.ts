import { describe, expect, it } from 'vitest';
import { escribirLinea, lineasDePagina, pasoDeCaracter, type Pieza } from '../../../scripts/ingest/read/pdf-layout.ts';
import { textoDe } from '../../../scripts/ingest/read/pdf-furniture.ts';

/** A piece of text at (x, baseline y) in a 10-pt font, 5 pt a character. */
const p = (texto: string, x: number, y: number, alto = 10): Pieza => ({ texto, x, y, alto, ancho: texto.length * alto * 0.5 });
const textos = (piezas: Pieza[]) => lineasDePagina(piezas).map(textoDe);

describe('lineasDePagina', () => {
  it('orders lines top to bottom and pieces left to right, whatever order they come in', () => {
    expect(textos([p('segunda', 72, 112), p('línea', 112, 112), p('primera', 72, 100)])).toEqual(['primera', 'segunda línea']);
  });

  it('keeps a raised footnote mark on its line, as a word of its own', () => {
    const titulo = p('Retiro.', 72, 100);
    const marca = { ...p('1', titulo.x + titulo.ancho + 0.2, 96, 6) };
    expect(textos([marca, titulo, p('Siguiente', 72, 115)])).toEqual(['Retiro. 1', 'Siguiente']);
  });

  it('keeps a bullet drawn in another font, a bit lower, with its item', () => {
    expect(textos([p('•', 72, 101.5, 8), p('Planear las actividades.', 90, 100)])).toEqual(['• Planear las actividades.']);
  });

  it('does not merge a tiny stamp into the line beside it', () => {
    const lines = textos([p('III.', 72, 100, 11), p('SGG-ID-PO15583', 72, 99, 1.5), p('Decreto de Creación', 120, 100, 11)]);
    expect(lines).toEqual(['III. Decreto de Creación', 'SGG-ID-PO15583']);
  });

  it("reads two OCR lines that fell in one row one after the other: a skewed line's tall box over the short line under it", () => {
    const ocr = (texto: string, x: number, y: number, alto: number, lineaOcr: string): Pieza => ({ ...p(texto, x, y, alto), palabra: true, lineaOcr });
    const piezas = [ocr('las', 72, 100, 20, '12.1.5'), ocr('disposiciones', 95, 100, 20, '12.1.5'), ocr('de', 180, 100, 20, '12.1.5'), ocr('procedencia', 200, 100, 20, '12.1.5'), ocr('ilícita.', 72, 104, 8, '12.1.6')];
    expect(textos(piezas)).toEqual(['las disposiciones de procedencia ilícita.']);
  });

  it('keeps two OCR lines side by side in one row left to right (a table row read as two blocks)', () => {
    const ocr = (texto: string, x: number, lineaOcr: string): Pieza => ({ ...p(texto, x, 100), palabra: true, lineaOcr });
    expect(textos([ocr('Coordinación', 300, '2.1.1'), ocr('7.1.1', 72, '1.1.1')])).toEqual(['7.1.1 Coordinación']);
  });

  it('joins pieces of one word and puts a space where the gap is a space', () => {
    expect(textos([p('Direc', 72, 100), p('ción', 97, 100), p('General', 120, 100)])).toEqual(['Dirección General']);
  });

  it('drops a piece drawn twice at the same place (fake bold)', () => {
    expect(textos([p('TÍTULO', 72, 100), p('TÍTULO', 72.3, 100.2)])).toEqual(['TÍTULO']);
  });

  it('reads a two-column band left column first, below a full-width title', () => {
    const piezas = [p('OBJETIVO Y FUNCIONES DE LA DIRECCIÓN DE PRUEBAS', 72, 80)];
    for (let i = 0; i < 6; i++) {
      piezas.push(p(`izquierda ${i} de la columna uno`, 72, 100 + 12 * i), p(`derecha ${i} de la columna dos`, 300, 100 + 12 * i));
    }
    const lines = textos(piezas);
    expect(lines[0]).toBe('OBJETIVO Y FUNCIONES DE LA DIRECCIÓN DE PRUEBAS');
    expect(lines.slice(1, 7).every((line) => line.startsWith('izquierda'))).toBe(true);
    expect(lines.slice(7).every((line) => line.startsWith('derecha'))).toBe(true);
    expect(lineasDePagina(piezas).at(-1)?.columna).toBe(300);
  });

  it('keeps the rows of a signature table: its cells are not prose columns', () => {
    const piezas: Pieza[] = [];
    for (const [i, row] of [['ELABORÓ:', 'REVISÓ:', 'APROBÓ:'], ['ANA LÓPEZ', 'JUAN RUIZ', 'LAURA GÓMEZ'], ['SUBDIRECTORA', 'DIRECTOR', 'TITULAR'], ['DE CALIDAD', 'DE PRUEBAS', 'DE LA UNIDAD']].entries()) {
      for (const [j, cell] of row.entries()) piezas.push(p(cell, 90 + 170 * j, 100 + 14 * i));
    }
    expect(textos(piezas)).toEqual(['ELABORÓ: REVISÓ: APROBÓ:', 'ANA LÓPEZ JUAN RUIZ LAURA GÓMEZ', 'SUBDIRECTORA DIRECTOR TITULAR', 'DE CALIDAD DE PRUEBAS DE LA UNIDAD']);
  });

  it('keeps a glossary table in rows: its term column does not reach the gutter', () => {
    const piezas: Pieza[] = [];
    for (let i = 0; i < 6; i++) piezas.push(p(`T${i}:`, 72, 100 + 12 * i), p(`definición larga del término número ${i} del glosario`, 300, 100 + 12 * i));
    expect(textos(piezas)[0]).toBe('T0: definición larga del término número 0 del glosario');
  });

  it('puts text drawn sideways after the page lines', () => {
    const margen = { ...p('DIARIO OFICIAL', 20, 400), girada: true };
    expect(textos([margen, p('cuerpo', 72, 100), p('más cuerpo', 72, 500)])).toEqual(['cuerpo', 'más cuerpo', 'DIARIO OFICIAL']);
  });
});

describe('escribirLinea', () => {
  it('indents from the margin and keeps a wide gap as spaces, in the character pitch', () => {
    const [linea] = lineasDePagina([p('I.', 90, 100), p('Junta de Gobierno;', 150, 100)]);
    expect(linea?.tramos.map((tramo) => tramo.texto)).toEqual(['I.', 'Junta de Gobierno;']);
    expect(escribirLinea(linea!, 72, 5)).toBe('    I.          Junta de Gobierno;');
  });

  it('writes the word gaps of a justified line as single spaces', () => {
    const words = ['información', 'institucionales', 'cumplan', 'con'];
    let x = 72;
    const piezas = words.map((word) => {
      const piece = p(word, x, 100);
      x += piece.ancho + 14;
      return piece;
    });
    expect(escribirLinea(lineasDePagina(piezas)[0]!, 72, 5)).toBe('información institucionales cumplan con');
  });
});

describe('pasoDeCaracter', () => {
  it('is the median width of a character over pieces of three characters or more', () => {
    expect(pasoDeCaracter([p('abcd', 0, 0), p('I.', 0, 0, 40), { ...p('abc', 0, 0), ancho: 30 }, p('efgh', 0, 0)])).toBe(5);
  });
});
