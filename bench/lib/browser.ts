/**
 * What a reader's browser downloads, measured in Debian's Chromium
 * (playwright-core, no browser download) against bench/lib/serve.ts:
 *
 * - `pageBytes`: every response of one page load, by kind (HTML, CSS, JS,
 *   other), decoded size and bytes on the wire (the server gzips text);
 * - `readableWithoutJs`: the page with JavaScript off still shows its title
 *   and every function;
 * - `searchBytes`: bytes under /pagefind/ for the search page, a first query
 *   and a second one.
 */
import { chromium, type Browser, type Page, type Request, type Response } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
}

export type Kind = 'html' | 'css' | 'js' | 'otros';

export interface Bytes {
  /** Decoded size (what the browser parses). */
  raw: number;
  /** Bytes on the wire (gzip for text). */
  wire: number;
  requests: number;
}

export type PageBytes = Record<Kind, Bytes> & { total: Bytes; urls: string[] };

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  const contentType = response.headers()['content-type'] ?? '';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('css')) return 'css';
  return 'otros';
}

const empty = (): Bytes => ({ raw: 0, wire: 0, requests: 0 });

/**
 * Starts counting the responses of `page` whose URL passes `filter` (on
 * `requestfinished`: the body is complete); `stop()` waits for the bodies and
 * returns the sums.
 */
export function countResponses(page: Page, filter: (url: string) => boolean = () => true): { stop(): Promise<PageBytes> } {
  const pending: Promise<void>[] = [];
  const result: PageBytes = { html: empty(), css: empty(), js: empty(), otros: empty(), total: empty(), urls: [] };
  const onFinished = (request: Request) => {
    if (!filter(request.url())) return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes().catch(() => null);
        const wire = sizes?.responseBodySize ?? body.length;
        for (const bucket of [result[kindOf(response)], result.total]) {
          bucket.raw += body.length;
          bucket.wire += wire;
          bucket.requests++;
        }
        result.urls.push(request.url());
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  return {
    async stop() {
      page.off('requestfinished', onFinished);
      await Promise.all(pending);
      return result;
    },
  };
}

/** Checks for late requests after network idle, this often at most. */
const settleChecks = 5;

/**
 * One page load with a fresh cache, until the network is idle and every
 * resource the page's Performance API lists has been counted.
 */
export async function pageBytes(browser: Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const counter = countResponses(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let check = 0; check < settleChecks; check++) {
    const listed = await page.evaluate(() => performance.getEntriesByType('resource').length + 1);
    const finished = (await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).responseEnd > 0).length)) + 1;
    if (finished >= listed) break;
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(200);
  const bytes = await counter.stop();
  await context.close();
  return bytes;
}

/**
 * With JavaScript off, the unit page shows its heading and `expectedFunctions`
 * list items with ids `funcion-1..n` (the citable functions).
 */
export async function readableWithoutJs(browser: Browser, url: string, expectedFunctions: number): Promise<{ ok: boolean; heading: string; functions: number }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const heading = (await page.locator('h1').first().innerText()).trim();
  const functions = await page.locator('li[id^="funcion-"]:visible').count();
  await context.close();
  return { ok: heading.length > 0 && functions === expectedFunctions, heading, functions };
}

export interface SearchStep {
  query: string;
  /** Results found (from the summary) and result cards shown. */
  results: number;
  shown: number;
  bytes: PageBytes;
}

/** Wait after network idle for late fragment requests of result cards. */
const settleMs = 500;

export interface SearchBytes {
  /** Loading the search page, before any query: the Component UI. */
  page: PageBytes;
  first: SearchStep;
  second: SearchStep;
}

/** Result items shown by Pagefind's Component UI. */
const resultSelector = 'pagefind-results li.pf-result';

/**
 * Opens `searchUrl`, types `first` and waits for results, then `second`:
 * the bytes under `/pagefind/` each step costs.
 */
export async function searchBytes(browser: Browser, searchUrl: string, first: string, second: string): Promise<SearchBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const underPagefind = (url: string) => /\/pagefind[^/]*\//.test(new URL(url).pathname);
  let counter = countResponses(page, underPagefind);
  await page.goto(searchUrl, { waitUntil: 'networkidle' });
  const pageStep = await counter.stop();

  const run = async (query: string) => {
    counter = countResponses(page, underPagefind);
    const input = page.locator('pagefind-input input');
    await input.fill(query);
    // The summary reads "106 resultados encontrados para transparencia" once the search is done
    // (before that it says it is searching), and the list is no longer busy.
    await page.waitForFunction(
      (q) => {
        const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
        return /\d/.test(summary) && summary.includes(q) && document.querySelector('pagefind-results [aria-busy="true"]') === null;
      },
      query,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    // Result cards load their fragments as they render; give them a moment past network idle.
    await page.waitForTimeout(settleMs);
    await page.waitForLoadState('networkidle');
    const summary = (await page.locator('pagefind-summary').innerText()).trim();
    const results = Number(/(\d+)/.exec(summary)?.[1] ?? 0);
    return { query, results, shown: await page.locator(resultSelector).count(), bytes: await counter.stop() };
  };
  const firstStep = await run(first);
  const secondStep = await run(second);
  await context.close();
  return { page: pageStep, first: firstStep, second: secondStep };
}

/** `12.3 KB` */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
