import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import express from 'express';
import { ArgumentValidationError } from 'type-graphql';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AnswerCache, invalidateAnswers, listenForChanges, requestAnswers } from './answers.js';
import { entityAnswerCache, stringifyResult } from './entity-answers.js';
import { INTERNAL_TOKEN_HEADER, internalTokenVerifier, type Caller } from './auth.js';
import { DEFAULT_CALL_TIMEOUT_MS, type Peers } from './client.js';
import { isDatabaseUnavailable } from './database.js';
import type { RequestContext } from './context.js';
import { loggableError, withoutStatementValues } from './log-safety.js';
import type { Logger } from './logger.js';
import type { OrmHandle } from './orm.js';
import { assertProductionSecrets } from './environment.js';
import { ROUTER_CREDENTIAL_HEADER, ROUTER_FORWARDED_FOR_HEADER, createRouterTrust, type RouterTrustOptions } from './router.js';
import { withoutSuggestions } from './suggestions.js';
import { importBudgetFor } from './xlsx/sheet-types.js';

export interface SubgraphServerOptions<L> {
  name: string;
  schema: GraphQLSchema;
  db: OrmHandle;
  /** Shared with the gateway only; requests without the gateway's signed credential are refused. */
  subgraphSecret: string;
  /**
   * Also accept calls from a router that forwards the user's token with the router credential
   * (ROUTER_SECRET, see router.ts); unset: only the gateway's credential opens this subgraph.
   */
  router?: RouterTrustOptions;
  logger: Logger;
  production: boolean;
  /** The subgraphs this one asks, handed to every request as `ctx.peers`. */
  peers?: Peers;
  createLoaders: (em: EntityManager, caller: Caller | null) => L;
  /** See RequestContext.importBudgetMs; default for the gateway's default deadline. */
  importBudgetMs?: number;
  /** The database to listen on for other processes' writes (see `AnswerCache`); without it cached answers live for their TTL. */
  databaseUrl?: string;
  /**
   * The schemas this subgraph's answers are computed from: its own (written to by its mutations)
   * first, then those of the subgraphs it asks. Writes to other schemas leave its kept answers
   * alone. Unset: every write empties them.
   */
  dependsOn?: readonly string[];
  /** Run the queries that read marked fields only compiled (graphql-jit; see compiledExecutor). Default true. */
  compiledAnswers?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A GraphQL POST as the gateway sends it: its headers (lower-case names) and its JSON body, parsed. */
export interface InProcessRequest {
  headers: Readonly<Record<string, string>>;
  body: unknown;
}

export interface InProcessResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface SubgraphServer<L = unknown> {
  app: express.Express;
  listen(port: number, host?: string): Promise<RunningServer>;
  /**
   * The same request without the HTTP hop, for a gateway in the same process (the bench measures
   * what the hop costs): the same credential check, context and Apollo server as `/graphql`.
   */
  executeInProcess(request: InProcessRequest): Promise<InProcessResponse>;
  /**
   * The context `/graphql` and `executeInProcess` give one request's resolvers, for a caller
   * already verified: the bench measures the schema with the context the server really makes.
   */
  requestContext(caller: Caller | null, clientAddress?: string | null, requestId?: string): RequestContext<L>;
  /** The answers this process keeps (see `AnswerCache`): the bench empties them to measure a cold request. */
  readonly answers: AnswerCache;
}

/** An Apollo HTTP answer read whole (a streamed one joined), for a caller that is not an HTTP response. */
export async function wholeAnswer(answer: HTTPGraphQLResponse): Promise<InProcessResponse> {
  let body = '';
  if (answer.body.kind === 'complete') body = answer.body.string;
  else for await (const chunk of answer.body.asyncIterator) body += chunk;
  return { status: answer.status ?? 200, headers: [...answer.headers], body };
}

/**
 * How long our servers keep an idle connection open: longer than their callers keep one (the
 * gateway's agent drops its idle sockets after 4 s, fetch after about as long). With Node's
 * default of 5 s, a caller whose event loop stalled a second could write a request onto a
 * socket the server was closing that instant, and get a reset: an error for a query, and a
 * mutation that is never sent again.
 */
export const IDLE_CONNECTION_MS = 65_000;

export function keepIdleConnections(server: http.Server): http.Server {
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  // Headers of a request on a kept connection may take as long to begin as the connection idles.
  server.headersTimeout = IDLE_CONNECTION_MS + 1_000;
  return server;
}

export function createSubgraphServer<L>(options: SubgraphServerOptions<L>): SubgraphServer<L> {
  const { db, logger } = options;
  if (options.production && options.router) {
    assertProductionSecrets({ NODE_ENV: 'production', SUBGRAPH_SECRET: options.subgraphSecret, JWT_SECRET: options.router.jwtSecret, ROUTER_SECRET: options.router.routerSecret });
  }
  const routerTrust = options.router ? createRouterTrust(options.router) : undefined;
  const verifyInternalToken = internalTokenVerifier(options.subgraphSecret);
  const changes = options.databaseUrl ? listenForChanges(options.databaseUrl, logger) : null;
  const answers = new AnswerCache(undefined, undefined, undefined, options.dependsOn, changes ?? undefined);
  const app = express();
  app.disable('x-powered-by');
  // Express would tag every answer (a weak hash of its body); only a kept answer has a tag here,
  // the one the gateway revalidates it by (entity-answers.ts).
  app.disable('etag');
  const httpServer = keepIdleConnections(http.createServer(app));

  const apollo = new ApolloServer<RequestContext<L>>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    csrfPrevention: true,
    // The process that runs the server decides how signals stop it (`onShutdown`, `npm start`): Apollo's
    // own handlers would stop every server at once, and a second concurrent stop() never returns.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, options.production, logger),
    stringifyResult,
    // Inline traces are for Apollo's hosted studio, which an offline intranet never reaches. Cache
    // hints are computed per resolved field and nothing reads them (the gateway caches no answers by them).
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(),
      mutationTransactionGuard(options.dependsOn?.[0]), requestLog(logger), entityAnswerCache(options.schema, { compiled: options.compiledAnswers }),
    ],
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await db.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      logger.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });

  const started = apollo.start();

  const peers = options.peers ?? {};
  const importBudgetMs = options.importBudgetMs ?? importBudgetFor(DEFAULT_CALL_TIMEOUT_MS);
  // What a request does not use is not made: a query answered from raw rows needs no DataLoaders,
  // one that logs nothing no child logger, `_service` not even an EntityManager. Each is made once,
  // on first use, and the same one is seen by every resolver of the request.
  const contextFor = (caller: Caller | null, clientAddress: string | null, requestIdHeader: string | undefined): RequestContext<L> => {
    let em: EntityManager | undefined;
    let loaders: L | undefined;
    let log: Logger | undefined;
    let requestId = requestIdHeader;
    const forked = () => (em ??= db.orm.em.fork() as unknown as EntityManager);
    const id = () => (requestId ??= randomUUID());
    // What it keeps knows whether a peer's answer went into it (see `requestAnswers`).
    let view: ReturnType<typeof requestAnswers> | undefined;
    const viewed = () => (view ??= requestAnswers(answers, peers));
    return {
      caller, clientAddress, importBudgetMs,
      get peers() {
        return viewed().peers;
      },
      get answers() {
        return viewed().answers;
      },
      get em() {
        return forked();
      },
      get loaders() {
        return (loaders ??= options.createLoaders(forked(), caller));
      },
      get requestId() {
        return id();
      },
      get log() {
        return (log ??= logger.child({ requestId: id() }));
      },
    };
  };

  // Identity check before any GraphQL work, `_service` and `_entities` included. The gateway's
  // credential, when sent, is the only one looked at; a router's counts only where it is configured.
  app.use('/graphql', async (req, res, next) => {
    const gatewayToken = req.header(INTERNAL_TOKEN_HEADER);
    const routerCredential = req.header(ROUTER_CREDENTIAL_HEADER);
    const identity =
      gatewayToken === undefined && routerCredential !== undefined && routerTrust
        ? await routerTrust({ credential: routerCredential, authorization: req.header('authorization'), forwardedFor: req.header(ROUTER_FORWARDED_FOR_HEADER) })
        : await verifyInternalToken(gatewayToken);
    if (!identity.ok) {
      res.status(401).json({ errors: [{ message: `Refused: ${identity.reason}; call the gateway`, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    res.locals.caller = identity.caller;
    res.locals.clientAddress = identity.clientAddress;
    next();
  });
  // Clients' 2 MB limit is the gateway's. What reaches a subgraph is the gateway's own query plan,
  // whose `_entities` batches grow with the data (70,000 teams of a province are ~4 MB).
  app.use('/graphql', express.json({ limit: '64mb' }));
  let graphql: express.RequestHandler | undefined;
  app.use('/graphql', async (req, res, next) => {
    await started;
    // Made once, after Apollo has started (the integration refuses an unstarted server).
    graphql ??= expressMiddleware(apollo, {
      context: async ({ req: request, res: response }) =>
        contextFor(response.locals.caller as Caller | null, (response.locals.clientAddress as string | null | undefined) ?? null, request.header('x-request-id')),
    });
    return graphql(req, res, next);
  });

  const executeInProcess = async (request: InProcessRequest): Promise<InProcessResponse> => {
    await started;
    const identity = await verifyInternalToken(request.headers[INTERNAL_TOKEN_HEADER]);
    if (!identity.ok) {
      const body = JSON.stringify({ errors: [{ message: `Refused: ${identity.reason}; call the gateway`, extensions: { code: 'UNAUTHENTICATED' } }] });
      return { status: 401, headers: [['content-type', 'application/json']], body };
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: request.body },
      context: async () => contextFor(identity.caller, identity.clientAddress ?? null, request.headers['x-request-id']),
    });
    return wholeAnswer(answer);
  };

  return {
    app,
    executeInProcess,
    answers,
    requestContext: (caller, clientAddress = null, requestId) => contextFor(caller, clientAddress, requestId),
    listen: async (port, host = '127.0.0.1') => {
      await started;
      await changes?.ready;
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      const url = `http://${host}:${actual}/graphql`;
      logger.info({ url }, `${options.name} subgraph listening`);
      return {
        url,
        port: actual,
        close: async () => {
          await apollo.stop();
          answers.close();
          await changes?.release();
          await db.close();
        },
      };
    },
  };
}

/** One structured line per operation: who, what, how long, how it ended. No variables (personal data). */
function requestLog<L>(logger: Logger): ApolloServerPlugin<RequestContext<L>> {
  return {
    async requestDidStart({ contextValue }) {
      // Below info (a bench, a quiet deployment) the line would be dropped: skip its child logger and timing.
      if (!logger.isLevelEnabled('info')) return;
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          contextValue.log.info(
            {
              operation: operation?.operation,
              operationName,
              role: contextValue.caller?.role ?? 'anonymous',
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => e.extensions?.code ?? 'ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}

/**
 * A mutation that forgot its transaction would leave changes unflushed and unaudited;
 * this fails loudly in development if a resolver left pending changes behind.
 */
function mutationTransactionGuard<L>(ownSchema: string | undefined): ApolloServerPlugin<RequestContext<L>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation }) {
          if (operation?.operation !== 'mutation') return;
          // Committed by now: this process's next read must not see an answer from before it,
          // even before the write's notice comes back from the database. A subgraph writes its own
          // schema only; the caches that depend on it (this one's, and its askers' here) are emptied.
          invalidateAnswers(ownSchema);
          const uow = contextValue.em.getUnitOfWork();
          uow.computeChangeSets();
          if (uow.getChangeSets().length > 0) contextValue.log.error('a mutation left unflushed changes: wrap it in em.transactional');
        },
      };
    },
  };
}

/** Known failures become the codes of DESIGN.md §5; anything else is masked in production. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean, logger: Logger): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof OptimisticLockError) {
    return { ...formatted, message: 'The record was changed by someone else; reload and try again', extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { ...formatted, message: 'A record with the same unique value already exists', extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = validationProblems(original.extensions.validationErrors as ValidationError[]);
    // The constraint messages, not "Argument Validation Error"; never the input echoed back.
    return {
      message: problems.map((p) => p.message).join('; ') || formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', ...(problems[0] ? { field: problems[0].field.split('.').pop() } : {}), problems },
    };
  }
  const code = formatted.extensions?.code;
  if ((code === 'INTERNAL_SERVER_ERROR' || code === undefined) && isDatabaseUnavailable(original)) {
    // Not a bug: the database is down or restarting and the pool reconnects by itself; the caller may try again.
    logger.warn({ err: loggableError(original) }, 'database unavailable');
    return { message: 'The database is unavailable right now; try again later', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'UNREACHABLE' } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger.error({ err: loggableError(original) }, 'unexpected error');
    if (production) return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    return withoutStatementValues(formatted, original);
  }
  if (production) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
  }
  return formatted;
}

function validationProblems(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}

/** Stops the server on SIGTERM/SIGINT, letting requests in flight finish. */
export function onShutdown(close: () => Promise<void>, logger: Logger): void {
  let closing = false;
  const handler = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => handler('SIGTERM'));
  process.once('SIGINT', () => handler('SIGINT'));
  // Forked by a supervisor (`npm start`): its channel closes when it exits, even killed outright.
  if (typeof process.send === 'function') process.once('disconnect', () => handler('supervisor gone'));
}
