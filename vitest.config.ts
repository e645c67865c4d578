import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build-dist.ts'],
    // PDF tests drive a real Chromium; a cold start on a 2-core machine takes seconds
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
