import type { Reconocedor } from '../recognizer.ts';

/** TODO(helper): recognizer for the manual-issste family. */
export const issteManual: Reconocedor = {
  familia: 'manual-issste',
  inicios: () => [],
  estructurar: () => {
    throw new Error('not implemented');
  },
};
