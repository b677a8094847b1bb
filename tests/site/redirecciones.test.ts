import { describe, expect, it } from 'vitest';
import { paginasArticulo, paginasNumeral, redireccionesDeSlug } from '../../src/lib/redirecciones.ts';
import type { DocumentoSitio } from '../../src/lib/sitio.ts';
import { crearRutas } from '../../src/lib/urls.ts';
import { leerFixture } from './fixture.ts';

const { sitio } = leerFixture();
const rutas = crearRutas('/');
const uit = sitio.documentos.get('imss/uit')!;

describe('redirects of old slugs', () => {
  it('sends a renamed unit to its new page and a removed one to the document', () => {
    expect(redireccionesDeSlug(uit, rutas)).toEqual([
      {
        slug: 'coordinacion-de-transparencia',
        motivo: 'renombrada',
        destino: '/imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/',
        titulo: 'Coordinación de Transparencia y Acceso a la Información Pública',
      },
      { slug: 'division-de-archivo', motivo: 'suprimida', destino: '/imss/uit/', titulo: 'Manual de la Unidad de Integridad y Transparencia' },
    ]);
  });

  it('follows a chain of renames to the unit that exists now', () => {
    const registro = {
      unidades: [
        { slug: 'a', clave: '1', nombre: 'A', firma: '', estado: 'renombrada' as const, destino: 'b' },
        { slug: 'b', clave: '1', nombre: 'B', firma: '', estado: 'renombrada' as const, destino: 'unidad-de-integridad-y-transparencia' },
      ],
    };
    const documento: DocumentoSitio = { ...uit, registro };
    expect(redireccionesDeSlug(documento, rutas).find((r) => r.slug === 'a')?.destino).toBe('/imss/uit/unidad-de-integridad-y-transparencia/');
  });

  it('never shadows the page of a unit that exists', () => {
    const registro = { unidades: [{ slug: 'unidad-de-integridad-y-transparencia', clave: '7', nombre: 'x', firma: '', estado: 'suprimida' as const, destino: null }] };
    expect(redireccionesDeSlug({ ...uit, registro }, rutas)).toEqual([
      expect.objectContaining({ slug: 'coordinacion-de-transparencia', motivo: 'alias' }),
    ]);
  });
});

describe('numeral and article aliases', () => {
  it('gives every numeral of a document its alias', () => {
    expect(paginasNumeral(uit, rutas).map((p) => [p.numeral, p.unidades.map((u) => u.url)])).toEqual([
      ['7.1', ['/imss/uit/unidad-de-integridad-y-transparencia/']],
      ['7.1.1', ['/imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/']],
      ['7.1.1.1', ['/imss/uit/division-de-transparencia-y-acceso-a-la-informacion/']],
      ['7.1.2', ['/imss/uit/coordinacion-de-modernizacion-y-competitividad/']],
    ]);
  });

  it('lists both units when a document prints one numeral twice', () => {
    const [a, b] = uit.unidades;
    const repetido = { ...uit, unidades: [a!, { ...b!, numeral: a!.numeral }] };
    expect(paginasNumeral(repetido, rutas)).toEqual([{ numeral: '7.1', unidades: [expect.objectContaining({ slug: a!.unidad }), expect.objectContaining({ slug: b!.unidad })] }]);
  });

  it('skips numerals that cannot be one URL segment', () => {
    const [a] = uit.unidades;
    expect(paginasNumeral({ ...uit, unidades: [{ ...a!, numeral: '7.1/2' }] }, rutas)).toEqual([]);
  });

  it('points each estatuto article that creates a unit at that unit', () => {
    const estatuto = sitio.documentos.get('imss-bienestar/estatuto')!;
    expect(paginasArticulo(estatuto, rutas)).toEqual([
      { articulo: 25, unidad: expect.objectContaining({ url: '/imss-bienestar/estatuto/unidad-de-atencion-a-la-salud/' }) },
    ]);
  });
});
