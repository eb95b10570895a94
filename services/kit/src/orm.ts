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
  /** The last statements run (at most `KEPT`), for tests that check what a request reads. */
  readonly statements: string[] = [];
  private static readonly KEPT = 50;
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
  record(statement: string): void {
    this.count++;
    this.statements.push(statement);
    if (this.statements.length > QueryCounter.KEPT) this.statements.shift();
  }
}

class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly counter: QueryCounter) {
    super(options);
  }
  override logQuery(context: { query: string } & LogContext): void {
    this.counter.record(context.query);
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
  /** The database role requests run as, or null when it could not be set up. */
  role: string | null;
  close(): Promise<void>;
}

/**
 * Connects, creates the subgraph's schema if needed and runs pending migrations as the connecting
 * user; then serves through a connection pool that runs as the subgraph's own database role
 * (see `ensureServiceRole`).
 */
export async function createOrm(options: OrmOptions): Promise<OrmHandle> {
  const queries = new QueryCounter();
  const role = await whileMigrating(options.url, options.schema, () => migrate(options));
  const orm = await MikroORM.init<PostgreSqlDriver>(ormConfig(options, queries, role));
  return { orm, queries, role, close: () => orm.close(true) };
}

/** Creates the schema, runs pending migrations as the connecting user and sets up the service role. */
async function migrate(options: OrmOptions): Promise<string | null> {
  await ensureSchema(options.url, options.schema);
  const owner = await MikroORM.init<PostgreSqlDriver>(ormConfig(options, new QueryCounter(), null));
  try {
    await owner.getMigrator().up();
  } finally {
    await owner.close(true);
  }
  options.logger?.debug({ schema: options.schema }, 'migrations applied');
  return ensureServiceRole(options.url, options.schema, options.logger);
}

/**
 * Several processes of one subgraph starting at once (replicas, a seeding command beside them)
 * would run the same migrations and grants side by side and fail on each other's rows: one
 * migrates while the others wait. The lock is a transaction's, held by a connection of its own,
 * so it also holds through a pooler in transaction mode.
 */
async function whileMigrating<T>(url: string, schema: string, work: () => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('begin');
    await lock.query(`select pg_advisory_xact_lock(hashtext('sfxd-migrate'), hashtext($1))`, [schema]);
    return await work();
  } finally {
    await lock.query('rollback').catch(() => {});
    await lock.end();
  }
}

function ormConfig(options: OrmOptions, queries: QueryCounter, role: string | null) {
  return {
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
    pool: {
      min: 0,
      max: options.poolSize ?? 10,
      ...(role ? { afterCreate: (conn: PoolConnection, done: (error: Error | null, conn: PoolConnection) => void) => conn.query(`set role "${role}"`, (error) => done(error, conn)) } : {}),
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    loggerFactory: (o: LoggerOptions) => new CountingLogger(o, queries),
    // Statements with their placeholders only: 'query-params' would print every value (names, birth dates).
    debug: process.env.SQL_DEBUG ? (['query'] as LoggerNamespace[]) : false,
  };
}

interface PoolConnection {
  query(text: string, callback: (error: Error | null) => void): void;
}

/** The database role a subgraph's requests run as. */
export const serviceRoleName = (schema: string) => `sfxd_${schema}_app`;

/**
 * A role that may read and write the subgraph's own schema and nothing else, and may only add
 * to its audit trail: a bug or an injection in one subgraph can neither read another's tables
 * nor rewrite history. Needs a user allowed to create roles (the embedded server's is); where
 * DATABASE_URL's user is not, the service runs as that user and the audit trigger still guards.
 */
export async function ensureServiceRole(url: string, schema: string, logger?: Logger): Promise<string | null> {
  const role = serviceRoleName(schema);
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Roles belong to the whole server, not one database: services of other databases on the same
    // server (tests running side by side, several platforms on one server) set up the same role at
    // the same moments, and two sessions writing one catalog row fail ("tuple concurrently
    // updated"). So only what is missing is written.
    // A superuser may take on any role without being granted it; another user needs the grant
    // (made again each time: from PostgreSQL 16 a role's creator holds it without the right to SET it).
    const { rows } = await client.query<{ exists: boolean; superuser: boolean }>(
      `select exists (select 1 from pg_roles where rolname = $1) as exists,
              (select rolsuper from pg_roles where rolname = current_user) as superuser`,
      [role],
    );
    if (!rows[0]!.exists) await client.query(`do $$ begin create role ${q(role)} nologin; exception when duplicate_object or unique_violation then null; end $$`);
    await client.query(`grant usage on schema ${q(schema)} to ${q(role)}`);
    await client.query(`grant select, insert, update, delete on all tables in schema ${q(schema)} to ${q(role)}`);
    await client.query(`grant usage, select on all sequences in schema ${q(schema)} to ${q(role)}`);
    const audit = await client.query(`select to_regclass($1) as t`, [`${q(schema)}."audit_event"`]);
    if (audit.rows[0]?.t) await client.query(`revoke update, delete, truncate on ${q(schema)}."audit_event" from ${q(role)}`);
    if (!rows[0]!.superuser) await client.query(`grant ${q(role)} to current_user`);
    return role;
  } catch (error) {
    logger?.warn({ err: error, role }, 'cannot set up the service database role; running as the connecting user');
    return null;
  } finally {
    await client.end();
  }
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
