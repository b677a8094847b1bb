import { describe, expect, it } from 'vitest';
import type { PaginaLeida } from '../../../scripts/ingest/read/pdf-furniture.ts';
import type { LineaDePagina } from '../../../scripts/ingest/read/pdf-layout.ts';
import { lineasDeTexto } from '../../../scripts/ingest/read/pdf-text.ts';

/** A line starting at x, baseline y, 10-pt text. */
const l = (texto: string, y: number, x = 72): LineaDePagina => ({ y, arriba: y - 8, abajo: y + 2, tramos: [{ x, fin: x + 5 * texto.length, texto }] });
const pagina = (...lineas: LineaDePagina[]): PaginaLeida => ({ alto: 792, lineas });

describe('lineasDeTexto', () => {
  it('numbers lines from 1 with their page, a form feed opening each page after the first', () => {
    const lines = lineasDeTexto([pagina(l('uno', 100), l('dos', 112)), pagina(l('tres', 100))], 5);
    expect(lines).toEqual([
      { n: 1, pagina: 1, texto: 'uno' },
      { n: 2, pagina: 1, texto: 'dos' },
      { n: 3, pagina: 2, texto: '\ftres' },
    ]);
  });

  it('writes a blank line where a line height is left empty, none between lines of a paragraph', () => {
    const texts = lineasDeTexto([pagina(l('Objetivo:', 100), l('Coordinar las', 124), l('acciones.', 136))], 5).map((line) => line.texto);
    expect(texts).toEqual(['Objetivo:', '', 'Coordinar las', 'acciones.']);
  });

  it('rejoins a word hyphenated at the end of a line on the line where it starts', () => {
    const texts = lineasDeTexto([pagina(l('la organiza-', 100), l('ción de las unidades', 112))], 5).map((line) => line.texto);
    expect(texts).toEqual(['la organización', 'de las unidades']);
  });

  it('rejoins a word hyphenated across a page break, keeping the form feed on the next page', () => {
    const lines = lineasDeTexto([pagina(l('la organiza-', 700)), pagina(l('ción', 100), l('de las unidades', 112))], 5);
    expect(lines.map((line) => [line.pagina, line.texto])).toEqual([
      [1, 'la organización'],
      [2, '\fde las unidades'],
    ]);
  });

  it('keeps the hyphen before a capital (a name, an acronym) and of a numeral range', () => {
    const texts = lineasDeTexto([pagina(l('Ciudad de México-', 100), l('Toluca y 2020-', 112), l('2024', 124))], 5).map((line) => line.texto);
    expect(texts).toEqual(['Ciudad de México-', 'Toluca y 2020-', '2024']);
  });

  it('indents from the margin where most lines start, the same on every page', () => {
    const texts = lineasDeTexto(
      [pagina(l('Funciones:', 100), l('Texto.', 112), l('Más texto.', 124), l('1. Uno', 136, 92)), pagina(l('2. Dos', 100, 92))],
      5,
    ).map((line) => line.texto);
    expect(texts).toEqual(['Funciones:', 'Texto.', 'Más texto.', '    1. Uno', '\f    2. Dos']);
  });

  it('writes the Symbol font bullet as •', () => {
    expect(lineasDeTexto([pagina(l('\uF0B7 Ley Federal', 100))], 5)[0]?.texto).toBe('• Ley Federal');
  });
});
