import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    // The real manuals take a moment to parse; 2 cores on CI.
    testTimeout: 30_000,
  },
});
