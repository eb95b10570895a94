import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Shared by every package's vitest config. Sources use legacy decorators with metadata
 * (type-graphql, MikroORM); `graphql` is pinned to one file so that sources and dependencies
 * share one realm; one PostgreSQL server serves the package's test files, two at a time
 * (`database: false` for a package whose tests need none).
 */
export function packageTestConfig({ database = true }: { database?: boolean } = {}) {
  return defineConfig({
    resolve: { alias: { graphql: require.resolve('graphql/index.js') } },
    oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } } as never,
    test: {
      include: ['src/**/*.test.ts'],
      globalSetup: database ? [require.resolve('@sfxd/kit/testing/global-setup')] : [],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // Two test files at a time: a file spends much of its time waiting on the services, browsers
      // and PostgreSQL it drives, so one worker left a two-core machine half idle. Each file has its
      // own database (and its own servers where it restarts or kills them), so two never meet.
      fileParallelism: true,
      maxWorkers: 2,
      // Other workspace packages are imported compiled (their dist/), through symlinks that leave
      // node_modules, so vitest would transform and evaluate them itself in every test file's
      // fresh worker (some 150 modules for a subgraph's test file). Node loads them as it loads
      // any dependency; `graphql` still resolves to the one file above for both.
      server: { deps: { external: [/\/dist\//] } },
      // The JSON report feeds the one-line total that `npm test` prints at the end.
      reporters: ['default', 'json'],
      outputFile: { json: '.vitest/report.json' },
    },
  });
}
