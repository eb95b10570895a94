import { defineConfig } from 'vitest/config';

// The honors rules are pure functions: no database to start, but the same report as every package.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], reporters: ['default', 'json'], outputFile: { json: '.vitest/report.json' } },
});
