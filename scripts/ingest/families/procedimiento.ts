/** The procedimiento family; the recognizer lives in ./procedimiento/ (see its index.ts). */
export { procedimiento } from './procedimiento/index.ts';
