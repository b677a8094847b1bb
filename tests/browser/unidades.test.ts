import { describe, expect, it } from 'vitest';
import { conNavegador, rutaDe } from './navegador.ts';

/**
 * Unit pages of every family of document, in Chromium, on the real site
 * under /manuales/: the org chart is inline SVG whose nodes lead to their
 * units, anchors land on their function, "Copiar cita" copies the citation.
 */

const { url, pestana } = conNavegador();

/** A unit page of each family of document the ingest knows. */
const unidadDeCadaFamilia = [
  { familia: 'the IMSS manual (UIT)', ruta: 'imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/', titulo: '7.1.1 Coordinación de Transparencia y Acceso a la Información Pública' },
  { familia: 'the IMSS manual (MOIMSS)', ruta: 'imss/moimss/direccion-de-operacion-y-evaluacion/', titulo: '8.1.10 Dirección de Operación y Evaluación' },
  { familia: 'the scanned DOyE manual', ruta: 'imss/doye/coordinacion-de-vinculacion/', titulo: '7.1.4 Coordinación de Vinculación' },
  { familia: 'the ISSSTE manual', ruta: 'issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/', titulo: '1.2.1 Jefatura de Servicios de Incorporación y Vigencia de Derechos' },
  { familia: 'the IMSS-BIENESTAR estatuto', ruta: 'imss-bienestar/estatuto/unidad-de-atencion-a-la-salud/', titulo: 'Unidad de Atención a la Salud' },
];

const normalizar = (texto: string | null) => (texto ?? '').replace(/\s+/g, ' ').trim();

describe('a unit page', () => {
  it.each(unidadDeCadaFamilia)('of $familia shows its org chart as inline SVG, and a click on a node opens that unit', async ({ ruta, titulo }) => {
    const { page } = await pestana();
    await page.goto(url(ruta));
    expect(normalizar(await page.locator('h1').textContent())).toBe(titulo);

    const grafica = page.locator('figure.chart--organigrama > .chart__scroll > svg');
    await expect.poll(() => grafica.isVisible()).toBe(true);
    expect(await grafica.getAttribute('aria-roledescription')).toBe('organigrama');
    const propia = new URL(url(ruta)).pathname;
    // The node of the unit itself links to its own page; the chart has at least one other.
    expect(await grafica.locator(`a[href="${propia}"]`).count()).toBe(1);
    // It is the one node marked as the page's unit.
    expect(await grafica.locator('g.node.actual').count()).toBe(1);
    expect(await grafica.locator(`a[href="${propia}"] > g.node.actual`).count()).toBe(1);
    const otros = grafica.locator(`a[href^="/manuales/"]:not([href="${propia}"]):not([href*="#"])`);
    expect(await otros.count()).toBeGreaterThan(0);

    // The last node drawn: a sub-unit when there are any, else the superior.
    const nodo = otros.last();
    const destino = (await nodo.getAttribute('href'))!;
    const etiqueta = normalizar(await nodo.textContent());
    await nodo.click();
    await page.waitForURL((u) => u.pathname === destino);
    expect(normalizar(await page.locator('h1').textContent())).toBe(etiqueta);
    // The unit clicked shows a chart with its own node marked: its own chart, or its
    // superior's when it has no sub-units.
    expect(await page.locator(`figure.chart--organigrama svg a[href="${destino}"] > g.node.actual`).count()).toBe(1);
    expect(await page.locator('figure.chart--organigrama svg g.node.actual').count()).toBe(1);
  });
});

describe('the procedimiento overview', () => {
  it('shows its flow chart as inline SVG, and a click on an activity lands on that activity', async () => {
    const { page } = await pestana();
    await page.goto(url('imss/0508-003-001/'));
    const grafica = page.locator('figure.chart--flujo > .chart__scroll > svg');
    await expect.poll(() => grafica.isVisible()).toBe(true);
    expect(await grafica.getAttribute('aria-roledescription')).toBe('diagrama de flujo');
    expect(await grafica.locator('a[href*="#actividad-"]').count()).toBeGreaterThanOrEqual(34);

    await grafica.locator('a[href="/manuales/imss/0508-003-001/#actividad-5"]').first().click();
    await page.waitForURL((u) => u.hash === '#actividad-5');
    expect(rutaDe(page)).toBe('/manuales/imss/0508-003-001/#actividad-5');
    expect(await page.locator(':target').getAttribute('id')).toBe('actividad-5');
    await expect.poll(() => page.locator('#actividad-5').isVisible()).toBe(true);
    expect(await inViewport(page, '#actividad-5')).toBe(true);
  });
});

/** Whether the top of the element is inside the viewport (the browser scrolled to it). */
async function inViewport(page: import('playwright-core').Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const { top } = el.getBoundingClientRect();
    // Sub-pixel layout: a heading scrolled to the top may sit a fraction of a pixel above it.
    return top > -1 && top < window.innerHeight;
  });
}

describe('anchors of a unit page', () => {
  const ruta = 'issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/';

  it('highlight the function of #funcion-3 with :target and scroll to it', async () => {
    const { page } = await pestana();
    await page.goto(url(`${ruta}#funcion-3`));
    expect(await page.locator(':target').getAttribute('id')).toBe('funcion-3');
    expect(await inViewport(page, '#funcion-3')).toBe(true);
    const fondo = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fondo('#funcion-3')).not.toBe(await fondo('#funcion-2'));
    expect(await fondo('#funcion-2')).toBe('rgba(0, 0, 0, 0)');
  });

  it('move the highlight when a function number (its permalink) is clicked', async () => {
    const { page } = await pestana();
    await page.goto(url(ruta));
    await page.locator('#funcion-5 > a.n').click();
    await page.waitForURL((u) => u.hash === '#funcion-5');
    expect(await page.locator(':target').getAttribute('id')).toBe('funcion-5');
  });

  it('land on the objective with #objetivo', async () => {
    const { page } = await pestana();
    await page.goto(url(`${ruta}#objetivo`));
    const objetivo = page.locator(':target');
    expect(await objetivo.getAttribute('id')).toBe('objetivo');
    expect(normalizar(await objetivo.textContent())).toMatch(/^Objetivo/);
    expect(await inViewport(page, '#objetivo')).toBe(true);
  });
});

describe('"Copiar cita"', () => {
  it('copies the formal citation of a function with its URL, and says so', async () => {
    const { page, context } = await pestana();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('')).origin });
    await page.goto(url('issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/'));
    const boton = page.getByRole('button', { name: 'Copiar cita de la función 3', exact: true });
    await boton.click();
    await expect.poll(() => boton.textContent()).toBe('Cita copiada');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Manual de Organización General del ISSSTE (DOF 30-12-2010, última modificación DOF 11-07-2018), numeral 1.2.1 ' +
        'Jefatura de Servicios de Incorporación y Vigencia de Derechos, función 3. ' +
        'https://intranet.example/manuales/issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/#funcion-3',
    );
    expect(await page.getByRole('status').textContent()).toBe('Cita de la función 3 copiada.');
  });

  it('cites a fracción of the estatuto by its article', async () => {
    const { page, context } = await pestana();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('')).origin });
    await page.goto(url('imss-bienestar/estatuto/unidad-de-atencion-a-la-salud/'));
    const boton = page.getByRole('button', { name: 'Copiar cita de la fracción I', exact: true });
    await boton.click();
    await expect.poll(() => boton.textContent()).toBe('Cita copiada');
    // The edition in parentheses comes from the catalog (content/sources/imss-bienestar-estatuto.yaml).
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Estatuto Orgánico de IMSS-BIENESTAR \([^)]+\), artículo 25, fracción I \(Unidad de Atención a la Salud\)\. https:\/\/intranet\.example\/manuales\/imss-bienestar\/estatuto\/unidad-de-atencion-a-la-salud\/#funcion-1$/,
    );
  });
});
