import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../auth.js';
import { DEV_SUBGRAPH_SECRET } from '../environment.js';
import { createLogger } from '../logger.js';
import { createOrm, type OrmHandle } from '../orm.js';
import { startSubgraph, type SubgraphDescriptor } from '../subgraph.js';
import { createTestDatabase, gatewayHeaders, postGraphQL, sqlRows, type GraphQLResponse, type TestDatabase } from './index.js';

export type Ask = (caller: Caller | null, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

export interface TestSubgraphs {
  db: TestDatabase;
  /** A running subgraph: its URL, and its ORM with the SQL statement counter tests read. */
  subgraph(name: string): { url: string; db: OrmHandle };
  /** Requests to one subgraph, carrying the credential the gateway would send for the caller. */
  client(name: string): Ask;
  /** One SQL statement on the test database, on a connection of its own (as an operator would). */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The given subgraphs on a fresh database of the test server, in order (a subgraph's peers must
 * come before it), each on a free port, called as the gateway would call them. One per test file;
 * tests make their own data in it.
 */
export async function startTestSubgraphs(descriptors: readonly SubgraphDescriptor<any, any>[]): Promise<TestSubgraphs> {
  const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const db = await createTestDatabase();
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
    sql: (text, params = []) => sqlRows(db.url, text, params),
    async close() {
      for (const r of [...running.values()].reverse()) await r.close();
      await db.drop();
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

/** One subgraph's database, migrated, without any server: for tests of its services. */
export async function startTestOrm(descriptor: SubgraphDescriptor<any, any>): Promise<TestOrm> {
  const database = await createTestDatabase();
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
