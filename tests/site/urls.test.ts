import { describe, expect, it } from 'vitest';
import { crearRutas, normalizarBase } from '../../src/lib/urls.ts';

describe('URL helpers', () => {
  it('normalizes any spelling of a base path to /x/', () => {
    expect(['manuales', '/manuales', '/manuales/', ' manuales// '].map(normalizarBase)).toEqual(Array(4).fill('/manuales/'));
    expect(normalizarBase('')).toBe('/');
    expect(normalizarBase('/')).toBe('/');
  });

  it('writes every site URL under the base path with a trailing slash', () => {
    const rutas = crearRutas('/manuales/');
    expect(rutas.inicio()).toBe('/manuales/');
    expect(rutas.institucion('imss')).toBe('/manuales/imss/');
    expect(rutas.documento('imss/uit')).toBe('/manuales/imss/uit/');
    expect(rutas.unidad('imss/uit', 'division-de-archivo')).toBe('/manuales/imss/uit/division-de-archivo/');
    expect(rutas.numeral('imss/moimss', '8.1.10')).toBe('/manuales/imss/moimss/numeral/8.1.10/');
    expect(rutas.articulo('imss-bienestar/estatuto', 25)).toBe('/manuales/imss-bienestar/estatuto/articulo/25/');
    expect(rutas.buscar()).toBe('/manuales/buscar/');
    expect(rutas.ruta('/pagefind/pagefind.js')).toBe('/manuales/pagefind/pagefind.js');
  });

  it('makes absolute URLs from the site origin and a base-relative path', () => {
    const rutas = crearRutas('/manuales/');
    expect(rutas.absoluta(rutas.unidad('issste/mog', 'direccion-general'), 'https://intranet.example/')).toBe(
      'https://intranet.example/manuales/issste/mog/direccion-general/',
    );
  });

  it('gives root URLs without a base path', () => {
    expect(crearRutas('/').documento('issste/mog')).toBe('/issste/mog/');
  });
});
