import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conNavegador } from '../browser/navegador.ts';

/**
 * Accessibility gate: axe-core with the WCAG 2.2 AA rules on one page of
 * each kind of the real site, in light and in dark mode. Zero violations.
 * Closed <details> (the chart as a list, the scanned original of a
 * function) are opened first so their content is checked too.
 */

const { url, pestana } = conNavegador();

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const etiquetasWcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Pagina {
  tipo: string;
  ruta: string;
  /** What to do on the page before the check (open the search results). */
  preparar?: (page: Page) => Promise<void>;
  erroresEsperados?: RegExp[];
}

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
    tipo: 'search page with results and a filter open',
    ruta: 'buscar/?q=coordinacion%20de%20transparencia',
    preparar: async (page) => {
      await page.waitForFunction(() => document.querySelector('pagefind-results li.pf-result a.pf-result-link') !== null);
      await page.locator('pagefind-filter-dropdown[filter="institucion"]').getByRole('combobox').click();
      await page.locator('pagefind-filter-dropdown[filter="institucion"] [role="listbox"]').waitFor();
    },
  },
  { tipo: '404', ruta: 'no-existe/', erroresEsperados: [/Failed to load resource: the server responded with a status of 404/] },
];

const casos = (['light', 'dark'] as const).flatMap((esquema) => paginas.map((pagina) => ({ ...pagina, esquema })));

describe('axe-core (WCAG 2.2 AA)', () => {
  it.each(casos)('finds no violation on the $tipo page in $esquema mode', async ({ ruta, esquema, preparar, erroresEsperados }) => {
    const { page } = await pestana({ colorScheme: esquema, ...(erroresEsperados ? { erroresEsperados } : {}) });
    await page.goto(url(ruta));
    await preparar?.(page);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    const { violations } = await new AxeBuilder({ page }).withTags(etiquetasWcag).analyze();
    const resumen = violations.map((v) => ({
      regla: v.id,
      impacto: v.impact,
      ayuda: v.help,
      nodos: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
      total: v.nodes.length,
    }));
    expect(resumen).toEqual([]);
  });
});
