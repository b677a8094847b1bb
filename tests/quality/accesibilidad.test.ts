import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conNavegador } from '../browser/navegador.ts';

/**
 * Accessibility gate: axe-core with the WCAG 2.2 AA rules on one page of
 * each kind of the real site, in light and in dark mode. Zero violations.
 * Closed <details> (the chart as a list, the scanned original of a
 * function) are opened first so their content is checked too.
 *
 * axe only fails the contrast of text it can measure: text covered by
 * another element (an open dropdown) or not drawn yet comes back
 * "incomplete", which a gate counting violations alone takes for a pass.
 * So every page must leave no text unmeasured (outside the two places axe
 * cannot measure by construction, listed below), and the search page names
 * the text it must have measured.
 */

const { url, pestana } = conNavegador();

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const etiquetasWcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Where axe can never measure contrast: Mermaid's node labels (HTML inside
 * an SVG <foreignObject>: "contains an image node") and Pagefind's dropdown
 * options (painted over the menu's scroll-shadow gradients).
 */
const sinMedidaPosible = 'svg, .pf-dropdown-menu';

interface Pagina {
  tipo: string;
  ruta: string;
  /** What to do on the page before the check (wait for the search results). */
  preparar?: (page: Page) => Promise<void>;
  /** Only this part of the page is checked (the rest is checked by another case). */
  alcance?: string;
  /** Text whose contrast axe must have measured (CSS selectors of it or its container): the case fails if it is missing, covered or not drawn. */
  contrasteMedido?: string[];
  erroresEsperados?: RegExp[];
}

/**
 * The search has settled and drawn what a reader sees: Pagefind no longer
 * marks the list busy, the summary counts the results, and every result in
 * the viewport has loaded its data (each loads its own when it scrolls into
 * view; until then it is a text-less placeholder).
 */
async function esperarResultados(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const lista = document.querySelector('pagefind-results ul.pf-results');
    const resumen = document.querySelector('pagefind-summary .pf-summary')?.textContent ?? '';
    if (lista?.getAttribute('aria-busy') !== 'false' || !/^\d+ resultados/.test(resumen)) return false;
    const visibles = [...lista.querySelectorAll('li.pf-result')].filter((li) => {
      const { top, bottom } = li.getBoundingClientRect();
      return bottom > 0 && top < window.innerHeight;
    });
    return visibles.length > 0 && visibles.every((li) => li.querySelector('a.pf-result-link') !== null);
  });
}

const filtroInstitucion = 'pagefind-filter-dropdown[filter="institucion"]';

const paginas: Pagina[] = [
  { tipo: 'home', ruta: '' },
  { tipo: 'institution', ruta: 'imss/' },
  { tipo: 'document overview', ruta: 'imss/uit/' },
  { tipo: 'unit of the IMSS manual', ruta: 'imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/' },
  { tipo: 'unit of the scanned manual', ruta: 'imss/doye/coordinacion-de-vinculacion/' },
  { tipo: 'unit of the ISSSTE manual', ruta: 'issste/mog/jefatura-de-servicios-de-incorporacion-y-vigencia-de-derechos/' },
  { tipo: 'unit of the estatuto', ruta: 'imss-bienestar/estatuto/unidad-de-atencion-a-la-salud/' },
  { tipo: 'procedimiento', ruta: 'imss/0508-003-001/' },
  {
    tipo: 'search page with results',
    ruta: 'buscar/?q=coordinacion%20de%20transparencia',
    preparar: esperarResultados,
    contrasteMedido: [
      'pagefind-input input',
      '.pf-input-clear',
      '.pf-dropdown-trigger',
      '.pf-summary',
      'a.pf-result-link',
      '.pf-result-excerpt',
      'a.pf-heading-link',
    ],
  },
  {
    // Open, the menu covers the summary and the first results (checked above): only the filters here.
    tipo: 'search page with a filter open',
    ruta: 'buscar/?q=coordinacion%20de%20transparencia',
    preparar: async (page) => {
      await esperarResultados(page);
      await page.locator(filtroInstitucion).getByRole('combobox').click();
      await page.locator(`${filtroInstitucion} [role="listbox"]`).waitFor();
    },
    alcance: '.filtros',
    contrasteMedido: [`${filtroInstitucion} .pf-dropdown-trigger`],
  },
  { tipo: '404', ruta: 'no-existe/', erroresEsperados: [/Failed to load resource: the server responded with a status of 404/] },
];

const casos = (['light', 'dark'] as const).flatMap((esquema) => paginas.map((pagina) => ({ ...pagina, esquema })));

/** The selector axe gives a node (its last part: the node itself, in the page or its shadow root). */
const objetivo = (nodo: AxeResults['passes'][number]['nodes'][number]) => String(nodo.target.at(-1));

describe('axe-core (WCAG 2.2 AA)', () => {
  it.each(casos)('finds no violation on the $tipo page in $esquema mode', async (caso) => {
    const { ruta, esquema, preparar, alcance, contrasteMedido = [], erroresEsperados } = caso;
    const { page } = await pestana({ colorScheme: esquema, ...(erroresEsperados ? { erroresEsperados } : {}) });
    await page.goto(url(ruta));
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'el esquema de color de la pestaña').toBe(esquema === 'dark');
    await preparar?.(page);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    const axe = new AxeBuilder({ page }).withTags(etiquetasWcag);
    const { violations, passes, incomplete } = await (alcance ? axe.include(alcance) : axe).analyze();
    const resumen = violations.map((v) => ({
      regla: v.id,
      impacto: v.impact,
      ayuda: v.help,
      nodos: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
      total: v.nodes.length,
    }));
    expect(resumen).toEqual([]);

    const contraste = (resultados: AxeResults['passes']) => resultados.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes);
    const medidos = contraste([...passes, ...violations]).map(objetivo);
    const sinMedir = contraste(incomplete).map((n) => ({ objetivo: objetivo(n), porque: n.any.map((c) => c.message).join('; ') }));
    const { faltan, tapados } = await page.evaluate(
      ({ contrasteMedido, medidos, sinMedir, sinMedidaPosible }) => {
        const elementos = (selectores: string[]) => selectores.map((s) => document.querySelector(s));
        const vistos = elementos(medidos);
        return {
          faltan: contrasteMedido.filter((selector) => !vistos.some((e) => e?.closest(selector))),
          tapados: sinMedir.filter(({ objetivo }) => !document.querySelector(objetivo)?.closest(sinMedidaPosible)),
        };
      },
      { contrasteMedido, medidos, sinMedir, sinMedidaPosible },
    );
    expect(faltan, 'texto cuyo contraste axe debía medir y no midió').toEqual([]);
    expect(tapados, 'texto cuyo contraste axe no pudo medir').toEqual([]);
  });
});
