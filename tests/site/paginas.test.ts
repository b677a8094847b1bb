import { describe, expect, it } from 'vitest';
import { arbolDocumento, ancestrosDe, subunidadesDe, vecinosDe } from '../../src/lib/arbol.ts';
import { paginaDocumento, paginaUnidad, resumenInicio } from '../../src/lib/paginas.ts';
import { construirSitio } from '../../src/lib/sitio.ts';
import { crearRutas } from '../../src/lib/urls.ts';
import { leerFixture } from './fixture.ts';

const { sitio, nombres } = leerFixture();
const rutas = crearRutas('/manuales/');
const contexto = { rutas, sitio: 'https://organica.example', nombres };
const uit = sitio.documentos.get('imss/uit')!;
const unidad = (documento: string, slug: string) => sitio.documentos.get(documento)!.porSlug.get(slug)!;

describe('unit page data', () => {
  const division = unidad('imss/uit', 'division-de-transparencia-y-acceso-a-la-informacion');
  const pagina = paginaUnidad(uit, division, contexto);

  it('titles the page Unidad · Documento · Orgánica', () => {
    expect(pagina.tituloPagina).toBe('División de Transparencia y Acceso a la Información · Manual de la Unidad de Integridad y Transparencia · Orgánica');
  });

  it('leads the breadcrumbs from home through the institution and document to every superior', () => {
    expect(pagina.migas.map((m) => [m.etiqueta, m.url])).toEqual([
      ['Inicio', '/manuales/'],
      ['IMSS', '/manuales/imss/'],
      ['Manual de la Unidad de Integridad y Transparencia', '/manuales/imss/uit/'],
      ['Unidad de Integridad y Transparencia', '/manuales/imss/uit/unidad-de-integridad-y-transparencia/'],
      ['Coordinación de Transparencia y Acceso a la Información Pública', '/manuales/imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/'],
    ]);
  });

  it('links the previous and next units in document order', () => {
    expect(pagina.anterior?.slug).toBe('coordinacion-de-transparencia-y-acceso-a-la-informacion-publica');
    expect(pagina.siguiente?.slug).toBe('coordinacion-de-modernizacion-y-competitividad');
    const primera = paginaUnidad(uit, unidad('imss/uit', 'unidad-de-integridad-y-transparencia'), contexto);
    expect(primera.anterior).toBeNull();
  });

  it('uses the canonical URL under the base path in the citation', () => {
    expect(pagina.canonica).toBe('https://organica.example/manuales/imss/uit/division-de-transparencia-y-acceso-a-la-informacion/');
    expect(pagina.cita).toEqual({
      texto: 'Manual de la Unidad de Integridad y Transparencia (vigencia 1 de mayo de 2022), numeral 7.1.1.1 División de Transparencia y Acceso a la Información.',
      url: pagina.canonica,
    });
    expect(pagina.plantillaCita).toMatch(/, función \{n\}\. \{url\}$/);
  });

  it('names no host when the build has no origin (no SITE_URL): canonical, citation and JSON-LD carry site paths', () => {
    const sinOrigen = paginaUnidad(uit, division, { ...contexto, sitio: undefined });
    const ruta = '/manuales/imss/uit/division-de-transparencia-y-acceso-a-la-informacion/';
    expect(sinOrigen.canonica).toBe(ruta);
    expect(sinOrigen.cita.url).toBe(ruta);
    expect(sinOrigen.jsonLd).toMatchObject({ '@id': `${ruta}#unidad`, url: ruta, subjectOf: { url: '/manuales/imss/uit/' } });
    expect(JSON.stringify(sinOrigen)).not.toMatch(/https?:\/\/(?!schema\.org)/);
    expect(JSON.stringify(paginaDocumento(uit, { rutas, sitio: undefined }))).not.toMatch(/https?:\/\/(?!schema\.org)/);
    expect(resumenInicio(sitio, { rutas, sitio: undefined }).canonica).toBe('/manuales/');
  });

  it('says where the text comes from: file, line range and edition', () => {
    expect(pagina.fuente).toMatchObject({ archivo: 'imss-uit-manual-organizacion.txt', desde: 357, hasta: 390, edicion: 'vigencia 1 de mayo de 2022' });
  });

  it('gives search filters for institution, document and unit type, and the numeral as meta', () => {
    expect(pagina.busqueda.filtros).toEqual({ institucion: 'IMSS', documento: 'Manual de la Unidad de Integridad y Transparencia', tipo: 'División' });
    expect(pagina.busqueda.meta['numeral']).toBe('7.1.1.1');
    expect(pagina.busqueda.meta['title']).toBe('7.1.1.1 División de Transparencia y Acceso a la Información');
  });

  it('describes the unit in JSON-LD as a GovernmentOrganization under its superior and the institution', () => {
    const coordinacion = paginaUnidad(uit, unidad('imss/uit', 'coordinacion-de-transparencia-y-acceso-a-la-informacion-publica'), contexto);
    expect(coordinacion.jsonLd).toMatchObject({
      '@type': 'GovernmentOrganization',
      identifier: '7.1.1',
      parentOrganization: {
        name: 'Unidad de Integridad y Transparencia',
        parentOrganization: { name: 'Instituto Mexicano del Seguro Social', alternateName: 'IMSS' },
      },
      subOrganization: [{ name: 'División de Transparencia y Acceso a la Información' }],
    });
  });

  it('finds the same unit in another document of the institution', () => {
    const raiz = paginaUnidad(uit, unidad('imss/uit', 'unidad-de-integridad-y-transparencia'), contexto);
    expect(raiz.apareceEn).toEqual([
      {
        documentoId: 'imss/moimss',
        documento: 'Manual de Organización del IMSS',
        numeral: '8.1.1',
        articulo: null,
        nombre: 'Unidad de Integridad y Transparencia',
        url: '/manuales/imss/moimss/unidad-de-integridad-y-transparencia/',
      },
    ]);
  });

  it('does not match a unit of the same name in another institution', () => {
    const dg = paginaUnidad(sitio.documentos.get('issste/mog')!, unidad('issste/mog', 'direccion-general'), contexto);
    expect(dg.apareceEn).toEqual([]);
  });

  it('reports the DOF publication that last modified the unit', () => {
    const mog = sitio.documentos.get('issste/mog')!;
    const pagina = paginaUnidad(mog, unidad('issste/mog', 'jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos'), contexto);
    expect(pagina.modificacion?.fecha).toBe('DOF 11-07-2018');
  });

  it('gives an estatuto unit its article alias', () => {
    const estatuto = sitio.documentos.get('imss-bienestar/estatuto')!;
    const pagina = paginaUnidad(estatuto, unidad('imss-bienestar/estatuto', 'unidad-de-atencion-a-la-salud'), contexto);
    expect(pagina.urlArticulo).toBe('/manuales/imss-bienestar/estatuto/articulo/25/');
    expect(pagina.plantillaCita).toContain('artículo 25, fracción {n} (Unidad de Atención a la Salud)');
  });

  it("shows a list another article gives by reference, quoting the reference and linking each fracción to its article", () => {
    const estatuto = sitio.documentos.get('imss-bienestar/estatuto')!;
    const base = unidad('imss-bienestar/estatuto', 'unidad-de-atencion-a-la-salud');
    const frase = 'Los sub-directores tendrán las mismas atribuciones que se señalan en el artículo anterior.';
    const conRemision = { ...base, comunes: [{ articulo: 24, rotulo: 'Atribuciones', fracciones: [{ numero: 'I', texto: 'Proporcionar los informes.' }], remision: { articulo: 25, frase } }] };
    const [lista] = paginaUnidad(estatuto, conRemision, contexto).comunes;
    expect(lista?.titulo).toBe('Atribuciones (artículo 24)');
    expect(lista?.remision).toEqual({ articulo: 25, frase, url: '/manuales/imss-bienestar/estatuto/#articulo-25' });
    expect(lista?.fracciones[0]?.url).toBe('/manuales/imss-bienestar/estatuto/#articulo-24-fraccion-i');
  });
});

describe('the unit tree', () => {
  it('nests every unit under its superior, in document order', () => {
    const arbol = arbolDocumento(uit, rutas);
    const forma = (nodos: typeof arbol): unknown => nodos.map((n) => [n.numeral, forma(n.hijos)]);
    expect(forma(arbol)).toEqual([['7.1', [['7.1.1', [['7.1.1.1', []]]], ['7.1.2', []]]]]);
  });

  it('lists sub-units and superiors', () => {
    const raiz = unidad('imss/uit', 'unidad-de-integridad-y-transparencia');
    expect(subunidadesDe(uit, raiz).map((u) => u.numeral)).toEqual(['7.1.1', '7.1.2']);
    expect(ancestrosDe(uit, unidad('imss/uit', 'division-de-transparencia-y-acceso-a-la-informacion')).map((u) => u.numeral)).toEqual(['7.1', '7.1.1']);
    expect(vecinosDe(uit, raiz).siguiente?.numeral).toBe('7.1.1');
  });

  it('shows a unit whose superior is missing as a root and reports it', () => {
    const base = leerFixture();
    const entradas = [...base.sitio.documentos.get('imss/uit')!.unidades].map((data) => ({ id: `imss/uit/${data.unidad}`, data }));
    const huerfana = { ...entradas[2]!, data: { ...entradas[2]!.data, padre: 'no-existe' } };
    const sitio = construirSitio(
      [{ id: 'imss/uit', data: base.sitio.documentos.get('imss/uit')!.data }],
      [entradas[0]!, entradas[1]!, huerfana, entradas[3]!],
      [],
    );
    const documento = sitio.documentos.get('imss/uit')!;
    expect(documento.hijos.get(null)?.map((u) => u.numeral)).toEqual(['7.1', '7.1.1.1']);
    expect(ancestrosDe(documento, huerfana.data)).toEqual([]);
    expect(sitio.avisos.join('\n')).toMatch(/su superior no-existe no existe/);
  });

  it('reports units without a document instead of dropping them silently', () => {
    const base = leerFixture();
    const unidadSuelta = base.sitio.documentos.get('imss/uit')!.unidades[0]!;
    const sitio = construirSitio([], [{ id: `imss/uit/${unidadSuelta.unidad}`, data: unidadSuelta }], []);
    expect(sitio.avisos).toEqual(['1 unidades de imss/uit no tienen index.md del documento; no se publican.']);
  });
});

describe('document and home pages', () => {
  it('counts units and functions and formats the dates', () => {
    const pagina = paginaDocumento(sitio.documentos.get('issste/mog')!, contexto);
    expect(pagina.totalUnidades).toBe(2);
    expect(pagina.totalFunciones).toBe(4);
    expect(pagina.fechas).toEqual([
      { etiqueta: 'Publicación', valor: '30 de diciembre de 2010' },
      { etiqueta: 'Última modificación', valor: '11 de julio de 2018' },
    ]);
    expect(pagina.modificaciones).toEqual(['DOF 29-06-2017', 'DOF 11-07-2018']);
    expect(pagina.migas.map((m) => m.etiqueta)).toEqual(['Inicio', 'ISSSTE']);
  });

  it('lists institutions by acronym with manuals before estatutos and procedures', () => {
    const inicio = resumenInicio(sitio, contexto);
    expect(inicio.instituciones.map((i) => i.siglas)).toEqual(['IMSS', 'IMSS-BIENESTAR', 'ISSSTE']);
    const imss = inicio.instituciones[0]!.documentos;
    expect(imss.map((d) => d.familia).at(-1)).toBe('procedimiento');
    expect(imss.find((d) => d.id === 'imss/0508-003-001')?.totalActividades).toBe(3);
    expect(inicio.totalUnidades).toBe(10);
  });
});
