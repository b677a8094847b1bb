import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../scripts/ingest/normalize/index.ts';
import { decode } from '../../../scripts/ingest/read.ts';
import { lexiconDeFuentes } from '../../../scripts/ingest/ocr/lexicon.ts';
import { repararLinea } from '../../../scripts/ingest/ocr/word-repair.ts';
import { fixture } from './helpers.ts';

/**
 * The hand-labelled sample (tests/fixtures/ocr/muestra-reparaciones.tsv): words
 * the repair changed, each with the word the page had, judged in context.
 */
interface Fila {
  estrato: string;
  linea: number;
  columna: number;
  original: string;
  correcta: string;
}

const filas: Fila[] = fixture('muestra-reparaciones.tsv')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('estrato\t'))
  .map((line) => {
    const [estrato = '', linea = '', columna = '', original = '', , correcta = ''] = line.split('\t');
    return { estrato, linea: Number(linea), columna: Number(columna), original, correcta };
  });

/** Known wrong repairs, kept in the sample on purpose: a source typo read as another word, a capital kept. */
const erroresConocidos = ['2478:pertenecia', '2540:pertenecia', '3727:Util'];

describe('precision of the OCR repair on the hand-labelled sample', () => {
  const archivo = 'imss-doye-manual-organizacion-ocr.txt';
  const source = decode(archivo, readFileSync(new URL(`../../../content/sources/${archivo}`, import.meta.url)));
  const lines = normalize(source).lines;
  const lexicon = lexiconDeFuentes(fileURLToPath(new URL('../../../content/sources/', import.meta.url)));
  /** What the repair gives today for the word at each labelled place. */
  const hoy = (fila: Fila) => {
    const i = lines.findIndex((line) => line.n === fila.linea);
    const line = lines[i];
    if (!line) return null;
    const before = lines[i - 1];
    const inicioDeParrafo = !before || before.texto.trim() === '' || line.texto.startsWith(' ');
    const cambio = repararLinea(line.texto, lexicon, { inicioDeParrafo }).cambios.find((c) => c.columna === fila.columna);
    return cambio && cambio.original === fila.original ? cambio.reparada : fila.original;
  };

  it('labels at least 200 changed words, most of them a uniform sample', () => {
    expect(filas.length).toBeGreaterThanOrEqual(200);
    expect(filas.filter((fila) => fila.estrato === 'uniforme').length).toBeGreaterThanOrEqual(200);
  });

  it('repairs every word of the uniform sample right', () => {
    const uniforme = filas.filter((fila) => fila.estrato === 'uniforme');
    const wrong = uniforme.filter((fila) => hoy(fila) !== fila.correcta).map((fila) => `${fila.linea}:${fila.original}>${hoy(fila)} (${fila.correcta})`);
    expect(wrong).toEqual([]);
  });

  it('gets no labelled word wrong but the known errors, for a precision of at least 99%', () => {
    const wrong = filas.filter((fila) => hoy(fila) !== fila.correcta);
    expect(wrong.map((fila) => `${fila.linea}:${fila.original}`)).toEqual(erroresConocidos);
    expect(1 - wrong.length / filas.length).toBeGreaterThanOrEqual(0.99);
  });
});
