import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Neo4j and Chromium are shared, heavy resources: run files one at a time.
    fileParallelism: false,
    globalSetup: ['test/setup/global.ts'],
  },
});
