import { describe, expect, it } from 'vitest';
import { anclaFraccion, citaFuncion, citaUnidad, etiquetaFuncion, llenarPlantilla, plantillaCitaFuncion } from '../../src/lib/cita.ts';

const mog = { tituloCorto: 'Manual de Organización General del ISSSTE', edicion: 'DOF 30-12-2010, última modificación DOF 11-07-2018' };
const jefatura = {
  numeral: '1.2.1',
  nombre: 'Jefatura de Servicios de Incorporación y Vigencia de Derechos',
  numeracion: 'arabiga' as const,
};
const url = 'https://organica.example/issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/';

describe('citations', () => {
  it('cites a function with document, edition, numeral, name, number and URL', () => {
    expect(citaFuncion(mog, jefatura, 3, url)).toBe(
      'Manual de Organización General del ISSSTE (DOF 30-12-2010, última modificación DOF 11-07-2018), numeral 1.2.1 ' +
        `Jefatura de Servicios de Incorporación y Vigencia de Derechos, función 3. ${url}#funcion-3`,
    );
  });

  it('cites an estatuto unit by article and fracción in Roman numerals', () => {
    const unidad = { numeral: null, nombre: 'Unidad de Atención a la Salud', articulo: 25, numeracion: 'romana' as const };
    expect(citaFuncion({ tituloCorto: 'Estatuto Orgánico de IMSS-BIENESTAR', edicion: 'DOF' }, unidad, 4, 'https://x/e/u/')).toBe(
      'Estatuto Orgánico de IMSS-BIENESTAR (DOF), artículo 25, fracción IV (Unidad de Atención a la Salud). https://x/e/u/#funcion-4',
    );
  });

  it('cites a whole unit without a function', () => {
    expect(citaUnidad(mog, jefatura, url)).toBe(
      `Manual de Organización General del ISSSTE (DOF 30-12-2010, última modificación DOF 11-07-2018), numeral 1.2.1 Jefatura de Servicios de Incorporación y Vigencia de Derechos. ${url}`,
    );
  });

  it('names a unit without numeral or article by its name alone', () => {
    expect(citaUnidad({ tituloCorto: 'Manual', edicion: '' }, { numeral: null, nombre: 'Oficina', numeracion: 'arabiga' }, 'u')).toBe(
      'Manual, Oficina. u',
    );
  });

  it('fills the page template exactly as the full citation does', () => {
    const plantilla = plantillaCitaFuncion(mog, jefatura);
    expect(plantilla).toContain('{n}');
    expect(llenarPlantilla(plantilla, '3', `${url}#funcion-3`)).toBe(citaFuncion(mog, jefatura, 3, url));
  });

  it('labels fracciones in Roman numerals and gives them an alias anchor', () => {
    expect(etiquetaFuncion(19, 'romana')).toBe('XIX');
    expect(etiquetaFuncion(19, 'arabiga')).toBe('19');
    expect(anclaFraccion(4)).toBe('fraccion-iv');
  });
});
