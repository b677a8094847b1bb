import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../../scripts/ingest/corpus.ts';
import { parse } from '../../../scripts/ingest/parse.ts';
import { read } from '../../../scripts/ingest/read.ts';
import { diffGenerated, writeGenerated } from '../../../scripts/ingest/write.ts';
import { generadoEnContenido } from '../../../scripts/ingest/al-dia.ts';
import type { Documento } from '../../../src/model/index.ts';

/**
 * The shipped UIT manual printed to PDF by Chromium (25 pages, running header
 * and page-number footer; tests/fixtures/read/generar.ts) goes through the
 * whole ingest like its text version.
 */
const pdf = new URL('../../fixtures/read/imss-uit-manual-organizacion.pdf', import.meta.url).pathname;
const txt = new URL('../../../content/sources/imss-uit-manual-organizacion.txt', import.meta.url).pathname;
const yaml = new URL('../../../content/sources/imss-uit.yaml', import.meta.url).pathname;

const units = (documento: Documento) =>
  documento.unidades.map((unidad) => ({ numeral: unidad.numeral, nombre: unidad.nombre, objetivo: unidad.objetivo, funciones: unidad.funciones.map((funcion) => funcion.texto) }));

describe('a manual read from a PDF', () => {
  it('parses to the same units, objectives and functions as its text version', async () => {
    const [fromPdf] = parse(await read(pdf, 'imss-uit-manual-organizacion.pdf')).estructuras;
    const [fromText] = parse(await read(txt, 'imss-uit-manual-organizacion.txt')).estructuras;
    expect(fromPdf && units(fromPdf.documento)).toEqual(fromText && units(fromText.documento));
    expect(fromPdf?.documento.unidades.reduce((sum, unidad) => sum + unidad.funciones.length, 0)).toBe(252);
  });

  it("gives every unit's fuente the PDF pages of its first and last lines", async () => {
    const source = await read(pdf, 'imss-uit-manual-organizacion.pdf');
    const paginaDe = new Map(source.lines.map((line) => [line.n, line.pagina]));
    const [estructura] = parse(source).estructuras;
    const fuentes = estructura?.documento.unidades.map((unidad) => unidad.fuente) ?? [];
    expect(fuentes).toHaveLength(17);
    for (const fuente of fuentes) expect(fuente.paginas).toEqual({ desde: paginaDe.get(fuente.desde), hasta: paginaDe.get(fuente.hasta) });
    expect(new Set(fuentes.map((fuente) => fuente.paginas?.desde)).size).toBeGreaterThan(10);
  });

  it('is ingested from content/sources/ with its extracted text kept for review, byte for byte on a second run', async () => {
    const root = await mkdtemp(join(tmpdir(), 'organica-pdf-'));
    const fuentes = join(root, 'sources');
    const contenido = join(root, 'content');
    await mkdir(fuentes);
    await copyFile(pdf, join(fuentes, 'imss-uit-manual-organizacion.pdf'));
    await writeFile(join(fuentes, 'imss-uit.yaml'), (await readFile(yaml, 'utf8')).replace('archivo: imss-uit-manual-organizacion.txt', 'archivo: imss-uit-manual-organizacion.pdf'));
    const first = await ingestCorpus({ fuentes, contenido });
    expect(first.documentos.map((documento) => documento.unidades)).toEqual([17]);
    const texto = first.archivos.find((archivo) => archivo.ruta === 'informes/imss-uit-manual-organizacion.pdf.txt');
    const source = await read(pdf, 'imss-uit-manual-organizacion.pdf');
    expect(texto?.contenido).toBe(`${source.lines.map((line) => line.texto).join('\n')}\n`);
    expect(first.archivos.find((archivo) => archivo.ruta === 'imss/uit/unidad-de-integridad-y-transparencia.md')?.contenido).toMatch(/\n {2}paginas:\n {4}desde: \d+\n {4}hasta: \d+\n/);
    await writeGenerated(contenido, first.archivos, generadoEnContenido);
    const second = await ingestCorpus({ fuentes, contenido });
    expect(await diffGenerated(contenido, second.archivos)).toEqual([]);
    // The extracted text, being in content/informes/, is never read as a second source.
    expect(second.informes.map((informe) => informe.archivo)).toEqual(['imss-uit-manual-organizacion.pdf']);
  });
});
