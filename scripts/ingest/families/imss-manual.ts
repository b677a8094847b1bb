import type { Reconocedor } from '../recognizer.ts';

/** TODO(helper): recognizer for the manual-imss family. */
export const imssManual: Reconocedor = {
  familia: 'manual-imss',
  inicios: () => [],
  estructurar: () => {
    throw new Error('not implemented');
  },
};
