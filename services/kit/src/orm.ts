import { DefaultLogger, MikroORM, type Constructor, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from './logger.js';

export type Orm = MikroORM<PostgreSqlDriver>;

/**
 * Counts the SQL statements an ORM runs. Tests read it to prove that a request's statement
 * count does not grow with the rows it returns.
 */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  keepStatements = false;
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly counter: QueryCounter) {
    super(options);
  }
  override logQuery(context: { query: string } & LogContext): void {
    this.counter.count++;
    if (this.counter.keepStatements) this.counter.statements.push(context.query);
    super.logQuery(context);
  }
}

export interface OrmOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; it never touches another. */
  schema: string;
  // Abstract base records (VersionedRecord…) are listed too: MikroORM discovers inherited columns through them.
  entities: (Constructor | (abstract new (...args: never[]) => object))[];
  migrations: { name: string; class: Constructor<Migration> }[];
  logger?: Logger;
  poolSize?: number;
}

export interface OrmHandle {
  orm: Orm;
  queries: QueryCounter;
  close(): Promise<void>;
}

/** Connects, creates the subgraph's schema if needed and runs pending migrations. */
export async function createOrm(options: OrmOptions): Promise<OrmHandle> {
  const queries = new QueryCounter();
  await ensureSchema(options.url, options.schema);
  const orm = await MikroORM.init<PostgreSqlDriver>({
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities as Constructor[],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
      silent: true,
      // Migrations are hand-written SQL: no schema snapshot files written next to them at run time.
      snapshot: false,
    },
    pool: { min: 0, max: options.poolSize ?? 10 },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    loggerFactory: (o) => new CountingLogger(o, queries),
    debug: process.env.SQL_DEBUG ? (['query', 'query-params'] as LoggerNamespace[]) : false,
  });
  await orm.getMigrator().up();
  options.logger?.debug({ schema: options.schema }, 'migrations applied');
  return { orm, queries, close: () => orm.close(true) };
}

async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema if not exists "${schema.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
