import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { quoteDatabase, withAdminClient, withDatabase } from '../database.js';
import type { Caller } from '../auth.js';
import { DEV_SUBGRAPH_SECRET } from '../environment.js';
import { createLogger } from '../logger.js';
import { changesHeard } from '../answers.js';
import { compiledAnswerCounts, type CompiledAnswerCounts } from '../compiled-answers.js';
import { createOrm, type OrmHandle } from '../orm.js';
import { startSubgraph, type SubgraphDescriptor } from '../subgraph.js';
import { createTestDatabase, gatewayHeaders, postGraphQL, postGraphQLText, sqlRows, testServerAdminUrl, type GraphQLResponse, type TestDatabase } from './index.js';

type Migrated = Pick<SubgraphDescriptor<any, any>, 'name' | 'entities' | 'migrations'>;

/**
 * A fresh database in which the given subgraphs' migrations have already run: a copy of a
 * template database that the first test file to ask for these subgraphs migrates on the test
 * server, and every later file (of any package sharing the server) copies. Copying is a file
 * copy in the server; running the migrations again for every test file was a large part of the
 * suite's time. What a subgraph does when it starts still runs against the copy: it finds its
 * migrations applied, as it does on every restart, and sets up its role again.
 */
export async function createMigratedTestDatabase(descriptors: readonly Migrated[]): Promise<TestDatabase> {
  return createTestDatabase(await migratedTemplate(descriptors));
}

async function migratedTemplate(descriptors: readonly Migrated[]): Promise<string> {
  const admin = testServerAdminUrl();
  // Named after the migrations' code, not only their names: an edited migration gets a template
  // of its own even on a server that outlives the run (DATABASE_URL).
  const content = descriptors.map((d) => [d.name, d.migrations.map((m) => [m.name, String(m.class)])]);
  const name = `sfxd_template_${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 24)}`;
  await withAdminClient(admin, async (client) => {
    // Test runs sharing a server (DATABASE_URL) may ask for the same template at once: one builds it.
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return;
    // Built under another name and renamed once complete: a build that was interrupted leaves
    // no template that looks finished.
    const building = `${name}_building`;
    await client.query(`drop database if exists ${quoteDatabase(building)} with (force)`);
    await client.query(`create database ${quoteDatabase(building)}`);
    for (const d of descriptors) {
      const db = await createOrm({ url: withDatabase(admin, building), schema: d.name, entities: d.entities, migrations: d.migrations });
      await db.close();
    }
    await client.query(`alter database ${quoteDatabase(building)} rename to ${quoteDatabase(name)}`);
    // The advisory lock ends with the connection.
  });
  return name;
}

export type Ask = (caller: Caller | null, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

export interface TestSubgraphs {
  db: TestDatabase;
  /** A running subgraph: its URL, and its ORM with the SQL statement counter tests read. */
  subgraph(name: string): { url: string; db: OrmHandle };
  /** Requests to one subgraph, carrying the credential the gateway would send for the caller. */
  client(name: string): Ask;
  /**
   * One SQL statement on the test database, on a connection of its own (as an operator would);
   * resolves once the subgraphs have heard of it (see `heard`).
   */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Resolves once the subgraphs (this process) have heard every write committed so far: a write's
   * notice arrives a moment after its commit and empties kept answers, so a test that counts
   * what the next requests compute waits for it first.
   */
  heard(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The given subgraphs on a fresh database of the test server (their migrations already applied),
 * in order (a subgraph's peers must come before it), each on a free port, called as the gateway
 * would call them. One per test file; tests make their own data in it.
 */
export async function startTestSubgraphs(descriptors: readonly SubgraphDescriptor<any, any>[]): Promise<TestSubgraphs> {
  const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const db = await createMigratedTestDatabase(descriptors);
  const running = new Map<string, { url: string; db: OrmHandle; close(): Promise<void> }>();
  try {
    for (const descriptor of descriptors) {
      const service = await startSubgraph(descriptor, {
        databaseUrl: db.url,
        subgraphSecret: DEV_SUBGRAPH_SECRET,
        logger: logger.child({ service: descriptor.name }),
        peerUrls: Object.fromEntries([...running].map(([name, r]) => [name, r.url])),
      });
      const listening = await service.listen(0);
      running.set(descriptor.name, { url: listening.url, db: service.db, close: listening.close });
    }
  } catch (error) {
    for (const r of [...running.values()].reverse()) await r.close();
    await db.drop();
    throw error;
  }
  const subgraph = (name: string) => {
    const found = running.get(name);
    if (!found) throw new Error(`No subgraph ${name} in this test: started ${[...running.keys()].join(', ')}`);
    return found;
  };
  return {
    db,
    subgraph,
    client: (name) => {
      const { url } = subgraph(name);
      return async (caller, query, variables = {}) => postGraphQL(url, query, variables, await gatewayHeaders(caller, DEV_SUBGRAPH_SECRET));
    },
    sql: async (text, params = []) => {
      const rows = await sqlRows(db.url, text, params);
      await changesHeard(db.url);
      return rows;
    },
    heard: () => changesHeard(db.url),
    async close() {
      for (const r of [...running.values()].reverse()) await r.close();
      await db.drop();
    },
  };
}

/** Two more servers of one running subgraph, on its database and peers: one answering compiled, one interpreted. */
export interface CompiledAndInterpreted {
  /** The same request to both, as the gateway would send it for the caller: each raw answer as sent. */
  ask(caller: Caller | null, query: string, variables?: Record<string, unknown>): Promise<{ compiled: string; interpreted: string }>;
  /** How the compiled one answered marked queries so far (graphql-jit, or graphql-js after all). */
  counts(): CompiledAnswerCounts;
  close(): Promise<void>;
}

/**
 * The subgraph `descriptor` (one of `h`'s) started twice more, with marked queries answered
 * compiled (as always) and interpreted by graphql-js (`compiledAnswers: false`), so that a test
 * can hold the two answers to be the same bytes.
 */
export async function compiledAndInterpreted(h: TestSubgraphs, descriptor: SubgraphDescriptor<any, any>): Promise<CompiledAndInterpreted> {
  const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const peerUrls = Object.fromEntries((descriptor.asks ?? []).map((name) => [name, h.subgraph(name).url]));
  const started: { url: string; close(): Promise<void>; schema: import('graphql').GraphQLSchema }[] = [];
  try {
    for (const compiledAnswers of [true, false]) {
      const service = await startSubgraph(descriptor, { databaseUrl: h.db.url, subgraphSecret: DEV_SUBGRAPH_SECRET, logger, peerUrls, compiledAnswers });
      const listening = await service.listen(0).catch(async (error: unknown) => {
        await service.db.close();
        throw error;
      });
      started.push({ url: listening.url, schema: service.schema, close: listening.close });
    }
  } catch (error) {
    for (const s of started) await s.close();
    throw error;
  }
  const [compiled, interpreted] = started as [(typeof started)[0], (typeof started)[0]];
  const raw = async (url: string, caller: Caller | null, query: string, variables: Record<string, unknown>) =>
    (await postGraphQLText(url, query, variables, await gatewayHeaders(caller, DEV_SUBGRAPH_SECRET))).text;
  return {
    async ask(caller, query, variables = {}) {
      return { compiled: await raw(compiled.url, caller, query, variables), interpreted: await raw(interpreted.url, caller, query, variables) };
    },
    counts: () => ({ ...compiledAnswerCounts(compiled.schema) }),
    async close() {
      for (const s of started) await s.close();
    },
  };
}

export interface TestOrm {
  db: OrmHandle;
  /** A fresh EntityManager, as one request would get. */
  em(): EntityManager;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** One subgraph's database, migrated (a copy of a migrated template), without any server: for tests of its services. */
export async function startTestOrm(descriptor: SubgraphDescriptor<any, any>): Promise<TestOrm> {
  const database = await createMigratedTestDatabase([descriptor]);
  const db = await createOrm({ url: database.url, schema: descriptor.name, entities: descriptor.entities, migrations: descriptor.migrations });
  return {
    db,
    em: () => db.orm.em.fork() as unknown as EntityManager,
    sql: (text, params = []) => sqlRows(database.url, text, params),
    async close() {
      await db.close();
      await database.drop();
    },
  };
}
