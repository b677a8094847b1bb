import { readdirSync, readFileSync } from 'node:fs';
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
/**
 * A case takes up to ~0.3 s (the ISSSTE manual, 40 runs in ~13 s on an idle
 * 2-core machine). The bound only flags a mutation that sends the ingest into
 * a super-linear scan, so it grows with the runs and leaves a busy machine
 * ample room: the config's 30 s was too close for the ISSSTE manual and far
 * too short for `npm run fuzz:ingest`'s 1000 runs.
 */
const timeout = Math.max(120_000, runs * 2_000);
const root = join(import.meta.dirname, '../../content/sources');
/** Every shipped source, as the ingest finds them (scripts/ingest/corpus.ts): a new manual is fuzzed without editing this file. */
const sources = readdirSync(root).filter((name) => name.endsWith('.txt')).sort();

/** Raw HTML that the Markdown renderer would pass through: a tag opening at the start of text. */
const liveMarkup = /(^|[^\\])<(script|img|iframe|style)\b/im;

it('fuzzes every shipped source, the largest (the ISSSTE manual) included', () => {
  expect(sources).toContain('issste-manual-organizacion-general.txt');
  expect(sources.length).toBeGreaterThanOrEqual(5);
});

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
  }, timeout);
});
