import type { Reconocedor } from '../recognizer.ts';
import { iniciosManualImss } from './imss-manual/detect.ts';
import { estructurarManual } from './imss-manual/estructura.ts';
import { estructurarEscaneado } from './imss-manual-scan.ts';

/**
 * The IMSS manual family (`manual-imss`): a `MANUAL DE ORGANIZACIÓN ...`
 * (optionally inside the DOF acuerdo that approves it) with numbered overview
 * sections and its units under `Funciones Sustantivas`.
 *
 * > | 7. Funciones Sustantivas
 * > | 7.1 Unidad de Integridad y Transparencia
 * > | 1. Validar estrategias, políticas, normas, procedimientos, mecanismos o programas ...
 *
 * Found by content (imss-manual/detect.ts); a text is read by
 * imss-manual/estructura.ts, a scan (`segmento.ocr`) by imss-manual-scan.ts.
 */
export const imssManual: Reconocedor = {
  familia: 'manual-imss',
  inicios: iniciosManualImss,
  estructurar: (segmento) => (segmento.ocr ? estructurarEscaneado(segmento) : estructurarManual(segmento)),
};
