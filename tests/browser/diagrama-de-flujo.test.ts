import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conNavegador } from './navegador.ts';

/**
 * The procedimiento's flow chart as a reader on a laptop sees it (a 1280 x
 * 800 window): the whole width in view, boxes on every screenful, each
 * activity readable at its natural size, the decision branches labelled, and
 * the list that stands for the chart for screen readers. Sizes are bounds
 * on the drawn SVG (its screenshot), not a pixel diff: the drawing depends
 * on the fonts of the machine that drew it.
 */

const { url, pestana } = conNavegador();

const ventana = { width: 1280, height: 800 };
/** Drawn with one lane per responsable it was 2,846 x 6,083 px; now about 1,240 x 4,530 (DejaVu Sans, the widest font it finds). */
const altoMax = 5000;
/** Fewest activity boxes in any window-high stretch of the chart: with empty lanes most stretches showed none. */
const cajasPorPantallaMin = 2;
/** Text of a box at natural size; the responsable above it in small type. */
const letraMin = 16;
const letraResponsableMin = 13;

async function abrir(page: Page): Promise<Locator> {
  await page.goto(url('imss/0508-003-001/'));
  const svg = page.locator('figure.chart--flujo svg');
  await svg.waitFor();
  return svg;
}

/** Width and height of a PNG, from its IHDR chunk. */
function tamanoPng(png: Buffer): { ancho: number; alto: number } {
  return { ancho: png.readUInt32BE(16), alto: png.readUInt32BE(20) };
}

describe('the flow chart of procedimiento 0508-003-001 in a 1280 x 800 window', () => {
  it('fits the width of the window at its natural size: no sideways scroll', async () => {
    const { page } = await pestana({ viewport: ventana });
    const svg = await abrir(page);
    const medidas = await svg.evaluate((e) => {
      const caja = e.closest('.chart__scroll') as HTMLElement;
      return { ancho: e.getBoundingClientRect().width, natural: Number(e.getAttribute('viewBox')?.split(' ')[2]), scroll: caja.scrollWidth, visible: caja.clientWidth };
    });
    expect(medidas.ancho).toBeCloseTo(medidas.natural, 0);
    expect(medidas.scroll).toBeLessThanOrEqual(medidas.visible);

    const { ancho, alto } = tamanoPng(await svg.screenshot());
    expect(ancho).toBeLessThanOrEqual(ventana.width);
    expect(alto).toBeLessThanOrEqual(altoMax);
    // Not squashed either: 34 boxes of three or four lines each.
    expect(alto).toBeGreaterThan(34 * 60);
  });

  it('has no lanes and shows activity boxes on every screenful', async () => {
    const { page } = await pestana({ viewport: ventana });
    const svg = await abrir(page);
    const { carriles, cajas, porPantalla } = await svg.evaluate((e, alto) => {
      const visible = (e.closest('.chart__scroll') as HTMLElement).getBoundingClientRect();
      const marco = e.getBoundingClientRect();
      const nodos = [...e.querySelectorAll('g.node.actividad, g.node.decision')].map((n) => n.getBoundingClientRect());
      const porPantalla: number[] = [];
      for (let arriba = marco.top; arriba + alto / 2 < marco.bottom; arriba += alto / 4) {
        porPantalla.push(nodos.filter((n) => n.left >= visible.left && n.right <= visible.right && n.top >= arriba && n.bottom <= arriba + alto).length);
      }
      return { carriles: e.querySelectorAll('.cluster, .swimlane').length, cajas: nodos.length, porPantalla };
    }, ventana.height);
    expect(carriles).toBe(0);
    expect(cajas).toBe(34);
    expect(Math.min(...porPantalla), `cajas por pantalla: ${porPantalla.join(' ')}`).toBeGreaterThanOrEqual(cajasPorPantallaMin);
  });

  it('names the responsable and the start of the activity in each box, as the list does, in readable type', async () => {
    const { page } = await pestana({ viewport: ventana });
    const svg = await abrir(page);
    const cajas = await svg.evaluate((e) =>
      [...e.querySelectorAll('g.node.actividad, g.node.decision')].map((nodo) => {
        const etiqueta = nodo.querySelector('.nodeLabel') as HTMLElement;
        const responsable = etiqueta.querySelector('small') as HTMLElement;
        const marco = nodo.querySelector('rect')!.getBoundingClientRect();
        const texto = etiqueta.getBoundingClientRect();
        return {
          texto: (etiqueta.textContent ?? '').replace(/\s+/g, ' ').trim(),
          letra: parseFloat(getComputedStyle(etiqueta).fontSize),
          letraResponsable: parseFloat(getComputedStyle(responsable).fontSize),
          dentro: texto.top >= marco.top && texto.bottom <= marco.bottom && texto.left >= marco.left && texto.right <= marco.right,
        };
      }),
    );
    // The text alternative: `<a>1. Solicita …</a> (UIT/CMC). Sigue en …`
    const lista = await page.locator('figure.chart--flujo details.chart__lista li').evaluateAll((items) =>
      items.map((li) => {
        const enlace = (li.querySelector('a')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const responsable = /^\((.*?)\)\./.exec((li.textContent ?? '').replace(/\s+/g, ' ').slice(enlace.length).trim())?.[1] ?? '';
        return `${responsable}${enlace}`;
      }),
    );
    expect(lista).toHaveLength(34);
    expect(cajas.map((c) => c.texto)).toEqual(lista);
    expect(cajas.filter((c) => c.letra < letraMin || c.letraResponsable < letraResponsableMin || !c.dentro)).toEqual([]);
  });

  it('labels every decision branch with its condition, in view and uncovered', async () => {
    const { page } = await pestana({ viewport: ventana });
    const svg = await abrir(page);
    const condiciones = await page.locator('figure.chart--flujo details.chart__lista li').evaluateAll(
      (items) => items.flatMap((li) => [...(li.textContent ?? '').matchAll(/ si «/g)]).length,
    );
    const etiquetas = svg.locator('g.edgeLabel').filter({ hasText: /\S/ });
    expect(condiciones).toBe(13);
    expect(await etiquetas.count()).toBe(condiciones);
    for (const etiqueta of await etiquetas.all()) {
      await etiqueta.scrollIntoViewIfNeeded();
      const descubierta = await etiqueta.evaluate((e) => {
        const { left, top, width, height } = e.getBoundingClientRect();
        const encima = document.elementFromPoint(left + width / 2, top + height / 2);
        return width > 0 && height > 0 && encima !== null && e.contains(encima);
      });
      expect(descubierta, await etiqueta.textContent() ?? '').toBe(true);
    }
  });
});
