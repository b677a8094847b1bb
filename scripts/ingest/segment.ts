import { IngestError, type NormalizedText } from '../../src/model/index.ts';
import { reconocedores } from './families/index.ts';
import type { Reconocedor, Segmento } from './recognizer.ts';

/**
 * Splits a normalized text into its documents, each with the family its
 * content shows. A DOF acuerdo that issues a document travels with it.
 */
export function segment(text: NormalizedText, families: readonly Reconocedor[] = reconocedores): Segmento[] {
  const starts: { index: number; familia: Reconocedor['familia'] }[] = [];
  for (const family of families.filter((candidate) => !candidate.respaldo)) {
    for (const index of family.inicios(text.lines)) {
      if (!starts.some((start) => start.index === index)) starts.push({ index, familia: family.familia });
    }
  }
  // A fallback family reads only what no other family claims: the text before the first claimed document.
  const primero = Math.min(text.lines.length, ...starts.map((start) => start.index));
  const libre = text.lines.slice(0, primero);
  for (const family of families.filter((candidate) => candidate.respaldo && libre.length > 0)) {
    for (const index of family.inicios(libre)) {
      if (!starts.some((start) => start.index === index)) starts.push({ index, familia: family.familia });
    }
  }
  if (starts.length === 0) {
    const first = text.lines.find((line) => line.texto.trim() !== '');
    throw new IngestError(
      text.archivo,
      first?.n ?? 1,
      'no se reconoce ningún manual, reglamento, estatuto ni procedimiento en el texto. Se buscaron: unidades con «Objetivo» y «Funciones» (o «Propósito», «Atribuciones», «Funciones del puesto»); encabezados numerados (7.1.2, 111., A.) seguidos de una lista; «REGLAMENTO INTERIOR» o «ESTATUTO ORGÁNICO» con su «Artículo 1»; un procedimiento con clave.',
    );
  }
  starts.sort((a, b) => a.index - b.index);
  // Text before the first document (a cover page) belongs to it, so nothing is left out.
  return starts.map((start, i) => {
    const lines = text.lines.slice(i === 0 ? 0 : start.index, starts[i + 1]?.index ?? text.lines.length);
    const desde = i === 0 ? 0 : (lines[0]?.n ?? 0);
    const hasta = starts[i + 1] === undefined ? Number.POSITIVE_INFINITY : (lines.at(-1)?.n ?? 0);
    return {
      familia: start.familia,
      archivo: text.archivo,
      lines,
      ocr: text.ocr,
      notas: text.notas.filter((nota) => nota.linea >= desde && nota.linea <= hasta),
      encabezados: text.encabezados,
    };
  });
}
