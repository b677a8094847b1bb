import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../scripts/ingest/normalize/index.ts';
import {
  controlTable,
  pageFurniture,
  pageNumber,
  runningHeader,
  signatureStrip,
  signerNames,
  splitPageHeader,
} from '../../scripts/ingest/normalize/page-furniture.ts';
import { decode } from '../../scripts/ingest/read.ts';
import type { NormalizedText } from '../../src/model/index.ts';

const sources = join(import.meta.dirname, '../../content/sources');
const fixtures = join(import.meta.dirname, '../fixtures/issste');

function normalized(dir: string, archivo: string): NormalizedText {
  return normalize(decode(archivo, readFileSync(join(dir, archivo))));
}

/** The rules these tests own; other rules of the list (and the OCR family's own) are tested with their families. */
const owned = [runningHeader, pageNumber, signatureStrip, signerNames, controlTable, splitPageHeader];

/**
 * Lines each owned rule drops from a real manual, run on the source as read
 * (so a rule added elsewhere in the pipeline does not change the count). A
 * line two rules would drop counts for the first, as in `normalize`.
 */
function countsByRule(archivo: string): Record<string, number> {
  const source = decode(archivo, readFileSync(join(sources, archivo)));
  const seen = new Set<number>();
  const counts: Record<string, number> = {};
  for (const rule of pageFurniture) {
    for (const n of rule.drop(source.lines)) {
      if (seen.has(n)) continue;
      seen.add(n);
      if (owned.includes(rule)) counts[rule.regla] = (counts[rule.regla] ?? 0) + 1;
    }
  }
  return counts;
}

describe('the page-furniture rules', () => {
  it('each have their own name, so the report can count lines per rule', () => {
    const names = pageFurniture.map((rule) => rule.regla);
    expect(names.every((name) => /^[a-z]+(?:-[a-z]+)*$/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('on a page of the ISSSTE manual (fixture pagina.txt)', () => {
  const text = normalized(fixtures, 'pagina.txt');
  const dropped = Object.fromEntries(text.dropped.map(({ n, regla }) => [n, regla]));

  it('drops the whole page header, the signature strip and the signers above it', () => {
    expect(dropped).toEqual({
      5: 'firmantes-de-hoja',
      6: 'bloque-de-firmas',
      7: 'bloque-de-firmas',
      9: 'numero-de-hoja',
      10: 'tabla-de-control',
      11: 'tabla-de-control',
      12: 'tabla-de-control',
      16: 'bloque-de-firmas',
      18: 'encabezado-de-hoja-partido',
      20: 'encabezado-de-hoja-partido',
      22: 'encabezado-de-hoja-partido',
      24: 'encabezado-de-hoja-partido',
      26: 'tabla-de-control',
      28: 'encabezado-de-hoja-partido',
      30: 'tabla-de-control',
      37: 'bloque-de-firmas',
      38: 'bloque-de-firmas',
    });
  });

  it('leaves the item the page cut with its continuation next to it', () => {
    const left = text.lines.filter((line) => line.texto.trim() !== '').map((line) => line.n);
    expect(left.slice(0, 3)).toEqual([1, 3, 14]);
  });

  it('keeps a table of posts, and a tabbed row with no signature strip under it', () => {
    const kept = text.lines.map((line) => line.n);
    expect(kept).toEqual(expect.arrayContaining([32, 33, 34, 35]));
  });

  it('keeps the title and the institution printed away from a page header', () => {
    const kept = text.lines.map((line) => line.n);
    expect(kept).toContain(1);
    expect(kept).toContain(40);
  });
});

describe('on the real manuals', () => {
  it('drops the ISSSTE page furniture, counted per rule', () => {
    expect(countsByRule('issste-manual-organizacion-general.txt')).toEqual({
      'numero-de-hoja': 463,
      'tabla-de-control': 1395,
      'bloque-de-firmas': 580,
      'firmantes-de-hoja': 179,
      'encabezado-de-hoja-partido': 15,
    });
  });

  it('leaves no ISSSTE furniture behind: no page number, control label or signature strip survives', () => {
    const left = normalized(sources, 'issste-manual-organizacion-general.txt').lines.map((line) => line.texto);
    expect(left.filter((texto) => /Hoja:|\bde 474\s*$|^\s*(?:Código:|Revisión|Fecha de Elaboración:)\s*$|Elaboró|Aprobó/.test(texto))).toEqual([]);
  });

  it('keeps the ISSSTE headings that repeat on a few pages: the DOF heading and the cédulas', () => {
    const kept = new Set(normalized(sources, 'issste-manual-organizacion-general.txt').lines.map((line) => line.n));
    for (const n of [3, 293, 344, 368, 415, 434, 467, 485, 533, 590, 634]) expect(kept.has(n), `line ${n}`).toBe(true);
  });

  it('drops the running header of the UIT manual on each of its 52 pages', () => {
    expect(countsByRule('imss-uit-manual-organizacion.txt')).toEqual({ 'encabezado-de-pagina': 52 });
  });

  it('drops only the scanned logo line of the DOYE manual', () => {
    expect(countsByRule('imss-doye-manual-organizacion-ocr.txt')).toEqual({ 'encabezado-de-pagina': 6 });
    const source = decode('doye.txt', readFileSync(join(sources, 'imss-doye-manual-organizacion-ocr.txt')));
    expect([...runningHeader.drop(source.lines)]).toEqual([1137, 1192, 1848, 2796, 2867, 4568]);
  });

  it('keeps the estatuto headings «DISPOSICIONES GENERALES» that repeat under three títulos', () => {
    expect(countsByRule('imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt')).toEqual({});
    const text = normalized(sources, 'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt');
    const kept = new Map(text.lines.map((line) => [line.n, line.texto]));
    for (const n of [1007, 1039, 1260]) expect(kept.get(n)).toBe('DISPOSICIONES GENERALES');
  });

  it('drops nothing from the procedimiento', () => {
    expect(countsByRule('imss-procedimiento-0508-003-001.txt')).toEqual({});
  });
});
