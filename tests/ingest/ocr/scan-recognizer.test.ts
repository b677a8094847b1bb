import { describe, expect, it } from 'vitest';
import { estructurarEscaneado } from '../../../scripts/ingest/families/imss-manual-scan.ts';
import { repararLineas } from '../../../scripts/ingest/ocr/repair-lines.ts';
import { lexiconMini, lineas } from './helpers.ts';

describe('estructurarEscaneado on a small scan', () => {
  const lexicon = lexiconMini();
  const lines = repararLineas(lineas('manual-escaneado-mini.txt'), lexicon);
  const { documento, colocadas, avisos } = estructurarEscaneado({ familia: 'manual-imss', archivo: 'mini.txt', lines, ocr: true, notas: [] }, { lexicon });

  it('reads the overview chapters up to the Funciones Sustantivas heading', () => {
    expect(documento.secciones.map((s) => `${s.numero} ${s.titulo} ${s.tipo}`)).toEqual(['1 Introducción introduccion', '2 Objetivo objetivo']);
  });

  it('infers the numeral of a heading that lost it from its sub-units', () => {
    expect(documento.unidades.map((u) => `${u.numeral} ${u.padre} ${u.nombre}`)).toEqual([
      '3.1 null Dirección de Operación y Evaluación',
      '3.1.1 3.1 Unidad de Evaluación de Órganos Desconcentrados',
      '3.1.1.1 3.1.1 División de Enlace Nacional con las Áreas de Atención a la Derechohabiencia',
    ]);
    expect(documento.unidades[1]?.notas).toEqual(['numeral inferido de 3.1.1.1']);
    expect(avisos.find((a) => a.regla === 'numeral-inferido')?.linea).toBe(19);
  });

  it('numbers the functions 1..N and checks them against the printed numbers', () => {
    expect(documento.unidades.map((u) => u.funciones.length)).toEqual([3, 2, 2]);
    expect(documento.unidades[0]?.funciones.at(-1)?.texto).toBe('Desarrollar las demás funciones.');
    expect(avisos.filter((a) => a.regla === 'numeracion-de-funciones')).toEqual([]);
  });

  it('keeps the name as the scan printed it', () => {
    expect(documento.unidades[0]?.nombreOriginal).toBe('Direccion de Operacion y Evaluacion');
  });

  it('places every non-blank line', () => {
    const nonBlank = lines.filter((line) => line.texto.trim() !== '').map((line) => line.n);
    expect(nonBlank.filter((n) => !colocadas.has(n))).toEqual([]);
  });
});
