import { describe, expect, it } from 'vitest';
import { asignarNumerales, leerMarca, recuperarFunciones } from '../../../scripts/ingest/ocr/numbering.ts';
import { partirEnParrafos } from '../../../scripts/ingest/ocr/page-breaks.ts';
import { lineas } from './helpers.ts';

describe('recuperarFunciones', () => {
  const lines = lineas('funciones-desprendidas.txt');
  const leidas = recuperarFunciones('f.txt', partirEnParrafos(lines), '7.1.1.1 Coordinación');

  it('numbers the paragraphs 1..N although the scan detached the numbers', () => {
    expect(leidas.funciones.map((funcion) => funcion.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(leidas.funciones[1]?.texto).toBe('Elaborar el programa de trabajo anual de la Coordinacién, a fin de integrarlo al Programa Anual de Trabajo de la Unidad.');
    expect(leidas.funciones[1]?.linea).toBe(5);
  });

  it('takes a number printed with its paragraph off the text', () => {
    expect(leidas.funciones[5]?.texto).toMatch(/^Desarrollar todas aquellas funciones/u);
  });

  it('knows the last number the source prints and places every line, loose numerals included', () => {
    expect(leidas.ultimoImpreso).toBe(12);
    const nonBlank = lines.filter((line) => line.texto.trim() !== '').map((line) => line.n);
    expect([...leidas.colocadas.keys()].sort((a, b) => a - b)).toEqual(nonBlank);
  });

  it('reports a count that disagrees with the last printed number', () => {
    expect(leidas.avisos.map((aviso) => aviso.regla)).toContain('numeracion-de-funciones');
    expect(leidas.avisos.find((aviso) => aviso.mensaje.includes('numera hasta 12'))?.mensaje).toMatch(/se leyeron 6 funciones/u);
  });

  it('reports a number printed with its paragraph at another position', () => {
    expect(leidas.avisos.some((aviso) => aviso.linea === 17 && aviso.mensaje.includes('impresa como 12.'))).toBe(true);
  });

  it('says nothing when the paragraphs and the printed numbers agree', () => {
    const agree = partirEnParrafos([
      { n: 1, texto: '1.' },
      { n: 2, texto: '' },
      { n: 3, texto: 'Aprobar el programa.' },
      { n: 4, texto: '' },
      { n: 5, texto: 'Coordinar las reuniones.' },
      { n: 6, texto: ' 3. Desarrollar las demás funciones.' },
    ]);
    const result = recuperarFunciones('f.txt', agree, 'unidad');
    expect(result.funciones.map((funcion) => funcion.texto)).toEqual(['Aprobar el programa.', 'Coordinar las reuniones.', 'Desarrollar las demás funciones.']);
    expect(result.avisos).toEqual([]);
  });

  it('keeps the original of a repaired function without its number', () => {
    const pieces = partirEnParrafos([{ n: 1, texto: '11. Orientar en la atención.', original: '11. Orientar en la atencién.' }]);
    expect(recuperarFunciones('f.txt', pieces, 'u').funciones[0]).toEqual({ n: 1, texto: 'Orientar en la atención.', original: 'Orientar en la atencién.', linea: 1 });
  });
});

describe('asignarNumerales', () => {
  it('pairs a run of outline numerals with the paragraphs after it, in order', () => {
    const { elementos, avisos } = asignarNumerales('f.txt', partirEnParrafos(lineas('politicas.txt')), '5. Políticas');
    expect(elementos.map((elemento) => `${elemento.marca?.valor} ${elemento.texto.split(' ')[0]}`)).toEqual(['5.1 Desempefara', '5.2 Cumplira', '5.3 Mantendra']);
    expect(avisos).toEqual([]);
  });

  it('reports numerals that do not match the paragraphs one for one', () => {
    const pieces = partirEnParrafos(lineas('politicas.txt')).slice(1);
    const { elementos, avisos } = asignarNumerales('f.txt', pieces, '5. Políticas');
    expect(elementos.every((elemento) => elemento.marca === null)).toBe(true);
    expect(avisos[0]?.regla).toBe('numeracion-de-lista');
  });
});

describe('leerMarca', () => {
  it('reads arabic and roman numerals and the e bullet', () => {
    expect(leerMarca('11. Orientar')).toEqual({ marca: { tipo: 'arabigo', valor: '11' }, resto: 'Orientar' });
    expect(leerMarca('XXIV. Formular')).toEqual({ marca: { tipo: 'romano', valor: 'XXIV' }, resto: 'Formular' });
    expect(leerMarca('e Ley Federal del Trabajo.')).toEqual({ marca: { tipo: 'vineta', valor: null }, resto: 'Ley Federal del Trabajo.' });
  });

  it('takes e for the conjunction before a lowercase word', () => {
    expect(leerMarca('e implementar acciones de mejora')).toBeNull();
  });
});
