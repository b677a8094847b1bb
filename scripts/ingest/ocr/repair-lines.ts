import type { Line } from '../../../src/model/index.ts';
import type { FurnitureRule } from '../normalize/rule.ts';
import type { Lexicon } from './lexicon.ts';
import { orgChartOcr } from './org-chart.ts';
import { scanPageFooter, scanPageHeader } from './scan-furniture.ts';
import { repararLinea } from './word-repair.ts';

/** The page furniture only a scan has, added to the common rules when a text is OCR output. */
export const reglasDeEscaneo: readonly FurnitureRule[] = [scanPageFooter, scanPageHeader, orgChartOcr];

/**
 * Repairs the words of every line of a scan. A changed line keeps what the
 * scan printed in `original`; an unchanged line is returned as is (same
 * object). A line opens a paragraph after a blank line or at a page break
 * (this scan starts each page's first line with a space).
 *
 * > | Coordinacién de Evaluacién de la Calidad Médica
 *     -> { texto: 'Coordinación de Evaluación de la Calidad Médica', original: 'Coordinacién de Evaluacién de la Calidad Médica' }
 */
export function repararLineas(lines: readonly Line[], lexicon: Lexicon): Line[] {
  return lines.map((line, i) => {
    const before = lines[i - 1];
    const inicioDeParrafo = !before || before.texto.trim() === '' || line.texto.startsWith(' ');
    const { texto } = repararLinea(line.texto, lexicon, { inicioDeParrafo });
    if (texto === line.texto) return line;
    return { ...line, texto, original: line.original ?? line.texto };
  });
}
