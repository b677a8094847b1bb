import type { Line } from '../../../src/model/index.ts';
import type { Reconocedor } from '../recognizer.ts';
import { findAcuerdos } from '../constructs/acuerdo-dof.ts';
import { estructurarManualIssste, tramoDeUnidades } from './issste-manual/documento.ts';

/**
 * The ISSSTE Manual de Organización General, as the Normateca compiles it:
 * the DOF acuerdos that issued and amended it, its card and certificates,
 * then the manual (sections I-VI), its units each with `Objetivo:` and
 * `Funciones:`. The parts live in families/issste-manual/ (documento.ts
 * says which part of the file goes where).
 *
 * > | 1.2.1 Jefatura de Servicios de Incorporación y Vigencia de Derechos.
 *     ^ numeral, then the unit's name
 * > | Objetivo:
 *     ^ a unit heading is known by this label under it: the family's signature
 */
export const issteManual: Reconocedor = {
  familia: 'manual-issste',
  inicios(lines) {
    const text = lines.filter((line) => line.texto.trim() !== '');
    const tramo = tramoDeUnidades(text);
    const primera = tramo ? text[tramo.desde] : undefined;
    if (!primera) return [];
    const limite = lines.indexOf(primera);
    return [inicioDelDocumento(lines.slice(0, limite))];
  },
  estructurar: estructurarManualIssste,
};

/**
 * The document starts with the first DOF acuerdo before its units (they issue
 * and amend it), or its title, or else its first line.
 */
function inicioDelDocumento(antes: readonly Line[]): number {
  const acuerdo = findAcuerdos(antes)[0];
  if (acuerdo) return acuerdo.desde;
  const titulo = antes.findIndex((line) => /^\W*Manual\s+de\s+Organizaci[óo]n\b/i.test(line.texto));
  if (titulo !== -1) return titulo;
  const primera = antes.findIndex((line) => line.texto.trim() !== '');
  return primera === -1 ? 0 : primera;
}
