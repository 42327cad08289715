import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium, over the browser harness bound to the
// real core on temp folders. One file at a time: each drives its own browser.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
