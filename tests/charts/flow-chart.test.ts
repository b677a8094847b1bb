import { describe, expect, it } from 'vitest';
import { actividadEtiquetaMax, diagramaDeFlujo, flujoComoLista, recortar } from '../../src/lib/flow-chart.ts';
import type { Actividad, Procedimiento } from '../../src/model/procedimiento.ts';
import { read } from '../../scripts/ingest/read.ts';
import { parse } from '../../scripts/ingest/parse.ts';

function a(numero: number, responsable: string, siguientes: [number, string | null][] = [], fin = false, texto = `Actividad ${numero}.`): Actividad {
  return {
    numero,
    responsable,
    texto,
    etapa: null,
    siguientes: siguientes.map(([actividad, condicion]) => ({ actividad, condicion })),
    fin,
    observaciones: [],
    notas: [],
    linea: 100 + numero,
  };
}

const pequeño = {
  clave: '0508-003-001',
  actividades: [
    a(1, 'UIT/CMC', [[2, null]]),
    a(2, 'CC/JDC', [[3, 'Ratifica'], [1, 'No ratifica']]),
    a(3, 'cc/jdc ', [], true),
  ],
};

describe('diagramaDeFlujo', () => {
  it('names the responsable in each activity\'s box, between Inicio and Fin, without a lane per role', () => {
    const chart = diagramaDeFlujo(pequeño, 'imss/0508-003-001', '/');
    expect(chart.responsables).toEqual([
      { responsable: 'UIT/CMC', actividades: [1] },
      // Same role printed with another case and a trailing space: one role.
      { responsable: 'CC/JDC', actividades: [2, 3] },
    ]);
    const cajas = chart.source.split('\n').filter((l) => /^(inicio|fin|a\d+)[[(]/.test(l));
    expect(cajas).toEqual([
      'inicio("Inicio")',
      'a1["<small><b>UIT/CMC</b></small><br>1. Actividad 1."]',
      'a2["<small><b>CC/JDC</b></small><br>2. Actividad 2."]',
      // As printed: the box says what the source says.
      'a3["<small><b>cc/jdc</b></small><br>3. Actividad 3."]',
      'fin("Fin")',
    ]);
    expect(chart.source).not.toMatch(/subgraph|swimlane/);
    expect(chart.description).toContain('3 actividades de 2 responsables: UIT/CMC; CC/JDC.');
  });

  it('lays the chart out top to bottom with its own compact spacing, in the source (so in its hash)', () => {
    const { source } = diagramaDeFlujo(pequeño, 'imss/0508-003-001', '/');
    const [frontmatter, cuerpo] = source.split('\n---\n');
    expect(frontmatter).toMatch(/^---\nconfig:\n  flowchart:\n/);
    expect(frontmatter).toMatch(/rankSpacing: \d+/);
    expect(cuerpo?.split('\n')[0]).toBe('flowchart TD');
  });

  it('draws the sequence, and decision branches labelled with their condition', () => {
    const { source } = diagramaDeFlujo(pequeño, 'imss/0508-003-001', '/');
    const aristas = source.split('\n').filter((l) => l.includes('-->'));
    expect(aristas).toEqual(['inicio --> a1', 'a1 --> a2', 'a2 -->|"Ratifica"| a3', 'a2 -->|"No ratifica"| a1', 'a3 --> fin']);
    expect(source).toContain('class a2 decision');
  });

  it('links every activity to its anchor on the procedure page, under the base path', () => {
    const chart = diagramaDeFlujo(pequeño, 'imss/0508-003-001', '/manuales/');
    expect(chart.source).toContain('click a3 href "/manuales/imss/0508-003-001/#actividad-3"');
    expect(chart.pasos.map((p) => p.url)).toEqual([1, 2, 3].map((n) => `/manuales/imss/0508-003-001/#actividad-${n}`));
  });

  it('reports an edge to an activity that does not exist instead of drawing it', () => {
    const chart = diagramaDeFlujo({ clave: null, actividades: [a(1, 'X', [[9, null]], true)] }, 'imss/p', '/');
    expect(chart.source).not.toContain('a9');
    expect(chart.avisos).toEqual(['La actividad 1 sigue en la 9, que no existe (línea 101); no se dibuja esa flecha.']);
  });

  it('cuts a long activity at a word boundary, with an ellipsis', () => {
    const largo = 'Recibe correo electrónico con información de la unidad (nombre, clave presupuestal, nombre de la o el titular y domicilio), da de alta a la unidad';
    const chart = diagramaDeFlujo({ clave: null, actividades: [a(1, 'X', [], true, largo)] }, 'imss/p', '/');
    const etiqueta = chart.pasos[0]!.etiqueta;
    expect(etiqueta.length).toBeLessThanOrEqual(actividadEtiquetaMax + '1. '.length);
    expect(etiqueta).toMatch(/^1\. Recibe correo electrónico .*[a-z]…$/);
    const cortado = etiqueta.slice('1. '.length, -1);
    expect(largo.startsWith(cortado) && largo[cortado.length]).toMatch(/[ ,]/);
    expect(recortar('uno dos', 100)).toBe('uno dos');
  });

  it('escapes quotes and markup in roles, texts and conditions', () => {
    const chart = diagramaDeFlujo(
      { clave: null, actividades: [a(1, 'Área "A" <b>', [[2, 'Si "x" > 1; fin']], false, 'Envía <script>x</script>'), a(2, 'B', [], true)] },
      'imss/p',
      '/',
    );
    // The only markup is the box's own: the role in small bold type, then a line break.
    const propia = /<small><b>|<\/b><\/small><br>/g;
    expect(chart.source.replace(propia, '')).not.toMatch(/<|"x"/);
    expect(chart.source).toContain('a1["<small><b>Área #34;A#34; #60;b#62;</b></small><br>1. Envía #60;script#62;x#60;/script#62;"]');
    expect(chart.source).toContain('a1 -->|"Si #34;x#34; #62; 1#59; fin"| a2');
  });
});

describe('flujoComoLista', () => {
  it('lists each activity with its responsable and where the flow goes', () => {
    const html = flujoComoLista(diagramaDeFlujo(pequeño, 'imss/0508-003-001', '/'));
    expect(html).toContain(
      '<li><a href="/imss/0508-003-001/#actividad-2">2. Actividad 2.</a> (CC/JDC). Sigue en <a href="/imss/0508-003-001/#actividad-3">actividad 3</a> si «Ratifica»; <a href="/imss/0508-003-001/#actividad-1">actividad 1</a> si «No ratifica».</li>',
    );
    expect(html).toContain('(cc/jdc). Fin del procedimiento.</li>');
  });
});

describe('the flow chart of the real procedure 0508-003-001', async () => {
  const archivo = 'imss-procedimiento-0508-003-001.txt';
  const { estructuras } = parse(await read(`content/sources/${archivo}`, archivo));
  const procedimiento = estructuras.map((e) => e.documento.procedimiento).find((p): p is Procedimiento => p !== undefined);

  it('draws all its activities, each with its role, with its decisions labelled', () => {
    expect(procedimiento).toBeDefined();
    const chart = diagramaDeFlujo(procedimiento!, 'imss/0508-003-001', '/');
    expect(chart.pasos).toHaveLength(procedimiento!.actividades.length);
    expect(chart.pasos.length).toBeGreaterThanOrEqual(34);
    expect(chart.avisos).toEqual([]);
    // Roles printed with different case are one.
    const claves = chart.responsables.map((r) => r.responsable.toLowerCase());
    expect(new Set(claves).size).toBe(claves.length);
    expect(chart.responsables).toHaveLength(7);
    expect(chart.source).toMatch(/a21 -->\|"Existen ajustes al #8220;|a21 -->\|"Existen ajustes/);
    expect(chart.source).toContain('a34 --> fin');
  });
});
