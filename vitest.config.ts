import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node (no Neo4j, no browser, no apt)
// and runs in seconds; `integration` starts the shared services once.
// `npm test` runs both; `npm run test:unit` only the quick one.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
          // Neo4j and Chromium are shared, heavy resources: run files one at a time.
          fileParallelism: false,
          // dist/ first: the CLI the tests spawn (bin/guanxi.js) runs the compiled sources.
          globalSetup: ['test/setup/dist.ts', 'test/setup/global.ts'],
        },
      },
    ],
  },
});
