import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentoDatosSchema, indiceDatosSchema } from '../../src/model/index.ts';
import { ingestCorpus, type Ingesta } from '../../scripts/ingest/corpus.ts';
import { diffGenerated } from '../../scripts/ingest/write.ts';

const root = join(import.meta.dirname, '../..');
let ingesta: Ingesta;

beforeAll(async () => {
  ingesta = await ingestCorpus({ fuentes: join(root, 'content/sources'), contenido: join(root, 'content') });
});

describe('the shipped corpus', () => {
  it('yields the six documents of the five files', () => {
    expect(ingesta.documentos.map(({ catalogo }) => `${catalogo.institucion.id}/${catalogo.id}`).sort()).toEqual([
      'imss-bienestar/estatuto',
      'imss/0508-003-001',
      'imss/doye',
      'imss/moimss',
      'imss/uit',
      'issste/mog',
    ]);
  });

  it('places every body line: none is left unplaced', () => {
    const unplaced = ingesta.informes.flatMap((informe) => informe.sinUbicar.map((line) => `${informe.archivo}:${line.linea}: ${line.texto}`));
    expect(unplaced).toEqual([]);
  });

  it('reproduces the committed content byte for byte', async () => {
    expect(await diffGenerated(join(root, 'content'), ingesta.archivos)).toEqual([]);
  });

  it('leaves no committed unit file that the ingest no longer makes', async () => {
    const generated = new Set(ingesta.archivos.map((archivo) => archivo.ruta));
    for (const { catalogo } of ingesta.documentos) {
      const dir = `${catalogo.institucion.id}/${catalogo.id}`;
      for (const name of await readdir(join(root, 'content', dir))) expect(generated.has(`${dir}/${name}`), `${dir}/${name}`).toBe(true);
    }
  });

  it('publishes open data in the documented shape', () => {
    for (const archivo of ingesta.datos) {
      const value: unknown = JSON.parse(archivo.contenido);
      if (archivo.ruta === 'index.json') indiceDatosSchema.parse(value);
      else documentoDatosSchema.parse(value);
    }
  });
});
