import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium, one file at a time (each launches its own browser). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
