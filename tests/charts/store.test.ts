import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enBase } from '../../scripts/charts/postprocess.ts';
import { ChartNotRenderedError, chartHash, chartId, codigoDeDibujo, mermaidVersion, readChartSvg } from '../../scripts/charts/store.ts';
import { chartsOf, readContent } from '../../scripts/charts/collect.ts';
import { estadoGraficas } from '../../scripts/charts/render.ts';
import type { ChartSpec } from '../../scripts/charts/spec.ts';
import { organigramaDePagina } from '../../src/lib/org-chart.ts';

const spec: ChartSpec = { kind: 'organigrama', source: 'flowchart TD\nn0["A"]\n', title: 'Organigrama de A', description: 'A.' };

describe('chartHash', () => {
  it('is the same for the same chart and changes with its source, text, kind, the Mermaid version or the drawing code', () => {
    const hash = chartHash(spec, '11.17.2', 'c0');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chartHash({ ...spec }, '11.17.2', 'c0')).toBe(hash);
    const others = [
      chartHash({ ...spec, source: `${spec.source} ` }, '11.17.2', 'c0'),
      chartHash({ ...spec, title: 'Otro' }, '11.17.2', 'c0'),
      chartHash({ ...spec, description: 'B.' }, '11.17.2', 'c0'),
      chartHash({ ...spec, kind: 'flujo' }, '11.17.2', 'c0'),
      chartHash(spec, '11.17.3', 'c0'),
      chartHash(spec, '11.17.2', 'c1'),
    ];
    expect(new Set([hash, ...others]).size).toBe(7);
    expect(chartId(hash)).toBe(`chart-${hash.slice(0, 12)}`);
  });

  it('names the drawing code by its files: the settings, the page script, the post-processing and the patch of Mermaid', async () => {
    const dibujo = { 'scripts/charts/config.ts': 'config', 'scripts/charts/draw.ts': 'draw', 'scripts/charts/postprocess.ts': 'post', 'patches/mermaid+11.17.2.patch': 'parche' };
    const raices: string[] = [];
    const raizCon = async (archivos: Record<string, string>) => {
      const raiz = await mkdtemp(join(tmpdir(), 'codigo-de-dibujo-'));
      raices.push(raiz);
      for (const [ruta, texto] of Object.entries(archivos)) {
        await mkdir(join(raiz, ruta, '..'), { recursive: true });
        await writeFile(join(raiz, ruta), texto);
      }
      return codigoDeDibujo(raiz);
    };
    const codigo = await raizCon(dibujo);
    // What only runs the drawing (render.ts), or patches another package, names nothing.
    expect(await raizCon({ ...dibujo, 'scripts/charts/render.ts': 'otro', 'patches/otro+1.0.0.patch': 'otro' })).toBe(codigo);
    expect(await raizCon({ ...dibujo, 'patches/mermaid+11.17.2.patch': 'otro parche' })).not.toBe(codigo);
    expect(await raizCon({ ...dibujo, 'scripts/charts/postprocess.ts': 'otro' })).not.toBe(codigo);
    for (const raiz of raices) await rm(raiz, { recursive: true, force: true });
  });

  it('reads the installed Mermaid version, the one draw.ts loads in Chromium', () => {
    expect(mermaidVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('readChartSvg', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'charts-cache-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('returns the cached SVG of a chart by its hash', async () => {
    await writeFile(join(dir, `${chartHash(spec)}.svg`), '<svg id="x"></svg>');
    expect(readChartSvg(spec, dir)).toBe('<svg id="x"></svg>');
  });

  it('fails with a message that says how to draw it when the chart was not drawn', () => {
    const missing = { ...spec, source: 'flowchart TD\nn0["B"]\n' };
    expect(() => readChartSvg(missing, dir)).toThrow(ChartNotRenderedError);
    expect(() => readChartSvg(missing, dir)).toThrow(/org chart "Organigrama de A" has not been drawn: .*\.svg is missing\.\nRun `npm run build`, which draws the missing charts/);
  });
});

describe('readContent and chartsOf', () => {
  let root: string;
  const documento = (id: string, familia: string, extra = '') => `---
id: ${id}
institucion: { id: imss, nombre: Instituto Mexicano del Seguro Social, siglas: IMSS }
titulo: Documento ${id}
tituloCorto: ${id}
familia: ${familia}
archivo: x.txt
edicion: "2022"
fechas: { expedicion: null, publicacion: null, ultimaModificacion: null }
fuente: { descripcion: x, url: null, archivo: x.txt, desde: 1, hasta: 2 }
modificaciones: []
acuerdos: []
secciones: []
totalUnidades: 2
totalFunciones: 0
${extra}---

Texto.
`;
  const unidad = (doc: string, slug: string, padre: string | null, orden: number) => `---
unidad: ${slug}
documento: imss/${doc}
institucion: imss
numeral: "7.${orden}"
nombre: Unidad ${slug}
tipo: Coordinación
padre: ${padre ?? 'null'}
orden: ${orden}
objetivo: null
numeracion: arabiga
totalFunciones: 1
fuente: { archivo: x.txt, desde: 1, hasta: 2 }
notas: []
alias: []
---

1. Función.
`;
  const procedimiento = `procedimiento:
  clave: 0508-003-001
  area: null
  membrete: []
  autorizacion: []
  baseNormativa: []
  objetivo: null
  ambito: null
  definiciones: []
  politicas: []
  actividades:
    - { numero: 1, responsable: UIT/CMC, texto: Solicita., etapa: null, siguientes: [{ actividad: 2, condicion: null }], fin: false, observaciones: [], notas: [], linea: 10 }
    - { numero: 2, responsable: CC/JDC, texto: Recibe., etapa: null, siguientes: [{ actividad: 9, condicion: null }], fin: true, observaciones: [], notas: [], linea: 11 }
`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'charts-content-'));
    await mkdir(join(root, 'imss', 'uit'), { recursive: true });
    await mkdir(join(root, 'imss', 'proc'), { recursive: true });
    await mkdir(join(root, 'imss', 'huerfano'), { recursive: true });
    await mkdir(join(root, 'sources'), { recursive: true });
    await writeFile(join(root, 'imss', 'uit', 'index.md'), documento('uit', 'manual-imss'));
    await writeFile(join(root, 'imss', 'uit', 'b.md'), unidad('uit', 'b', 'a', 1));
    await writeFile(join(root, 'imss', 'uit', 'a.md'), unidad('uit', 'a', null, 0));
    await writeFile(join(root, 'imss', 'uit', '_registro.yaml'), 'unidades: []\n');
    await writeFile(join(root, 'imss', 'proc', 'index.md'), documento('proc', 'procedimiento', procedimiento));
    await writeFile(join(root, 'imss', 'huerfano', 'c.md'), unidad('huerfano', 'c', null, 0));
    await writeFile(join(root, 'sources', 'x.txt'), 'texto');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('makes an org chart per published unit and a flow chart per procedure, with the components\' functions', async () => {
    const { documentos, avisos } = await readContent(root);
    expect(documentos.map((d) => [d.id, d.unidades.map((u) => u.unidad)])).toEqual([
      ['imss/proc', []],
      ['imss/uit', ['a', 'b']],
    ]);
    expect(avisos).toEqual(['1 units of imss/huerfano have no imss/huerfano/index.md: no charts for them.']);

    const { charts, avisos: avisosCharts } = chartsOf(documentos);
    expect(charts.map((c) => [c.spec.kind, c.origen])).toEqual([
      ['flujo', 'imss/proc'],
      ['organigrama', 'imss/uit/a'],
      ['organigrama', 'imss/uit/b'],
    ]);
    expect(avisosCharts).toEqual(['imss/proc: La actividad 2 sigue en la 9, que no existe (línea 11); no se dibuja esa flecha.']);
    // What OrgChart.astro draws from the same frontmatter: at the site root, whatever the page's base.
    const uit = documentos[1]!;
    expect(charts[1]!.spec.source).toBe(organigramaDePagina(uit.unidades[0]!, uit.unidades, '/').dibujo.source);
    // b has no sub-units: its page shows a's chart, drawn once.
    expect(charts[2]!.spec.source).toBe(charts[1]!.spec.source);
    expect(charts[2]!.spec.source).toContain('click n0 href "/imss/uit/a/"');
  });

  it('stops on frontmatter the site would reject, naming the file and the field', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'charts-bad-'));
    await mkdir(join(bad, 'imss', 'uit'), { recursive: true });
    await writeFile(join(bad, 'imss', 'uit', 'index.md'), documento('uit', 'manual-imss').replace('familia: manual-imss', 'familia: novela'));
    await expect(readContent(bad)).rejects.toThrow(/imss\/uit\/index\.md: frontmatter does not match the site's schema[\s\S]*familia/);
    await rm(bad, { recursive: true, force: true });
  });
});

describe('enBase', () => {
  it('moves a drawing\'s links under the page\'s base path, and only its links', () => {
    const svg = '<svg id="chart-1"><a href="/imss/uit/a/" transform="translate(1, 2)"><g class="node"></g></a><path marker-end="url(#chart-1-m)"/></svg>';
    expect(enBase(svg, '/')).toBe(svg);
    expect(enBase(svg, '/manuales/')).toBe('<svg id="chart-1"><a href="/manuales/imss/uit/a/" transform="translate(1, 2)"><g class="node"></g></a><path marker-end="url(#chart-1-m)"/></svg>');
  });
});

describe('the site fixture', () => {
  it('has committed exactly the drawings it shows (after changing the chart code: CONTENT_DIR=tests/fixtures/site-content npm run charts -- --prune)', async () => {
    const contentDir = join(import.meta.dirname, '../fixtures/site-content');
    const { faltan, sobran, necesarias } = await estadoGraficas({ contentDir, dir: join(contentDir, 'graficas') });
    expect(necesarias.size).toBeGreaterThan(3);
    expect({ faltan, sobran }).toEqual({ faltan: [], sobran: [] });
  });
});
