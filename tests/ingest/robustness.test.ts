import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError, type Catalogo } from '../../src/model/index.ts';
import { emit } from '../../scripts/ingest/emit.ts';
import { implicitCatalog } from '../../scripts/ingest/implicit-catalog.ts';
import { parse } from '../../scripts/ingest/parse.ts';
import { decode } from '../../scripts/ingest/read.ts';
import { applyEdits, edits } from './mutations.ts';

/**
 * Property: whatever is done to a real manual, the ingest either gives a
 * model or an IngestError naming file:line; it never crashes or hangs, and
 * nothing it writes carries live markup. CI runs a bounded number of cases;
 * `npm run fuzz:ingest` runs many more.
 */
const runs = Number(process.env['FUZZ_RUNS'] ?? 40);
const sources = ['imss-uit-manual-organizacion.txt', 'imss-procedimiento-0508-003-001.txt', 'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt', 'imss-doye-manual-organizacion-ocr.txt'];
const root = join(import.meta.dirname, '../../content/sources');

/** Raw HTML that the Markdown renderer would pass through: a tag opening at the start of text. */
const liveMarkup = /(^|[^\\])<(script|img|iframe|style)\b/im;

describe.each(sources)('mutations of %s', (archivo) => {
  const text = readFileSync(join(root, archivo), 'utf8');
  const lineCount = text.split('\n').length;

  it('never crash, and never emit live markup', () => {
    fc.assert(
      fc.property(edits(lineCount), (list) => {
        const mutated = applyEdits(text, list);
        let parsed;
        try {
          parsed = parse(decode(archivo, new TextEncoder().encode(mutated)));
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          expect(error.archivo).toBe(archivo);
          expect(error.linea).toBeGreaterThan(0);
          return;
        }
        for (const aviso of parsed.informe.avisos) expect(aviso.linea).toBeGreaterThan(0);
        for (const { documento } of parsed.estructuras) {
          const catalogo: Catalogo = implicitCatalog(documento, archivo);
          for (const generado of emit(documento, catalogo, null).archivos) {
            if (!generado.ruta.endsWith('.md')) continue;
            const body = generado.contenido.replace(/^---\n[\s\S]*?\n---\n/, '');
            expect(body).not.toMatch(liveMarkup);
          }
        }
      }),
      { numRuns: runs, seed: Number(process.env['FUZZ_SEED'] ?? 20261122) },
    );
  });
});
