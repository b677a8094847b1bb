import type { Estructura, Reconocedor, Segmento } from './recognizer.ts';
import { reconocedores } from './families/index.ts';

/** Reads each segment with the recognizer of its family. */
export function structure(segmentos: readonly Segmento[], families: readonly Reconocedor[] = reconocedores): Estructura[] {
  return segmentos.map((segmento) => {
    const family = families.find((candidate) => candidate.familia === segmento.familia);
    if (!family) throw new Error(`no recognizer for family ${segmento.familia}`);
    return family.estructurar(segmento);
  });
}
