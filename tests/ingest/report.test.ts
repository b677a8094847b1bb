import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../scripts/ingest/parse.ts';
import { read } from '../../scripts/ingest/read.ts';

const fixture = join(import.meta.dirname, '../fixtures/cli/lineas.txt');

describe('the report', () => {
  it('counts the lines placed by each construct or family part, by name, and the counts add up to the lines placed', async () => {
    const { informe, cobertura } = parse(await read(fixture, 'lineas.txt'));
    expect(informe.colocadasPor).toEqual({
      'bloque-etiquetado': 6,
      'encabezado-numerado': 2,
      'lista-de-funciones': 4,
      overview: 2,
      portada: 1,
      seccion: 1,
    });
    expect(Object.keys(informe.colocadasPor)).toEqual(Object.keys(informe.colocadasPor).sort());
    const colocadas = Object.values(informe.colocadasPor).reduce((suma, n) => suma + n, 0);
    expect(colocadas).toBe(cobertura.cuerpo - cobertura.sinUbicar);
  });
});
