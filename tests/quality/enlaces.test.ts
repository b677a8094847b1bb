import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';

/**
 * Links gate: linkinator over the served site, starting from every HTML
 * page of the build (redirect and alias pages are linked from nowhere), with
 * `#fragment` checking. Every internal link, asset and anchor must resolve
 * under /manuales/. Links to other origins (the canonical
 * https://intranet.example URLs, a manual's published source) are not
 * requested: there is no network, and the site requests none of them itself.
 */

const { dir, url, origen } = inject('sitio');

function paginas(carpeta: string): string[] {
  return readdirSync(carpeta, { withFileTypes: true, recursive: true })
    .filter((entrada) => entrada.isFile() && entrada.name.endsWith('.html'))
    .map((entrada) => new URL(relative(carpeta, join(entrada.parentPath, entrada.name)).replace(/(^|\/)index\.html$/, '$1'), url).href);
}

describe('linkinator', () => {
  it('finds no broken internal link or anchor in any page', async () => {
    const inicio = paginas(dir);
    expect(inicio.length).toBeGreaterThan(1000);
    const verificador = new LinkChecker();
    const { links } = await verificador.check({
      path: inicio,
      recurse: false,
      checkFragments: true,
      checkCss: true,
      concurrency: 16,
      timeout: 30_000,
      linksToSkip: async (enlace) => !enlace.startsWith(`${origen}/`),
    });
    const revisados = links.filter((l) => l.state !== LinkState.SKIPPED);
    const rotos = links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => {
        const motivo = l.failureDetails?.map((f) => (f instanceof Error ? f.message : `HTTP ${f.status}`)).join('; ');
        return `${l.parent ? `${new URL(l.parent).pathname} -> ` : ''}${l.url.replace(origen, '')}: ${motivo ?? l.status}`;
      });
    expect(rotos.slice(0, 50), `${rotos.length} enlaces rotos de ${revisados.length} revisados`).toEqual([]);
    // Each URL is reported once, however many pages link to it: the pages, their stylesheets, the open data.
    expect(revisados.length).toBeGreaterThan(inicio.length);
    // Internal links stay under the base path: anything else would be a 404 on the intranet.
    expect(revisados.filter((l) => !l.url.startsWith(url)).map((l) => l.url)).toEqual([]);
  }, 300_000);
});
