import { describe, expect, it } from 'vitest';
import { partirEnParrafos, type Parrafo } from '../../../scripts/ingest/ocr/page-breaks.ts';
import { lineas } from './helpers.ts';

const parrafos = (name: string) => partirEnParrafos(lineas(name)).filter((pieza): pieza is Parrafo => pieza.tipo === 'parrafo');

describe('partirEnParrafos', () => {
  const [antecedentes, sesion, asimismo, modificaciones, ...rest] = parrafos('salto-de-pagina.txt');

  it('starts a new paragraph at a page break after a full stop, even with no blank line', () => {
    expect(antecedentes?.texto).toBe('Los antecedentes de la Direccion se remontan a la extinta Coordinacion de Asesores, que operd hasta el 16 de diciembre de 2001.');
    expect(sesion?.lineas.map((line) => line.n)).toEqual([3, 4]);
  });

  it('joins a paragraph a page break cut, when the next page goes on in lowercase', () => {
    expect(asimismo?.lineas.map((line) => line.n)).toEqual([6, 7]);
    expect(asimismo?.texto).toMatch(/modificando su denominacion de Coordinacion/u);
  });

  it('joins a paragraph a page break cut mid-sentence, when no blank line separates the pages', () => {
    expect(modificaciones?.lineas.map((line) => line.n)).toEqual([9, 10]);
    expect(modificaciones?.texto).toMatch(/6\) A esta Ultima Coordinacion/u);
    expect(rest).toEqual([]);
  });

  it('keeps loose numerals apart from the paragraphs', () => {
    const pieces = partirEnParrafos(lineas('funciones-desprendidas.txt'));
    expect(pieces.map((pieza) => (pieza.tipo === 'numeral' ? pieza.valor : 'P'))).toEqual(['1', 'P', 'P', 'P', '10', '11', 'P', 'P', 'P']);
  });

  it('joins across loose numerals only what goes on in lowercase', () => {
    const lines = [
      { n: 1, texto: 'Autorizar la suscripcion de acuerdos de coordinacion' },
      { n: 2, texto: ' 10.' },
      { n: 3, texto: '' },
      { n: 4, texto: 'interinstitucional para investigar las técnicas.' },
      { n: 5, texto: '' },
      { n: 6, texto: 'Aprobar estrategias de comunicacion.' },
    ];
    const pieces = partirEnParrafos(lines).filter((pieza): pieza is Parrafo => pieza.tipo === 'parrafo');
    expect(pieces.map((pieza) => pieza.texto)).toEqual([
      'Autorizar la suscripcion de acuerdos de coordinacion interinstitucional para investigar las técnicas.',
      'Aprobar estrategias de comunicacion.',
    ]);
  });

  it('never joins a paragraph that opens with an item marker', () => {
    const lines = [
      { n: 1, texto: 'Integrar y analizar la informacion estadistica que se genere en las delegaciones y' },
      { n: 2, texto: ' XXVI. Integrar la informacion;' },
      { n: 3, texto: 'e Ley del Seguro Social. Publicada en el Diario Oficial' },
    ];
    expect(partirEnParrafos(lines).map((pieza) => (pieza.tipo === 'parrafo' ? pieza.lineas.map((line) => line.n) : []))).toEqual([[1], [2], [3]]);
  });

  it('keeps what the scan printed, joined the same way, when a line was repaired', () => {
    const lines = [
      { n: 1, texto: 'Coordinar la adminis-', original: 'Coordinar la adminis-' },
      { n: 2, texto: 'tración de la Dirección.', original: 'tracién de la Direccion.' },
    ];
    const [only] = partirEnParrafos(lines) as Parrafo[];
    expect(only?.texto).toBe('Coordinar la administración de la Dirección.');
    expect(only?.original).toBe('Coordinar la administracién de la Direccion.');
  });

  it('gives no original when no line was repaired', () => {
    const [only] = partirEnParrafos([{ n: 1, texto: 'Aprobar el calendario.' }]) as Parrafo[];
    expect(only).not.toHaveProperty('original');
  });
});
