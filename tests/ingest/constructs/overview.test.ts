import { describe, expect, it } from 'vitest';
import type { Line } from '../../../src/model/index.ts';
import {
  encabezadoArabigo,
  encabezadoRomano,
  leerItem,
  parseBloques,
  parseOverview,
  tipoDeSeccion,
} from '../../../scripts/ingest/constructs/overview.ts';

const lines = (textos: string[], desde = 1): Line[] => textos.map((texto, i) => ({ n: desde + i, texto }));

describe('section headings', () => {
  it('takes numbered headings in sequence only', () => {
    expect(encabezadoArabigo('3. Marco Jurídico-Administrativo', '2')).toEqual({ numero: '3', titulo: 'Marco Jurídico-Administrativo' });
    expect(encabezadoArabigo('3. Marco Jurídico-Administrativo', '5')).toBeNull();
    expect(encabezadoArabigo('1. Validar estrategias, políticas, normas, procedimientos, mecanismos o programas para los órganos.', null)).toBeNull();
    expect(encabezadoArabigo('1\tIntroducción\t4', null)).toBeNull();
  });

  it('reads roman headings for manuals that number their sections so', () => {
    expect(encabezadoRomano('I. Introducción', null)).toEqual({ numero: 'I', titulo: 'Introducción' });
    expect(encabezadoRomano('IV. Estructura Orgánica', 'III')).toEqual({ numero: 'IV', titulo: 'Estructura Orgánica' });
    expect(encabezadoRomano('CIVIL. Algo', null)).toBeNull();
  });

  it('names the kind of a section from its title', () => {
    expect(['Marco Jurídico Administrativo', 'Antecedentes Históricos', 'Organigrama Estructural', 'Glosario', 'Políticas', 'Índice'].map(tipoDeSeccion)).toEqual([
      'marco-juridico',
      'antecedentes',
      'organigrama',
      'glosario',
      'politicas',
      'indice',
    ]);
  });
});

describe('list items', () => {
  it('separates the printed numeral from the text', () => {
    expect(leerItem('- XIV. Determinar los créditos')).toEqual({ texto: 'Determinar los créditos', numero: 'XIV', vineta: true });
    expect(leerItem('- 5.1 Impulsará acciones')).toEqual({ texto: 'Impulsará acciones', numero: '5.1', vineta: true });
    expect(leerItem('I. Constitución Política')).toEqual({ texto: 'Constitución Política', numero: 'I', vineta: false });
    expect(leerItem('- Ley del Seguro Social.')).toEqual({ texto: 'Ley del Seguro Social.', vineta: true });
  });

  it('takes a bare decimal line for a sub-heading, not an item', () => {
    expect(leerItem('6.1 Unidad de Integridad y Transparencia')).toBeNull();
  });
});

describe('paragraphs and lists', () => {
  it('joins wrapped lines, a paragraph cut by a page break, and indented continuations', () => {
    const { bloques, colocadas } = parseBloques(
      'x.txt',
      lines(['Una unidad dependiente de', '', '', 'la Dirección General.', '', '- Ley Federal del Trabajo, publicada en el Diario', ' Oficial de la Federación.', '- Ley de Planeación.']),
    );
    expect(bloques).toEqual([
      { tipo: 'parrafo', texto: 'Una unidad dependiente de la Dirección General.' },
      { tipo: 'lista', ordenada: false, items: [{ texto: 'Ley Federal del Trabajo, publicada en el Diario Oficial de la Federación.' }, { texto: 'Ley de Planeación.' }] },
    ]);
    expect([...colocadas]).toEqual([1, 4, 6, 7, 8].map((n) => [n, 'overview']));
  });

  it('makes a short numbered line over bullets a category paragraph', () => {
    const { bloques } = parseBloques('x.txt', lines(['II. Leyes', '', '- Ley del Seguro Social.', 'III. Reglamentos', '- Reglamento Interior.']));
    expect(bloques.map((b) => (b.tipo === 'parrafo' ? b.texto : b.items.length))).toEqual(['II. Leyes', 1, 'III. Reglamentos', 1]);
  });

  it('infers a lost fracción numeral between its neighbours, and says where', () => {
    const { bloques, avisos } = parseBloques('x.txt', lines(['- Administrar los seguros;', '- II. Satisfacer las prestaciones;', '- Invertir sus fondos;', '- V. Adquirir bienes.'], 40));
    expect(bloques[0]?.tipo === 'lista' && bloques[0].items.map((i) => i.numero)).toEqual(['I', 'II', undefined, 'V']);
    expect(avisos).toEqual([expect.objectContaining({ archivo: 'x.txt', linea: 40, regla: 'numeral-inferido' })]);
  });

  it('keeps an indented sub-bullet inside the item above', () => {
    const { bloques } = parseBloques('x.txt', lines(['- XIV. Determinar los créditos;', ' - Las liquidaciones podrán emitirse.', '- XV. Determinar la existencia.']));
    expect(bloques[0]?.tipo === 'lista' && bloques[0].items.map((i) => i.texto)).toEqual([
      'Determinar los créditos; Las liquidaciones podrán emitirse.',
      'Determinar la existencia.',
    ]);
  });
});

describe('an overview', () => {
  it('cuts the text into sections at their headings and places every line', () => {
    const { secciones, colocadas } = parseOverview(
      'x.txt',
      lines(['1. Introducción', '', 'Texto.', '', '2. Objetivo', 'Objetivo del manual.', '', '3. Políticas', '- 3.1 Impulsará.']),
    );
    expect(secciones.map((s) => [s.numero, s.tipo, s.fuente.desde, s.fuente.hasta])).toEqual([
      ['1', 'introduccion', 1, 3],
      ['2', 'objetivo', 5, 6],
      ['3', 'politicas', 8, 9],
    ]);
    expect([...colocadas.keys()].sort((a, b) => a - b)).toEqual([1, 3, 5, 6, 8, 9]);
    expect(new Set(colocadas.values())).toEqual(new Set(['overview']));
  });
});
