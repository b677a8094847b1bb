/**
 * Mermaid in Debian's Chromium: draws Mermaid sources to SVG, a few browser
 * pages at once, each page loading Mermaid once and drawing one chart after
 * another from a shared queue.
 *
 * > | drawMermaid(['flowchart LR\n  n0["A"] --> n1["B"]'], (i, d) => ...)
 *     -> onDrawn(0, { svg: '<svg id="organica-0" ...>...</svg>', renderId: 'organica-0' })
 *
 * Why not mermaid-isomorphic (used before, measured on the corpus's 208
 * charts, 2 cores): it opens a page per call and loads Font Awesome's and
 * KaTeX's stylesheets and fonts in it, which every text measurement then
 * pays for; a batch per page left one page idle while the other drew the
 * ISSSTE's big charts. It took 13.3 s; this takes 9.4-10.4 s and reports each
 * chart as it is drawn. The page script below does what its own does: render
 * into a hidden container, then serialize the `<svg>` as XML (what
 * postprocess.ts expects).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { mermaidConfig } from './config.ts';

/**
 * Pages drawing at once, each in its own browser context (so its own
 * renderer process): Mermaid's layout is CPU-bound, so one per core
 * (208 charts on 2 cores: 1 page 14.6 s, 2 pages 10.4 s, 3 pages 11.7 s).
 */
export const pagesInParallel = Number(process.env['CHARTS_PAGES'] ?? Math.max(1, Math.min(4, availableParallelism())));

/** The prefix of render ids (`organica-12`); postprocess.ts replaces them with each chart's own id. */
const renderPrefix = 'organica';

export type Drawing = { svg: string; renderId: string } | { error: string };

/**
 * Draws every source; `onDrawn(index, drawing)` is called as each one is
 * done, in no set order. A source Mermaid rejects gives `{ error }`, the rest
 * are still drawn. Resolves when all are drawn and Chromium is closed.
 */
export async function drawMermaid(sources: readonly string[], onDrawn: (index: number, drawing: Drawing) => void): Promise<void> {
  if (sources.length === 0) return;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  // Largest first (the source's length stands for its number of boxes), so no page is left
  // drawing a big chart alone at the end.
  const queue = sources.map((source, index) => ({ source, index })).sort((a, b) => b.source.length - a.source.length || a.index - b.index);
  const worker = async () => {
    const context = await browser.newContext();
    const page = await mermaidPage(await context.newPage());
    for (let next = queue.shift(); next; next = queue.shift()) {
      const renderId = `${renderPrefix}-${next.index}`;
      try {
        onDrawn(next.index, { svg: await page.evaluate(drawInPage, { id: renderId, source: next.source }), renderId });
      } catch (error) {
        onDrawn(next.index, { error: pageErrorMessage(error) });
      }
    }
    await context.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(pagesInParallel, sources.length) }, worker));
  } finally {
    await browser.close();
  }
}

/**
 * Where the drawing page is served from: an origin nothing answers but
 * `page.route`, so no request leaves Chromium.
 */
const paginaDeDibujo = 'http://organica.invalid/';

/**
 * A page with Mermaid loaded and initialized with the site's config. Mermaid
 * comes as a script file, not inline: Chromium compiles a file's script off
 * the page's thread, and the unminified bundle (the one patches/ changes)
 * then loads in 0.75-0.8 s, as fast as the minified one; inline it took
 * 1.2-1.4 s.
 */
async function mermaidPage(page: Page): Promise<Page> {
  await page.route(`${paginaDeDibujo}**`, (route) => {
    const script = route.request().url().endsWith('/mermaid.js');
    return route.fulfill({
      contentType: script ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      body: script ? mermaidScript() : '<!doctype html><html lang="es"><head><script src="mermaid.js"></script></head><body></body></html>',
    });
  });
  await page.goto(paginaDeDibujo);
  await page.evaluate((config) => {
    const global = globalThis as unknown as { mermaid: { initialize(config: unknown): void } };
    global.mermaid.initialize(config);
  }, structuredClone(mermaidConfig) as unknown);
  return page;
}

/** Runs in the page: one chart, rendered in a hidden container, its `<svg>` serialized as XML. */
async function drawInPage({ id, source }: { id: string; source: string }): Promise<string> {
  const global = globalThis as unknown as {
    mermaid: { render(id: string, source: string, container: Element): Promise<{ svg: string }> };
  };
  let container = document.getElementById('organica-charts');
  if (!container) {
    container = document.createElement('div');
    container.id = 'organica-charts';
    container.ariaHidden = 'true';
    Object.assign(container.style, { maxHeight: '0', opacity: '0', overflow: 'hidden' });
    document.body.append(container);
  }
  const { svg } = await global.mermaid.render(id, source, container);
  const element = new DOMParser().parseFromString(svg, 'text/html').querySelector('svg');
  if (!element) throw new Error('Mermaid gave no <svg>');
  return new XMLSerializer().serializeToString(element);
}

let script: string | undefined;

/**
 * Mermaid's browser bundle, the installed `mermaid` package's, unminified:
 * patches/mermaid+<version>.patch (applied by `npm ci`) speeds it up, and a
 * patch of the minified bundle would repeat its 200 KB lines.
 */
function mermaidScript(): string {
  script ??= readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.js'), 'utf8');
  return script;
}

/** Mermaid's message without Playwright's wrapping (`page.evaluate: Error: ...`, call log). */
function pageErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^page\.evaluate: (?:Error: )?/, '').split('\nCall log:')[0]!.trim();
}
