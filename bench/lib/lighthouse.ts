/**
 * Lighthouse scores of one URL in Debian's Chromium (chrome-launcher with
 * CHROME_PATH, headless; nothing downloaded). Lighthouse's defaults: mobile
 * emulation with simulated throttling (slow 4G, 4x CPU slowdown), so the
 * performance score does not depend on this machine's load as much as a
 * stopwatch would; the other categories do not depend on it at all.
 *
 *   const scores = await lighthouseScores('http://127.0.0.1:4000/imss/uit/direccion/');
 *   // { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, metrics: {...} }
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  scores: Record<(typeof categories)[number], number>;
  /** Milliseconds (simulated), and total bytes. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; bytes: number };
  /** Audits that did not pass, for the report: `id: title`. */
  failing: string[];
}

export async function lighthouseScores(url: string, preset: 'mobile' | 'desktop' = 'mobile'): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const desktop = preset === 'desktop'
      ? { formFactor: 'desktop' as const, screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 } }
      : {};
    const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], ...desktop });
    if (!runner) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = runner;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing = Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
      .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
      .map((audit) => `${audit!.id}: ${audit!.title}`);
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      metrics: {
        fcp: numeric('first-contentful-paint'),
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        bytes: numeric('total-byte-weight'),
      },
      failing: [...new Set(failing)],
    };
  } finally {
    chrome.kill();
  }
}
