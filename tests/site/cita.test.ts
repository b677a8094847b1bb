import { describe, expect, it } from 'vitest';
import {
  anclaFraccion,
  articuloDeFuncion,
  citaFuncion,
  citaUnidad,
  etiquetaCitable,
  etiquetaFuncion,
  llenarPlantilla,
  plantillaCitaFuncion,
} from '../../src/lib/cita.ts';

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
    expect(anclaFraccion('IV')).toBe('fraccion-iv');
  });

  it('labels a function as printed where the unit keeps its numbers, and cites a unit of several lists by article', () => {
    expect(etiquetaFuncion(9, 'romana', ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'XI'])).toBe('XI');
    expect(etiquetaFuncion(2, 'arabiga', ['a', 'b'])).toBe('b');
    expect(anclaFraccion('III', 14)).toBe('articulo-14-fraccion-iii');
    const direccion = { numeral: null, nombre: 'Dirección General', articulo: 13, numeracion: 'romana' as const, listas: [{ articulo: 13, rotulo: 'Atribuciones delegables', desde: 1 }, { articulo: 14, rotulo: 'Atribuciones indelegables', desde: 26 }], numeros: [...Array.from({ length: 25 }, (_, i) => etiquetaFuncion(i + 1, 'romana')), 'I', 'II', 'III'] };
    expect(articuloDeFuncion(27, direccion)).toBe(14);
    expect(etiquetaCitable(28, direccion)).toBe('artículo 14, fracción III');
    expect(citaFuncion(mog, direccion, 28, url)).toBe(`${mog.tituloCorto} (${mog.edicion}), artículo 14, fracción III (Dirección General). ${url}#funcion-28`);
  });
});
