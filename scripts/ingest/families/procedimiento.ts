import type { Reconocedor } from '../recognizer.ts';

/** TODO(helper): recognizer for the procedimiento family. */
export const procedimiento: Reconocedor = {
  familia: 'procedimiento',
  inicios: () => [],
  estructurar: () => {
    throw new Error('not implemented');
  },
};
