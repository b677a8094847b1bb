import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartHash, chartPath, readChartSvg } from '../../scripts/charts/store.ts';
import type { ChartEntry } from '../../scripts/charts/collect.ts';
import { enBase, idsOf } from '../../scripts/charts/postprocess.ts';
import { drawCharts } from '../../scripts/charts/render.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import { diagramaDeFlujo } from '../../src/lib/flow-chart.ts';
import { organigrama, type UnidadOrganigrama } from '../../src/lib/org-chart.ts';

/**
 * Draws a few charts in Debian's Chromium the way `npm run charts` does and
 * checks what the site inlines: deterministic bytes, no style or script,
 * unique ids, legible text, sideways scrolling, dark mode, valid HTML.
 */

let orden = 0;
const u = (unidad: string, padre: string | null, nombre: string, numeral: string | null = null): UnidadOrganigrama => ({
  unidad,
  documento: 'issste/mog',
  numeral,
  nombre,
  padre,
  orden: orden++,
});
const unidades = [
  u('direccion-general', null, 'Dirección General', '1'),
  u('coordinacion', 'direccion-general', 'Coordinación de Transparencia y Acceso a la Información Pública', '1.1'),
  u('rara', 'coordinacion', 'Jefatura "A" <script>alert(1)</script> #1; [x] & {y}', '1.1.1'),
  u('depto', 'rara', 'Departamento de Evaluación', '1.1.1.1'),
  u('sub', 'depto', 'Área de Seguimiento', null),
  ...Array.from({ length: 12 }, (_, i) => u(`subdireccion-${i}`, 'direccion-general', `Subdirección de Programas Estratégicos ${i}`, `1.${i + 2}`)),
];
const byId = (slug: string) => unidades.find((x) => x.unidad === slug)!;
const flujo = diagramaDeFlujo(
  {
    clave: '0508-003-001',
    actividades: [
      { numero: 1, responsable: 'UIT/CMC', texto: 'Solicita la ratificación de unidades.', etapa: null, siguientes: [{ actividad: 2, condicion: null }], fin: false, observaciones: [], notas: [], linea: 1 },
      { numero: 2, responsable: 'CC/JDC', texto: 'Determina si ratifica.', etapa: null, siguientes: [{ actividad: 3, condicion: 'Ratifica' }, { actividad: 1, condicion: 'No "ratifica"' }], fin: false, observaciones: [], notas: [], linea: 2 },
      { numero: 3, responsable: 'UIT/CMC', texto: 'Registra.', etapa: null, siguientes: [], fin: true, observaciones: [], notas: [], linea: 3 },
    ],
  },
  'imss/0508-003-001',
  '/',
);
const entries: ChartEntry[] = [
  { spec: organigrama(byId('coordinacion'), unidades, '/'), origen: 'issste/mog/coordinacion' },
  { spec: organigrama(byId('direccion-general'), unidades, '/'), origen: 'issste/mog/direccion-general' },
  { spec: flujo, origen: 'imss/0508-003-001' },
];

let dirA: string;
let dirB: string;
let browser: Browser;
const svgs: string[] = [];

beforeAll(async () => {
  dirA = await mkdtemp(join(tmpdir(), 'charts-a-'));
  dirB = await mkdtemp(join(tmpdir(), 'charts-b-'));
  const first = await drawCharts(entries, dirA);
  // The same charts in another order (other render ids): the bytes must not change.
  const second = await drawCharts([...entries].reverse(), dirB);
  expect(first.failed).toEqual([]);
  expect(second.failed).toEqual([]);
  // Drawn at the site root, shown under /manuales/ as the components do.
  for (const entry of entries) svgs.push(enBase(readChartSvg(entry.spec, dirA), '/manuales/'));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(dirA, { recursive: true, force: true });
  await rm(dirB, { recursive: true, force: true });
});

/** A page like the site's: charts.css and the charts inlined in figures. */
async function page(): Promise<string> {
  const css = await readFile('src/styles/charts.css', 'utf8');
  const figures = svgs.map((svg) => `<figure class="chart"><div class="chart__scroll">${svg}</div><figcaption>Organigrama</figcaption></figure>`);
  return `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Charts</title><style>${css} main { width: 760px; }</style></head><body><main>${figures.join('')}</main></body></html>`;
}

describe('drawn charts', () => {
  it('are byte-identical whatever run or batch position drew them', async () => {
    for (const entry of entries) {
      const path = chartPath(chartHash(entry.spec), dirB);
      expect(await readFile(path, 'utf8')).toBe(readChartSvg(entry.spec, dirA));
    }
  });

  it('carry no <style>, no script and no Mermaid JavaScript', () => {
    for (const svg of svgs) {
      expect(svg).not.toMatch(/<style|<script|javascript:|onclick/i);
    }
  });

  it('show names literally, markup included, and link every node under the base path', () => {
    const [coordinacion] = svgs;
    expect(coordinacion).toContain('Jefatura "A" &lt;script&gt;alert(1)&lt;/script&gt; #1; [x] &amp; {y}');
    expect(coordinacion).toContain('<a href="/manuales/issste/mog/rara/"');
    expect(coordinacion).toContain('<a href="/manuales/issste/mog/depto/#subunidades"');
    expect(svgs[2]).toContain('<a href="/manuales/imss/0508-003-001/#actividad-2"');
  });

  it('name themselves for screen readers from accTitle and accDescr', () => {
    const [coordinacion, , flow] = svgs;
    expect(coordinacion).toMatch(/^<svg [^>]*role="graphics-document document" aria-roledescription="organigrama" aria-describedby="chart-desc-chart-[0-9a-f]{12}" aria-labelledby="chart-title-chart-[0-9a-f]{12}"/);
    expect(coordinacion).toContain('>Organigrama de 1.1 Coordinación de Transparencia y Acceso a la Información Pública</title>');
    expect(flow).toContain('aria-roledescription="diagrama de flujo"');
    expect(flow).toContain('>Diagrama de flujo del procedimiento 0508-003-001</title>');
  });

  it('can share a page: no id repeats across them', () => {
    const ids = svgs.flatMap(idsOf);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keep their natural size: text at 16 px, a wide chart scrolls sideways instead of shrinking', async () => {
    const tab = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await tab.setContent(await page());
    const medidas = await tab.evaluate(() =>
      [...document.querySelectorAll('.chart__scroll')].map((scroll) => {
        const svg = scroll.querySelector('svg')!;
        const textos = [...svg.querySelectorAll('span, text')].filter((t) => (t.textContent ?? '').trim() !== '');
        return {
          minFont: Math.min(...textos.map((t) => parseFloat(getComputedStyle(t).fontSize))),
          svgWidth: svg.getBoundingClientRect().width,
          naturalWidth: Number(svg.getAttribute('width')),
          scrolls: scroll.scrollWidth > scroll.clientWidth,
          overflowX: getComputedStyle(scroll).overflowX,
        };
      }),
    );
    await tab.close();
    for (const m of medidas) {
      expect(m.minFont).toBeGreaterThanOrEqual(12);
      expect(m.svgWidth).toBeCloseTo(m.naturalWidth, 0);
      expect(m.overflowX).toBe('auto');
    }
    // Dirección General with 13 sub-units is wider than the 760 px column.
    expect(medidas[1]!.naturalWidth).toBeGreaterThan(760);
    expect(medidas[1]!.scrolls).toBe(true);
  });

  it('stay readable in dark mode: light text on dark boxes, contrast at least 4.5:1', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await browser.newPage({ colorScheme });
      await tab.setContent(await page());
      const colores = await tab.evaluate(() => {
        const node = document.querySelector('.chart-svg .node:not(.actual)')!;
        return { text: getComputedStyle(node.querySelector('.nodeLabel')!).color, fill: getComputedStyle(node.querySelector('rect')!).fill };
      });
      await tab.close();
      expect(contrast(colores.text, colores.fill), `${colorScheme}: ${JSON.stringify(colores)}`).toBeGreaterThanOrEqual(4.5);
      if (colorScheme === 'dark') expect(luminance(colores.fill)).toBeLessThan(0.1);
    }
  });

  it('are valid HTML once inlined (Nu Html Checker)', async () => {
    const file = join(dirA, 'page.html');
    await writeFile(file, await page());
    const { stdout, stderr } = await promisify(execFile)('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--format', 'json', '--stdout', file]).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    const messages = (JSON.parse(stdout || stderr) as { messages: { type: string; message: string }[] }).messages;
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  }, 60_000);
});

function channels(color: string): number[] {
  return (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
