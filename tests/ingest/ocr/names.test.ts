import { describe, expect, it } from 'vitest';
import { nombreEnCorpus, variantesEnCorpus } from '../../../scripts/ingest/ocr/names.ts';
import { lexiconMini } from './helpers.ts';

describe('nombreEnCorpus', () => {
  const lexicon = lexiconMini();

  it('takes the spelling another document gives the same unit', () => {
    expect(nombreEnCorpus('Coordinación de Evaluación de Prestaciones Económico - Sociales', lexicon)).toBe('Coordinación de Evaluación de Prestaciones Económico-Sociales');
  });

  it('matches across case and accents, and ignores a spelling in capitals', () => {
    // The corpus also prints the name in capitals with a spaced hyphen: a heading, not a spelling to copy.
    expect(nombreEnCorpus('Unidad de evaluación de Órganos Desconcentrados', lexicon)).toBe('Unidad de Evaluación de Órganos Desconcentrados');
  });

  it('says nothing when the corpus spells the name the same', () => {
    expect(nombreEnCorpus('Dirección de Operación y Evaluación', lexicon)).toBeNull();
  });

  it('says nothing when the corpus lacks a word of the name', () => {
    expect(nombreEnCorpus('División de Comunicación Interna', lexicon)).toBeNull();
  });

  it('does not take a longer name that contains this one', () => {
    expect(nombreEnCorpus('Administración Pública', lexicon)).toBeNull();
    expect(nombreEnCorpus('Operación Administrativa', lexicon)).toBeNull();
  });

  it('remembers an answer when the lexicon keeps a memo', () => {
    const memoNombres = new Map<string, string | null>([['Unidad de Prueba', 'Unidad de Pruebas']]);
    expect(nombreEnCorpus('Unidad de Prueba', { ...lexicon, memoNombres })).toBe('Unidad de Pruebas');
  });

  it('finds the same name spelled with or without an article in another document', () => {
    expect(variantesEnCorpus('Coordinación de Evaluación de la Calidad Médica', lexicon)).toEqual(['Coordinación de Evaluación de Calidad Médica']);
    expect(nombreEnCorpus('Coordinación de Evaluación de la Calidad Médica', lexicon)).toBeNull();
  });

  it('finds no variant for a name the corpus spells only the same way', () => {
    expect(variantesEnCorpus('Dirección de Operación y Evaluación', lexicon)).toEqual([]);
  });
});
