import type { Reconocedor } from '../recognizer.ts';

/** TODO(helper): recognizer for the estatuto family. */
export const estatuto: Reconocedor = {
  familia: 'estatuto',
  inicios: () => [],
  estructurar: () => {
    throw new Error('not implemented');
  },
};
