import type { Line } from '../../../src/model/index.ts';
import type { FurnitureRule } from '../normalize/rule.ts';

/** The chapter title that opens the org charts: `Organigramas`, however the scan spelled it. */
const chartsTitle = /^\s*(?:\d+\.\s*)?organigramas?\s*$/iu;
/** A numeral line: `6.`, `6.1`, `6.1.5 Coordinación de ...`, `7.1`. */
const numeralLine = /^\s*(\d+)\.(?:\d+(?:\.\d+)*\.?)?(?:\s|$)/u;
/** The date a chart is in force from, printed under it. */
const vigencia = /^\s*Vigencia\b/iu;
/** Fewer letters than this and a line is a stroke of the drawing (`]`, `|`, `——`, `1`). */
const lettersMin = 3;
/** Boxes of a chart are set in capitals; a heading or the `Vigencia` line is not. */
const capitalsShareMax = 0.5;

/**
 * The org charts of a scanned manual, read by the OCR as word salad: the
 * boxes' names in capitals, broken and interleaved across the drawing. They
 * are not text to publish (the site draws each chart from the unit tree), so
 * every line of them is dropped by this rule and counted in the report. What
 * stays is what the text says about the charts: each chart's numeral and
 * title, and its `Vigencia` line.
 *
 * > | 6.1.4 Coordinacién de Vinculacion
 *     ^ kept: the chart's numeral and title
 * > | COORDINACION COORDINACION CC%E?E :E:S?N
 * > | TECNICADE TECNICADE VINCULACION CON
 *     ^ dropped: boxes
 * > | Vigencia: 01 de octubre de 2022
 *     ^ kept
 *
 * The charts run from the `Organigramas` title to the first numeral of
 * another chapter (`7.1`). Under each heading, the first line in capitals
 * starts the drawing, which runs to the `Vigencia` line or the end of its
 * page: a chart is drawn on one page, and a page that opens without a
 * chart's heading is text again (`DESCRIPCIÓN DE FUNCIONES`).
 */
export const orgChartOcr: FurnitureRule = {
  regla: 'organigrama-ocr',
  drop(lines) {
    const dropped = new Set<number>();
    const start = lines.findIndex((line) => chartsTitle.test(line.texto));
    if (start < 0) return dropped;
    const chapter = chartsChapter(lines, start);
    // Under a chart's heading come its title lines, then the drawing: from the first box on,
    // every line is the drawing (a box may mix cases, `L| Evaluaciony`) up to `Vigencia` or the next numeral.
    let drawing = false;
    let underHeading = true;
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i] as Line;
      if (line.texto.startsWith('\f') || (line.pagina !== undefined && line.pagina !== lines[i - 1]?.pagina)) {
        drawing = false;
        underHeading = false;
      }
      const numeral = numeralLine.exec(line.texto);
      if (numeral) {
        if (chapter !== null && numeral[1] !== chapter) break;
        drawing = false;
        underHeading = true;
        continue;
      }
      if (line.texto.trim() === '') continue;
      if (vigencia.test(line.texto)) {
        drawing = false;
        continue;
      }
      drawing ||= underHeading && isChartLine(line.texto);
      if (drawing) dropped.add(line.n);
    }
    return dropped;
  },
};

/** The charts' chapter number, from the nearest numeral before or after the title (`6.` before `Organigramas`). */
function chartsChapter(lines: readonly Line[], titleIndex: number): string | null {
  for (let i = titleIndex - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (line.texto.trim() === '') continue;
    const numeral = numeralLine.exec(line.texto);
    if (numeral) return numeral[1] ?? null;
    break;
  }
  for (const line of lines.slice(titleIndex + 1)) {
    const numeral = numeralLine.exec(line.texto);
    if (numeral) return numeral[1] ?? null;
  }
  return null;
}

/** A box of the drawing: mostly capitals, or hardly any letters. */
export function isChartLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < lettersMin) return true;
  const capitals = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
  return capitals / letters.length > capitalsShareMax;
}
