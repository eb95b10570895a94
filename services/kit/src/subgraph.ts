import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { z } from 'zod';
import type { Caller } from './auth.js';
import { DEFAULT_CALL_TIMEOUT_MS, peerTimeoutFor, subgraphClient, type Peers } from './client.js';
import { baseEnvironment, loadEnvironment, port } from './environment.js';
import { createLogger, type Logger } from './logger.js';
import { createOrm, type Orm, type OrmHandle, type OrmOptions } from './orm.js';
import { subgraphUrlList } from './replicas.js';
import { readRouterTrust, routerTrustEnvironment, routerTrustFrom, type RouterTrustOptions } from './router.js';
import { createSubgraphServer, onShutdown, type SubgraphServer } from './server.js';
import { importBudgetFor } from './xlsx/sheet-types.js';

/**
 * Everything the platform needs to know about one subgraph, in its package's `src/subgraph.ts`.
 * The list of descriptors (`@sfxd/subgraphs`) is the only place that names them all: schema
 * composition, `npm start`, the gateway's URLs, the tests and the README's table
 * are derived from it.
 */
export interface SubgraphDescriptor<L = unknown, S = never> {
  /** Its name in the supergraph, its PostgreSQL schema, and the prefix of its variables (`UNITS_PORT`). */
  name: string;
  defaultPort: number;
  /** What it owns and adds to others, one line for the README's table. */
  summary: string;
  buildSchema(): Promise<GraphQLSchema>;
  entities: OrmOptions['entities'];
  migrations: OrmOptions['migrations'];
  /** The request's DataLoaders: batching only (the SQL is in the repositories). */
  createLoaders(em: EntityManager, caller: Caller | null): L;
  /**
   * Subgraphs it asks through `ctx.peers` (they start before it). Also what its kept answers depend
   * on besides its own schema (see AnswerCache): so it names the subgraphs that those it asks ask, too.
   */
  asks?: readonly string[];
  /** Loads its part of the demo data into its empty schema; true when it did. */
  seed?(orm: Orm, data: S): Promise<boolean>;
}

/** `members` → `MEMBERS`: the prefix of a subgraph's variables. */
export const variablePrefix = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
export const portVariable = (name: string) => `${variablePrefix(name)}_PORT`;
export const urlVariable = (name: string) => `${variablePrefix(name)}_URL`;

/** Where a subgraph listens when nothing says otherwise. */
export const defaultSubgraphUrl = (descriptor: Pick<SubgraphDescriptor, 'defaultPort'>, host = '127.0.0.1') =>
  `http://${host}:${descriptor.defaultPort}/graphql`;

/** `UNITS_PORT`, `MEMBERS_PORT`…, each defaulting to its subgraph's port. */
export function portVariables(descriptors: readonly Pick<SubgraphDescriptor, 'name' | 'defaultPort'>[]) {
  return Object.fromEntries(descriptors.map((d) => [portVariable(d.name), port(d.defaultPort)]));
}

/** `UNITS_URL`, `MEMBERS_URL`…: optional overrides of where each subgraph runs. */
export function urlVariables(descriptors: readonly Pick<SubgraphDescriptor, 'name'>[]) {
  return Object.fromEntries(descriptors.map((d) => [urlVariable(d.name), z.string().url().optional()]));
}

export interface StartSubgraphOptions {
  databaseUrl: string;
  subgraphSecret: string;
  production?: boolean;
  logger?: Logger;
  /** GraphQL URL of each subgraph named in `asks`, or several (one per process of it), called in turn. */
  peerUrls?: Readonly<Record<string, string | readonly string[]>>;
  /** The gateway's deadline for a call to this subgraph (SUBGRAPH_TIMEOUT_MS): imports answer before it. */
  callTimeoutMs?: number;
  /** Overrides the import budget derived from `callTimeoutMs` (a test's hurried import). */
  importBudgetMs?: number;
  /**
   * Calls from a router (Hive Gateway, Apollo Router) beside the gateway's: see router.ts. Unset:
   * as ROUTER_SECRET and the user-token variables of this process say (off without ROUTER_SECRET),
   * so the subgraphs that `npm start` runs in one process are configured like those run alone.
   */
  router?: RouterTrustOptions | false;
  /** See SubgraphServerOptions.compiledAnswers (tests compare both ways of answering). */
  compiledAnswers?: boolean;
}

export interface StartedSubgraph extends SubgraphServer {
  db: OrmHandle;
  schema: GraphQLSchema;
}

/** Connects, migrates and builds one subgraph; the caller decides where it listens. */
export async function startSubgraph<L>(descriptor: SubgraphDescriptor<L, any>, options: StartSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger ?? createLogger(descriptor.name);
  const peers: Peers = Object.fromEntries(
    (descriptor.asks ?? []).map((name) => {
      const urls = options.peerUrls?.[name];
      if (!urls?.length) throw new Error(`The ${descriptor.name} subgraph asks ${name}, but no URL for ${name} was given`);
      const timeoutMs = peerTimeoutFor(options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
      return [name, subgraphClient(name, urls, options.subgraphSecret, { timeoutMs, production: options.production ?? false })];
    }),
  );
  const db = await createOrm({ url: options.databaseUrl, schema: descriptor.name, entities: descriptor.entities, migrations: descriptor.migrations, logger });
  try {
    const schema = await descriptor.buildSchema();
    const server = createSubgraphServer({
      name: descriptor.name,
      schema,
      db,
      subgraphSecret: options.subgraphSecret,
      logger,
      production: options.production ?? false,
      router: options.router === undefined ? readRouterTrust(process.env, options.production ?? false) : options.router || undefined,
      peers,
      createLoaders: descriptor.createLoaders,
      importBudgetMs: options.importBudgetMs ?? importBudgetFor(options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS),
      databaseUrl: options.databaseUrl,
      // Its schema is named after it (createOrm above); what it asks may answer from theirs.
      dependsOn: [descriptor.name, ...(descriptor.asks ?? [])],
      compiledAnswers: options.compiledAnswers,
    });
    return { ...server, db, schema };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * The variables a subgraph run on its own reads: its port and host, the URLs of the subgraphs it
 * asks. A peer found in `all` defaults to its port on this machine; one not in it (a subgraph's own
 * `main.js` knows only itself) must be given.
 */
export function subgraphEnvironment(descriptor: SubgraphDescriptor<any, any>, all: readonly SubgraphDescriptor<any, any>[] = [descriptor]) {
  const prefix = variablePrefix(descriptor.name);
  const peers = (descriptor.asks ?? []).map((name) => {
    const peer = all.find((d) => d.name === name);
    // Several processes of the peer: `MEMBERS_URL=http://a:4002/graphql,http://b:4002/graphql`, as for the gateway.
    return [urlVariable(name), peer ? subgraphUrlList.default([defaultSubgraphUrl(peer)]) : subgraphUrlList] as const;
  });
  return baseEnvironment.extend({
    // A subgraph on its own needs a database server; `npm start` passes the embedded one's URL.
    DATABASE_URL: z.string().url(),
    [`${prefix}_PORT`]: port(descriptor.defaultPort),
    [`${prefix}_HOST`]: z.string().default('127.0.0.1'),
    ...Object.fromEntries(peers),
    // The gateway's deadline for calls here, as set on the gateway: imports answer before it.
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_CALL_TIMEOUT_MS),
    ...routerTrustEnvironment.shape,
  });
}

export function readSubgraphEnvironment(descriptor: SubgraphDescriptor<any, any>, all: readonly SubgraphDescriptor<any, any>[] = [descriptor], env: NodeJS.ProcessEnv = process.env) {
  return loadEnvironment(subgraphEnvironment(descriptor, all), env) as z.infer<typeof baseEnvironment> & { DATABASE_URL: string } & Record<string, string | number | string[]>;
}

/**
 * Runs one subgraph on its own, as a deployment and `npm start` do (`services/<name>/dist/main.js`):
 * reads its variables, listens, and drains on SIGTERM. `all` is the list of subgraphs, for the
 * default URLs of the ones it asks; without it their URLs must be given.
 */
export async function runSubgraph(descriptor: SubgraphDescriptor<any, any>, all: readonly SubgraphDescriptor<any, any>[] = [descriptor], env: NodeJS.ProcessEnv = process.env) {
  const values = readSubgraphEnvironment(descriptor, all, env);
  const prefix = variablePrefix(descriptor.name);
  const logger = createLogger(descriptor.name, values.LOG_LEVEL);
  const service = await startSubgraph(descriptor, {
    databaseUrl: values.DATABASE_URL,
    subgraphSecret: values.SUBGRAPH_SECRET,
    production: values.NODE_ENV === 'production',
    logger,
    peerUrls: Object.fromEntries((descriptor.asks ?? []).map((name) => [name, values[urlVariable(name)] as string[]])),
    callTimeoutMs: Number(values.SUBGRAPH_TIMEOUT_MS),
    router: routerTrustFrom(values as never, values.NODE_ENV === 'production') ?? false,
  });
  const listening = service.listen(Number(values[`${prefix}_PORT`]), String(values[`${prefix}_HOST`]));
  // Handlers first: a SIGTERM that arrives as the server starts listening still drains it.
  onShutdown(async () => (await listening).close(), logger);
  const running = await listening;
  return running;
}
