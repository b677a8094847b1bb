import { describe, expect, it } from 'vitest';
import {
  etiquetaDe,
  organigrama,
  organigramaComoLista,
  organigramaDePagina,
  segundoNivelMax,
  subunidadesDirectasMax,
  type NodoOrganigrama,
  type UnidadOrganigrama,
} from '../../src/lib/org-chart.ts';
import { unescapeMermaidText } from '../../scripts/charts/spec.ts';

let orden = 0;
function u(unidad: string, padre: string | null, nombre = `Unidad ${unidad}`, numeral: string | null = null): UnidadOrganigrama {
  return { unidad, documento: 'imss/uit', numeral, nombre, padre, orden: orden++ };
}

/** raiz > a > (a1 > a1x > a1xy, a2), b > b1, c */
const arbol = [
  u('raiz', null, 'Unidad de Integridad y Transparencia', '7.1'),
  u('a', 'raiz', 'Coordinación de Transparencia y Acceso a la Información Pública', '7.1.1'),
  u('a1', 'a', 'División de Transparencia', '7.1.1.1'),
  u('a1x', 'a1', 'Área X', '7.1.1.1.1'),
  u('a1xy', 'a1x', 'Área Y', '7.1.1.1.1.1'),
  u('a2', 'a', 'División de Acceso', '7.1.1.2'),
  u('b', 'raiz', 'Coordinación de Modernización', '7.1.2'),
  u('b1', 'b', 'División de Modernización', '7.1.2.1'),
  u('c', 'raiz', 'Coordinación C', '7.1.3'),
];
const unidad = (slug: string, unidades = arbol) => unidades.find((x) => x.unidad === slug)!;

/** The tree as `rol etiqueta` lines, indented by depth. */
function outline(nodo: NodoOrganigrama, depth = 0): string[] {
  return [`${'  '.repeat(depth)}${nodo.rol} ${nodo.etiqueta}`, ...nodo.hijos.flatMap((h) => outline(h, depth + 1))];
}

describe('organigrama', () => {
  it('draws the superior, the unit and two levels of sub-units, summing up the rest in "+N" nodes', () => {
    const chart = organigrama(unidad('a'), arbol, '/');
    expect(outline(chart.arbol)).toEqual([
      'superior 7.1 Unidad de Integridad y Transparencia',
      '  actual 7.1.1 Coordinación de Transparencia y Acceso a la Información Pública',
      '    subunidad 7.1.1.1 División de Transparencia',
      '      subunidad 7.1.1.1.1 Área X',
      '        resumen +1 subunidad',
      '    subunidad 7.1.1.2 División de Acceso',
    ]);
  });

  it('links every node to its unit under the base path, and a "+N" node to that unit\'s list of sub-units', () => {
    const chart = organigrama(unidad('a'), arbol, 'manuales');
    const urls = outline(chart.arbol).length;
    const links = [...chart.source.matchAll(/^click (n\d+) href "([^"]+)"$/gm)].map((m) => m[2]);
    expect(links).toHaveLength(urls);
    expect(links).toEqual([
      '/manuales/imss/uit/raiz/',
      '/manuales/imss/uit/a/',
      '/manuales/imss/uit/a1/',
      '/manuales/imss/uit/a1x/',
      '/manuales/imss/uit/a1x/#subunidades',
      '/manuales/imss/uit/a2/',
    ]);
  });

  it('starts at the unit itself when it has no superior', () => {
    const chart = organigrama(unidad('raiz'), arbol, '/');
    expect(chart.arbol.rol).toBe('actual');
    expect(outline(chart.arbol)[0]).toBe('actual 7.1 Unidad de Integridad y Transparencia');
    expect(chart.description).toBe('Unidad de Integridad y Transparencia no depende de otra unidad del documento. Tiene 3 subunidades directas y 8 en total.');
  });

  it('describes a leaf by its superior', () => {
    const chart = organigrama(unidad('b1'), arbol, '/');
    expect(chart.title).toBe('Organigrama de 7.1.2.1 División de Modernización');
    expect(chart.description).toBe('División de Modernización depende de 7.1.2 Coordinación de Modernización. No tiene subunidades.');
    expect(outline(chart.arbol)).toHaveLength(2);
  });

  it(`sums up direct sub-units beyond ${subunidadesDirectasMax} in one node that links to the unit's list`, () => {
    const muchas = [u('r', null), ...Array.from({ length: subunidadesDirectasMax + 5 }, (_, i) => u(`h${i}`, 'r')), u('h30-hijo', `h${subunidadesDirectasMax + 2}`)];
    const chart = organigrama(unidad('r', muchas), muchas, '/');
    const hijos = chart.arbol.hijos;
    expect(hijos).toHaveLength(subunidadesDirectasMax);
    expect(hijos.at(-1)).toMatchObject({ rol: 'resumen', etiqueta: '+7 subunidades', resumidas: 7, url: '/imss/uit/r/#subunidades' });
  });

  it(`draws at most ${segundoNivelMax} second-level sub-units, all of a parent or none`, () => {
    const anchas = [u('r', null)];
    for (let i = 0; i < 4; i++) {
      anchas.push(u(`h${i}`, 'r'));
      for (let j = 0; j < 7; j++) anchas.push(u(`h${i}-${j}`, `h${i}`));
    }
    const chart = organigrama(unidad('r', anchas), anchas, '/');
    const segundo = chart.arbol.hijos.map((h) => h.hijos.map((n) => n.etiqueta));
    // 7 + 7 fit in 16; the third parent's 7 do not, nor the fourth's.
    expect(segundo.map((s) => s.length)).toEqual([7, 7, 1, 1]);
    expect(segundo[2]).toEqual(['+7 subunidades']);
  });

  it('gives the same source whatever the order of the units', () => {
    const a = organigrama(unidad('a'), arbol, '/');
    const b = organigrama(unidad('a'), [...arbol].reverse(), '/');
    expect(b.source).toBe(a.source);
  });

  it('escapes quotes, brackets, <script>, # and ; in names so they can neither break the source nor inject markup', () => {
    const malos = [
      u('r', null, 'Dirección "General" [de] {x} (y) | z'),
      u('s', 'r', '<script>alert(1)</script> #1; & `code` *em* _u_ %% style: #f00;'),
    ];
    const chart = organigrama(unidad('s', malos), malos, '/');
    const nodos = chart.source.split('\n').filter((l) => /^n\d+\[/.test(l));
    expect(nodos).toHaveLength(2);
    for (const linea of nodos) {
      // One quoted label and nothing Mermaid or HTML could read as syntax inside it.
      expect(linea.replace(/#\d+;/g, '')).toMatch(/^n\d+\["[^"<>[\]{}()|;:`*_%&#]*"\]$/);
    }
    expect(nodos.map((l) => unescapeMermaidText(l.slice(l.indexOf('"') + 1, -2)))).toEqual(malos.map(etiquetaDe));
    expect(chart.source).not.toMatch(/<script/i);
    // Every statement is on its own line: a name cannot end one (`;`) or start another.
    expect(chart.source.split('\n').filter((l) => l !== '').every((l) => /^(flowchart LR|acc(Title|Descr): [^\n]*|n\d+\[.*\]|n\d+ -(->|\.->) n\d+|click n\d+ href "[^"\s]+"|class n\d+ \w+)$/.test(l))).toBe(true);
  });

  it('keeps the base path and the slugs of the links as they are, encoded', () => {
    const chart = organigrama(unidad('a'), arbol, '/mis manuales/"x"/');
    expect(chart.source).toContain('click n1 href "/mis%20manuales/%22x%22/imss/uit/a/"');
  });

  it('survives a cycle in padre', () => {
    const ciclo = [u('x', 'y'), u('y', 'x')];
    const chart = organigrama(unidad('x', ciclo), ciclo, '/');
    expect(outline(chart.arbol)).toEqual(['superior Unidad y', '  actual Unidad x']);
  });
});

describe('organigramaDePagina', () => {
  it('gives a unit with sub-units its own chart, unchanged', () => {
    const pagina = organigramaDePagina(unidad('a'), arbol, '/');
    expect(pagina.dibujo).toEqual(organigrama(unidad('a'), arbol, '/'));
    expect(pagina.cambios).toEqual([]);
  });

  it("shows a unit without sub-units on its superior's chart, itself as the page's unit, with its own title and description", () => {
    const pagina = organigramaDePagina(unidad('a2'), arbol, '/');
    expect(pagina.dibujo).toEqual(organigrama(unidad('a'), arbol, '/'));
    expect(outline(pagina.arbol)).toEqual([
      'superior 7.1 Unidad de Integridad y Transparencia',
      '  superior 7.1.1 Coordinación de Transparencia y Acceso a la Información Pública',
      '    subunidad 7.1.1.1 División de Transparencia',
      '      subunidad 7.1.1.1.1 Área X',
      '        resumen +1 subunidad',
      '    actual 7.1.1.2 División de Acceso',
    ]);
    expect(pagina.cambios).toEqual([
      { id: 'n1', rol: 'superior' },
      { id: 'n5', rol: 'actual' },
    ]);
    expect(pagina.title).toBe('Organigrama de 7.1.1.2 División de Acceso');
    expect(pagina.description).toBe('División de Acceso depende de 7.1.1 Coordinación de Transparencia y Acceso a la Información Pública. No tiene subunidades.');
  });

  it('makes one drawing for all the units without sub-units of a superior', () => {
    const hojas = ['a2', 'c'].map((slug) => organigramaDePagina(unidad(slug), arbol, '/').dibujo.source);
    expect(hojas[0]).toBe(organigrama(unidad('a'), arbol, '/').source);
    expect(hojas[1]).toBe(organigrama(unidad('raiz'), arbol, '/').source);
    expect(organigramaDePagina(unidad('a1xy'), arbol, '/').dibujo.source).toBe(organigrama(unidad('a1x'), arbol, '/').source);
  });

  it("keeps a unit's own chart when its superior's sums it up in a \"+N\" node, and for a unit alone", () => {
    const muchas = [u('r', null), ...Array.from({ length: subunidadesDirectasMax + 2 }, (_, i) => u(`h${i}`, 'r'))];
    expect(organigramaDePagina(unidad('h0', muchas), muchas, '/').cambios).toHaveLength(2);
    const ultima = organigramaDePagina(unidad(`h${subunidadesDirectasMax + 1}`, muchas), muchas, '/');
    expect(ultima.cambios).toEqual([]);
    expect(outline(ultima.arbol)).toEqual(['superior Unidad r', `  actual Unidad h${subunidadesDirectasMax + 1}`]);
    const sola = [u('s', null)];
    expect(organigramaDePagina(unidad('s', sola), sola, '/').cambios).toEqual([]);
  });
});

describe('organigramaComoLista', () => {
  it('gives the same tree as nested lists, every entry a link, the unit marked as the current page', () => {
    const html = organigramaComoLista(organigrama(unidad('b'), arbol, '/').arbol);
    expect(html).toBe(
      '<ul><li><a href="/imss/uit/raiz/">7.1 Unidad de Integridad y Transparencia</a>' +
        '<ul><li><a href="/imss/uit/b/" aria-current="page">7.1.2 Coordinación de Modernización</a>' +
        '<ul><li><a href="/imss/uit/b1/">7.1.2.1 División de Modernización</a></li></ul></li></ul></li></ul>',
    );
  });

  it('escapes names for HTML', () => {
    const malos = [u('r', null, '<b>"A" & B</b>')];
    expect(organigramaComoLista(organigrama(unidad('r', malos), malos, '/').arbol)).toContain('>&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;</a>');
  });
});
