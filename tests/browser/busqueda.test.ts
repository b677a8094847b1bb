import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conNavegador, rutaDe } from './navegador.ts';

/**
 * Search on the real site, through the /buscar/ page and Pagefind's
 * Component UI, as a reader uses it: typing in the box, the header form of
 * any page, the filter dropdowns.
 */

const { url, pestana } = conNavegador();

const transparencia = {
  titulo: '7.1.1 Coordinación de Transparencia y Acceso a la Información Pública',
  ruta: '/manuales/imss/uit/coordinacion-de-transparencia-y-acceso-a-la-informacion-publica/',
};

/** Types `consulta` into Pagefind's search box and waits for the results to settle. */
async function buscar(page: Page, consulta: string): Promise<void> {
  const caja = page.locator('pagefind-input input');
  await caja.fill(consulta);
  await esperarResultados(page);
}

/**
 * Settled: Pagefind no longer marks its list busy and the first result has
 * loaded. Each result loads its own data, so later ones may still be
 * placeholders (without a link) for a moment.
 */
async function esperarResultados(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const lista = document.querySelector('pagefind-results ul.pf-results');
    return lista?.getAttribute('aria-busy') === 'false' && lista.querySelector('li.pf-result:first-child a.pf-result-link') !== null;
  });
}

/** The results loaded so far, in rank order (placeholders of results still loading are left out). */
async function resultados(page: Page): Promise<{ titulo: string; ruta: string }[]> {
  return page.locator('pagefind-results a.pf-result-link').evaluateAll((enlaces) =>
    enlaces.map((a) => ({ titulo: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), ruta: a.getAttribute('href') ?? '' })),
  );
}

describe('the search page', () => {
  it('finds "Coordinación de Transparencia y Acceso a la Información Pública" typed without accents, first', async () => {
    const { page } = await pestana();
    await page.goto(url('buscar/'));
    await buscar(page, 'coordinacion de transparencia');
    const encontrados = await resultados(page);
    expect(encontrados[0]).toEqual(transparencia);
    expect(encontrados.every((r) => r.ruta.startsWith('/manuales/'))).toBe(true);
  });

  it('finds the same unit first with accents, and its result opens the unit page', async () => {
    const { page } = await pestana();
    await page.goto(url('buscar/'));
    await buscar(page, 'coordinación de transparencia');
    expect((await resultados(page))[0]).toEqual(transparencia);
    await page.locator('pagefind-results a.pf-result-link').first().click();
    await page.waitForURL((u) => u.pathname === transparencia.ruta);
    expect((await page.locator('h1').textContent())?.replace(/\s+/g, ' ')).toBe(transparencia.titulo);
  });

  it('links function sub-results to the function anchor', async () => {
    const { page } = await pestana();
    await page.goto(url('buscar/'));
    await buscar(page, 'coordinacion de transparencia');
    const sub = page.locator('pagefind-results li.pf-result').first().locator('a.pf-heading-link').first();
    expect(await sub.getAttribute('href')).toMatch(new RegExp(`^${transparencia.ruta}#funcion-\\d+$`));
    expect(await sub.textContent()).toMatch(/^Función \d+$/);
    await sub.click();
    await page.waitForURL((u) => u.pathname === transparencia.ruta && u.hash.startsWith('#funcion-'));
    expect(await page.locator(':target').getAttribute('id')).toBe(new URL(page.url()).hash.slice(1));
  });

  it('finds a unit by its numeral, 8.1.10, first', async () => {
    const { page } = await pestana();
    await page.goto(url('buscar/'));
    await buscar(page, '8.1.10');
    expect((await resultados(page))[0]).toEqual({ titulo: '8.1.10 Dirección de Operación y Evaluación', ruta: '/manuales/imss/moimss/direccion-de-operacion-y-evaluacion/' });
  });

  it('runs the query sent by the header form of any page', async () => {
    const { page } = await pestana();
    await page.goto(url('issste/mog/'));
    await page.getByRole('searchbox', { name: 'Buscar unidades y funciones' }).fill('coordinacion de transparencia');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/manuales/buscar/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('coordinacion de transparencia');
    await esperarResultados(page);
    expect((await resultados(page))[0]).toEqual(transparencia);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('coordinacion de transparencia');
  });

  it.each([
    { filtro: 'Institución', opcion: 'ISSSTE', prefijo: '/manuales/issste/' },
    { filtro: 'Documento', opcion: 'Estatuto Orgánico de IMSS-BIENESTAR', prefijo: '/manuales/imss-bienestar/estatuto/' },
  ])('narrows the results with the $filtro filter ($opcion)', async ({ filtro, opcion, prefijo }) => {
    const { page } = await pestana();
    await page.goto(url('buscar/'));
    await buscar(page, 'transparencia');
    const antes = await resultados(page);
    expect(antes.some((r) => !r.ruta.startsWith(prefijo))).toBe(true);

    await elegirFiltro(page, filtro, opcion);
    await expect.poll(async () => soloYAlMenosUno(await resultados(page), (r) => r.ruta.startsWith(prefijo))).toBe(true);
  });

  it('narrows the results with the Tipo de unidad filter to one kind of unit', async () => {
    const { page } = await pestana();
    await page.goto(url('buscar/'));
    await buscar(page, 'transparencia');
    await elegirFiltro(page, 'Tipo de unidad', 'División');
    await expect.poll(async () => soloYAlMenosUno(await resultados(page), (r) => /^(\d+(\.\d+)* )?División /.test(r.titulo))).toBe(true);
  });
});

/** Some results, all of them passing `prueba`. */
function soloYAlMenosUno<T>(lista: T[], prueba: (elemento: T) => boolean): boolean {
  return lista.length > 0 && lista.every(prueba);
}

/** Opens a filter dropdown of the Component UI and ticks one option. */
async function elegirFiltro(page: Page, filtro: string, opcion: string): Promise<void> {
  const desplegable = page.locator(`pagefind-filter-dropdown[label="${filtro}"]`);
  await desplegable.getByRole('combobox').click();
  await desplegable.getByRole('option', { name: new RegExp(`^${opcion}, \\d+ results?$`) }).click();
  await page.keyboard.press('Escape');
}

describe('the 404 page', () => {
  it('answers an unknown URL under /manuales/ with its search box', async () => {
    const { page } = await pestana({ erroresEsperados: [/Failed to load resource: the server responded with a status of 404/] });
    const respuesta = await page.goto(url('imss/no-existe/'));
    expect(respuesta?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Página no encontrada');
    await page.locator('main').getByRole('searchbox').fill('8.1.10');
    await page.locator('main').getByRole('button', { name: 'Buscar' }).click();
    await page.waitForURL((u) => u.pathname === '/manuales/buscar/');
    await esperarResultados(page);
    expect(rutaDe(page)).toBe('/manuales/buscar/');
    expect((await resultados(page))[0]?.ruta).toBe('/manuales/imss/moimss/direccion-de-operacion-y-evaluacion/');
  });
});
