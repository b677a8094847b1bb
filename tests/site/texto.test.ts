import { describe, expect, it } from 'vitest';
import { fechaDof, fechaLarga } from '../../src/lib/fechas.ts';
import { serializarJsonLd } from '../../src/lib/jsonld.ts';
import { aRomano, anclasUnicas, normalizarNombre } from '../../src/lib/texto.ts';

describe('text and dates', () => {
  it('writes Roman numerals as fracciones are printed', () => {
    expect([1, 4, 9, 14, 19, 40, 49].map(aRomano)).toEqual(['I', 'IV', 'IX', 'XIV', 'XIX', 'XL', 'XLIX']);
    expect(() => aRomano(0)).toThrow(/entre 1 y/);
  });

  it('compares names ignoring accents, case, spacing and a final period', () => {
    expect(normalizarNombre('Coordinación  de Integridad.')).toBe(normalizarNombre('COORDINACION DE INTEGRIDAD'));
  });

  it('makes unique ASCII anchors', () => {
    expect(anclasUnicas(['CC', 'cc', 'Órgano'], 'def-')).toEqual(['def-cc', 'def-cc-2', 'def-organo']);
  });

  it('formats DOF dates as legal citations do and other dates in words', () => {
    expect(fechaDof('2010-12-30')).toBe('DOF 30-12-2010');
    expect(fechaLarga('2022-05-01')).toBe('1 de mayo de 2022');
    expect(() => fechaDof('30/12/2010')).toThrow(/AAAA-MM-DD/);
  });

  it('escapes JSON-LD so manual text cannot close the script element', () => {
    expect(serializarJsonLd({ name: '</script><script>alert(1)</script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});
