import { describe, expect, it } from 'vitest';
import { paginaProcedimiento, partesDisponibles } from '../../src/lib/procedimiento.ts';
import { enlaceReferencia } from '../../src/lib/referencias.ts';
import { dividirEnSecciones, planProcedimiento } from '../../src/lib/secciones-html.ts';
import { crearRutas } from '../../src/lib/urls.ts';
import { leerFixture } from './fixture.ts';

const { sitio } = leerFixture();
const rutas = crearRutas('/');
const procedimiento = sitio.documentos.get('imss/0508-003-001')!;

describe('procedure page data', () => {
  const pagina = paginaProcedimiento(procedimiento, sitio, rutas)!;

  it('links a cited numeral and its subnumerales to the unit and its functions', () => {
    expect(pagina.baseNormativa[0]!.enlaces).toEqual([
      {
        documento: { titulo: 'Manual de Organización del IMSS', url: '/imss/moimss/' },
        unidad: { numeral: '8.1.1', nombre: 'Unidad de Integridad y Transparencia', url: '/imss/moimss/unidad-de-integridad-y-transparencia/' },
        // Subnumeral 4 does not exist in the fixture's unit (2 functions): no dead link.
        funciones: [{ n: 1, url: '/imss/moimss/unidad-de-integridad-y-transparencia/#funcion-1' }],
      },
    ]);
  });

  it('leaves a reference to a document not on the site without links', () => {
    expect(enlaceReferencia(sitio, { documento: 'Norma para la Implementación del MC', numeral: '7.1.5', subnumerales: [] }, 'imss', rutas)).toBeNull();
  });

  it('anchors glossary terms and policies', () => {
    expect(pagina.definiciones.map((d) => d.ancla)).toEqual(['def-asesoria', 'def-cmc']);
    expect(pagina.politicas.map((g) => [g.grupo, g.etapas.map((e) => e.politicas.map((p) => p.ancla))])).toEqual([
      ['Generales', [['politica-5-1']]],
      ['Específicas', [['politica-5-11']]],
    ]);
  });

  it('groups activities by stage and links where each one leads', () => {
    expect(pagina.etapas.map((e) => [e.etapa, e.actividades.map((a) => a.ancla)])).toEqual([
      ['Etapa I. Ratificación de unidades', ['actividad-1', 'actividad-2']],
      ['Etapa II. Asesoría', ['actividad-3']],
    ]);
    expect(pagina.etapas[0]!.actividades[1]!.destinos).toEqual([
      { numero: 3, condicion: 'Ratifica', url: '#actividad-3' },
      { numero: 1, condicion: 'No ratifica', url: '#actividad-1' },
    ]);
    expect(pagina.responsables).toEqual(['UIT/CMC', 'CC/JDC', 'División de Implementación']);
  });

  it('returns nothing for a document that is not a procedure', () => {
    expect(paginaProcedimiento(sitio.documentos.get('imss/uit')!, sitio, rutas)).toBeNull();
  });
});

describe('placing structured parts in the body', () => {
  const html =
    '<p>Preámbulo</p><h2 id="objetivo">2. Objetivo</h2><p>Establecer...</p>' +
    '<h2 id="definiciones">Definiciones</h2><p>Para efectos del presente procedimiento se entenderá por:</p>' +
    '<h2 id="politicas">Pol&#x26;íticas</h2><h2 id="diagrama-de-flujo">Diagrama de flujo</h2>' +
    '<h2 id="introduccion"><span class="numeral">1.</span> Introducción</h2><h2 id="vi">VI. Descripción</h2>';

  it('cuts rendered HTML at each h2, keeping its id and a comparable title', () => {
    expect(dividirEnSecciones(html).map((s) => [s.id, s.titulo])).toEqual([
      [null, ''],
      ['objetivo', 'objetivo'],
      ['definiciones', 'definiciones'],
      ['politicas', 'pol&iticas'],
      ['diagrama-de-flujo', 'diagrama de flujo'],
      ['introduccion', 'introduccion'],
      ['vi', 'descripcion'],
    ]);
  });

  it('keeps every body section whole and adds each part after the section that announces it', () => {
    const plan = planProcedimiento(dividirEnSecciones(html), new Set(['objetivo', 'definiciones', 'actividades', 'diagrama'] as const));
    expect(plan.map((b) => (b.tipo === 'html' ? b.html.slice(0, 20) : b.tipo === 'parte' ? `parte:${b.parte}:${b.enCuerpo}` : `titulo:${b.id}`))).toEqual([
      '<p>Preámbulo</p>',
      '<h2 id="objetivo">2.',
      'parte:objetivo:true',
      '<h2 id="definiciones',
      'parte:definiciones:true',
      '<h2 id="politicas">P',
      '<h2 id="diagrama-de-',
      'parte:diagrama:true',
      '<h2 id="introduccion',
      '<h2 id="vi">VI. Desc',
      'titulo:descripcion-de-actividades',
      'parte:actividades:false',
    ]);
    expect(plan.filter((b) => b.tipo === 'html').map((b) => (b as { html: string }).html).join('')).toBe(html);
  });

  it('offers the parts that have data', () => {
    expect([...partesDisponibles(paginaProcedimiento(procedimiento, sitio, rutas)!)].sort()).toEqual(
      ['actividades', 'ambito', 'base-normativa', 'definiciones', 'diagrama', 'objetivo', 'politicas'],
    );
  });
});

describe('estatuto articles linked to their units', () => {
  it('adds a link to the unit after the heading of each article that creates one', async () => {
    const { enlazarArticulos } = await import('../../src/lib/secciones-html.ts');
    const html = '<h5 id="articulo-24">Artículo 24</h5><p>…</p><h5 id="articulo-25">Artículo 25</h5><ol></ol>';
    expect(enlazarArticulos(html, [{ articulo: 25, unidad: { nombre: 'Unidad de Atención a la Salud & <Otra>', url: '/e/u/' } }])).toBe(
      '<h5 id="articulo-24">Artículo 24</h5><p>…</p><h5 id="articulo-25">Artículo 25</h5>' +
        '<p class="nota">Unidad: <a href="/e/u/">Unidad de Atención a la Salud &amp; &lt;Otra&gt;</a></p><ol></ol>',
    );
  });
});
