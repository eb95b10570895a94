import { defineConfig } from 'vitest/config';

// Pure modules (chart option builders, data shaping) and the dashboard's server; no database.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
    testTimeout: 30_000,
    // The JSON report feeds the one-line total that `npm test` prints at the end.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/report.json' },
  },
});
