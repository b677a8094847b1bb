import { describe, expect, it } from 'vitest';
import { ubicacionEnFuente } from '../../src/lib/fuente.ts';

describe('ubicacionEnFuente', () => {
  it('gives the line range of a text source', () => {
    expect(ubicacionEnFuente({ desde: 12, hasta: 40 })).toBe('líneas 12–40');
  });

  it('puts the PDF pages first, one page or a range', () => {
    expect(ubicacionEnFuente({ desde: 1204, hasta: 1210, paginas: { desde: 37, hasta: 37 } })).toBe('p. 37, líneas 1204–1210');
    expect(ubicacionEnFuente({ desde: 1190, hasta: 1240, paginas: { desde: 36, hasta: 37 } })).toBe('pp. 36–37, líneas 1190–1240');
  });
});
