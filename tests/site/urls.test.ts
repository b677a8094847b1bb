import { describe, expect, it } from 'vitest';
import { crearRutas, normalizarBase, origenPublicado } from '../../src/lib/urls.ts';

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

  it('publishes absolute URLs under the site origin, and the site path when there is none', () => {
    const rutas = crearRutas('/manuales/');
    const ruta = rutas.unidad('issste/mog', 'direccion-general');
    expect(rutas.publica(ruta, 'https://intranet.example/')).toBe('https://intranet.example/manuales/issste/mog/direccion-general/');
    expect(rutas.publica(ruta, new URL('https://intranet.example'))).toBe('https://intranet.example/manuales/issste/mog/direccion-general/');
    expect(rutas.publica(ruta, undefined)).toBe('/manuales/issste/mog/direccion-general/');
  });

  it('takes the published origin from SITE_URL only when it is given, and only an http(s) URL', () => {
    expect(origenPublicado(undefined)).toBeUndefined();
    expect(origenPublicado('')).toBeUndefined();
    expect(origenPublicado('  ')).toBeUndefined();
    expect(origenPublicado('https://manuales.ejemplo.gob.mx')?.href).toBe('https://manuales.ejemplo.gob.mx/');
    expect(() => origenPublicado('manuales.ejemplo.gob.mx')).toThrow(/SITE_URL=«manuales\.ejemplo\.gob\.mx» no es el origen de un sitio/);
    expect(() => origenPublicado('ftp://ejemplo.gob.mx')).toThrow(/se espera una URL http\(s\)/);
  });

  it('gives root URLs without a base path', () => {
    expect(crearRutas('/').documento('issste/mog')).toBe('/issste/mog/');
  });
});
