import type { Reconocedor } from '../recognizer.ts';
import { estatuto } from './estatuto.ts';
import { imssManual } from './imss-manual.ts';
import { issteManual } from './issste-manual.ts';
import { manual } from './manual.ts';
import { procedimiento } from './procedimiento.ts';

/** Every family the ingest knows. Order matters only for ties at the same start line. */
export const reconocedores: readonly Reconocedor[] = [procedimiento, estatuto, issteManual, imssManual, manual];
