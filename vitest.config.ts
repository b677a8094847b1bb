import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/quality/**', 'node_modules/**'],
          // The real manuals take a moment to parse; 2 cores on CI.
          testTimeout: 30_000,
        },
      },
      {
        // The real site built once under /manuales/ (tests/browser/global-setup.ts):
        // browser tests in Debian Chromium and the quality gates (a11y, HTML, links, reproducibility).
        test: {
          name: 'sitio',
          include: ['tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
