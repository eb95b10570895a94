import { defineConfig } from 'vitest/config';

// Pure functions, no database: no global setup, but the same report as every package.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], reporters: ['default', 'json'], outputFile: { json: '.vitest/report.json' } },
});
