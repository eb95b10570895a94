import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  CALLER_ERROR_CODES, DEFAULT_CALL_TIMEOUT_MS, INTERNAL_TOKEN_HEADER, UNAVAILABLE_STATUSES, assertProductionSecrets, createLogger, keepIdleConnections, failureReason, isMutationText, refusedConnection, signInternalToken,
  stringifyResult, withoutSuggestions, wholeAnswer, type Logger, type UnavailableReason,
} from '@sfxd/kit';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { ApolloGateway, RemoteGraphQLDataSource, plainExports } from './apollo-gateway.js';
import { graphiqlAssets, graphiqlPage } from './graphiql.js';
import { DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS, PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS, createIdentityVerifier } from './identity.js';
import { keptAnswers, recordCall, type KeptAnswerStats, type RecordedCall, type RecordingContext } from './kept-answers.js';
import { DEFAULT_LIMITS, armorProtections, demandControlOf, requestLimitsPlugin, type GatewayLimits } from './limits.js';
import { createRequestSharing, type SharedAnswer, type SharedRequestStats } from './shared-requests.js';
import { bodyBytesOf, callingAs, createSubgraphFetcher, jsonBodyOf, strongTag, taggedAnswer, type SubgraphFetchStats } from './subgraph-fetch.js';

/** What each request carries through the gateway (kept-answers.ts records its calls in it). */
export type GatewayContext = RecordingContext;

export interface GatewayOptions {
  /**
   * Subgraph name (as in the supergraph) → URL, overriding the URLs composed into it; or several
   * URLs, one per process of that subgraph, over which calls are spread (see subgraph-fetch.ts).
   */
  subgraphUrls: Record<string, string | readonly string[]>;
  supergraphSdl?: string;
  jwtSecret: string;
  jwksUrl?: string;
  jwksFile?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  subgraphSecret: string;
  subgraphTimeoutMs?: number;
  corsOrigins?: string[];
  /**
   * Which hops' `X-Forwarded-For` to believe when telling subgraphs the client's address (Express's
   * `trust proxy`): default `loopback`, the dashboard's server on this machine; add a reverse
   * proxy's address when one fronts the platform. A header from anyone else is ignored.
   */
  trustProxy?: string;
  production?: boolean;
  /** Abuse limits; defaults from `DEFAULT_LIMITS` and the supergraph's `@listSize`/`@cost`. */
  limits?: Partial<GatewayLimits>;
  /** Longest lifetime (exp − iat) of a user token; default 24 h in production, 30 days in development. */
  maxTokenLifetimeSeconds?: number;
  /** Open connections to each subgraph at most (kept alive between calls); default 32. */
  subgraphMaxSockets?: number;
  /** Share identical in-flight subgraph queries of the same caller scope; default true (the bench turns it off to compare). */
  deduplicateSubgraphQueries?: boolean;
  /** Answer identical query requests in flight at once with one execution (shared-requests.ts); default true. */
  deduplicateRequests?: boolean;
  /** Keep whole answers and give them again once every subgraph says its part is unchanged (kept-answers.ts); default true. */
  keepAnswers?: boolean;
  /** Bytes the kept answers may take at most (see KEPT_ANSWERS_BYTES; each gateway process holds its own). */
  keptAnswersBytes?: number;
  /** Serve GraphiQL to browsers at GET /graphql; default: in development only. */
  graphiql?: boolean;
  /**
   * Subgraphs answered in this process instead of over HTTP (the bench's measure of the HTTP hop):
   * each call is handed, with the same headers and internal credential, to the subgraph's own
   * server (`SubgraphServer.executeInProcess`). No deadline, keep-alive or deduplication applies.
   */
  inProcessSubgraphs?: Record<string, InProcessSubgraph>;
  logger?: Logger;
}

/** A subgraph's server in this process: a GraphQL POST's headers and parsed body in, its answer out. */
export type InProcessSubgraph = (request: { headers: Readonly<Record<string, string>>; body: unknown }) => Promise<{ status: number; headers: [string, string][]; body: string }>;

/** A `fetch` for `RemoteGraphQLDataSource` that hands the call to a subgraph in this process. */
function inProcessFetcher(subgraph: InProcessSubgraph) {
  return async (_url: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<Response> => {
    const answer = await subgraph({ headers: init.headers ?? {}, body: init.body === undefined ? undefined : JSON.parse(init.body) });
    // A 304 (a kept answer revalidated) has no body, and a Response refuses one.
    return new Response(answer.status === 304 ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}

export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** The request body each subgraph call sent, by its response (see `didReceiveResponse`). */
const sentBodies = new WeakMap<Response, string>();

class GatewayDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0]) {
    super(config);
    const send = this.fetcher as unknown as (url: string, init?: { body?: unknown }) => Promise<Response>;
    this.fetcher = (async (url: string, init?: { body?: unknown }) => {
      const response = await send(url, init);
      if (typeof init?.body === 'string') sentBodies.set(response, init.body);
      return response;
    }) as unknown as RemoteGraphQLDataSource['fetcher'];
  }

  /**
   * A query's subgraph calls may be shared with identical ones of the same caller scope, and sent
   * again after a stale connection; a mutation's never (nor the reads planned after it, which must
   * see what it wrote).
   */
  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const query = 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'query';
    const scope = query && typeof options.context.scope === 'string' ? options.context.scope : null;
    const replay = query ? (options.context.replay ?? null) : null;
    return callingAs({ query, scope, replay }, () => super.process(options));
  }

  /** A JSON answer the gateway's fetcher read whole is parsed from its bytes (see `jsonBodyOf`). */
  override parseBody(...[response, request, context]: Parameters<RemoteGraphQLDataSource<GatewayContext>['parseBody']>) {
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
      const parsed = jsonBodyOf(response as unknown as Response);
      if (parsed !== undefined) return Promise.resolve(parsed as object);
    }
    return super.parseBody(response, request, context);
  }

  /** Each call of a request that may be kept is recorded with its answer's tag (kept-answers.ts). */
  override didReceiveResponse({ response, request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    // Only while the request records (a query not answered from a kept answer, not yet given up).
    if (!Array.isArray((context as Partial<GatewayContext>).calls)) return response;
    const sent = request.http;
    const fetched = response.http as unknown as Response | undefined;
    // The body as sendRequest wrote it (its representations are megabytes at the province: not written again).
    const body = fetched && sentBodies.get(fetched);
    if (sent && fetched && body !== undefined) {
      const tag = strongTag(fetched.headers.get('etag'));
      const bytes = bodyBytesOf(fetched);
      recordCall(context as Partial<GatewayContext>, {
        fetcher: this.fetcher as unknown as RecordedCall['fetcher'],
        url: sent.url,
        headers: Object.fromEntries(sent.headers),
        body,
        // A weak tag (a web server's hash of any body) says nothing a POST can be revalidated by.
        tag,
        // What a 304 to this call will stand for: the answer as the fetcher read it.
        answer: tag && bytes && fetched.status === 200 ? taggedAnswer(bytes, fetched.headers.get('content-type'), tag, fetched.statusText) : undefined,
      });
    }
    return response;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Calls the gateway makes for itself (none with a static supergraph) carry no context.
    if (!('internalToken' in context) || !context.internalToken) return;
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, context.internalToken);
    request.http?.headers.set('x-request-id', context.requestId);
  }

  /**
   * The gateway passes custom scalars (`Date`) through unparsed; the subgraph that owns the field
   * refuses a malformed one with HTTP 400. That is the caller's bad input, not a server failure.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    if (response.status === 400) {
      const body = (await response.clone().json().catch(() => undefined)) as { errors?: { message?: unknown }[] } | undefined;
      const message = body?.errors?.[0]?.message;
      if (typeof message === 'string') {
        const field = /at "(?:[^"]*\.)?([^".[\]]+)(?:\[\d+\])?"/.exec(message)?.[1];
        return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
      }
    }
    return super.errorFromResponse(response);
  }

  /**
   * A call that got no answer at all (the subgraph is down, refused the connection, or passed the
   * deadline), or whose answer says that it cannot answer now (HTTP 502, 503 or 504, from the
   * subgraph or a load balancer in front of it), fails its part of the plan only: the rest of the
   * answer still goes out, with an error the caller can act on that names no host, port or URL.
   */
  override didEncounterError(error: Error, _fetchRequest: unknown, fetchResponse?: { status?: number }, _context?: unknown, request?: { query?: string }): void {
    const mutation = isMutationText(request?.query ?? '');
    if (fetchResponse === undefined) throw subgraphUnavailable(error, mutation, failureReason(error));
    if (fetchResponse.status !== undefined && UNAVAILABLE_STATUSES.has(fetchResponse.status)) throw subgraphUnavailable(error, mutation, 'UNAVAILABLE');
    throw error;
  }
}

/** SERVICE_UNAVAILABLE: part of the answer could not be had now; a read may succeed later. */
function subgraphUnavailable(error: Error, mutation: boolean, reason: UnavailableReason): GraphQLError {
  // A refused connection carried nothing; any other lost answer may follow a change that was made
  // (a proxy's 502 or 504 may come after the subgraph made it, and a 503 is not sure to come before).
  // The gateway never sends a change twice: the caller must look before trying again.
  const refused = refusedConnection(error);
  const message = !mutation
    ? reason === 'TIMEOUT'
      ? 'Part of this answer was not ready within the gateway\'s deadline; try again later'
      : 'Part of this answer is unavailable right now; try again later'
    : refused
      ? 'The change was not made: the service is unavailable right now; try again later'
      : `The change was not confirmed (${reason === 'TIMEOUT' ? 'no answer within the gateway\'s deadline' : reason === 'UNAVAILABLE' ? 'the service answered that it is unavailable' : 'the connection was lost'}); it may or may not have been made: check before trying again`;
  // The original reason names the subgraph's address: kept for development, masked in production.
  return new GraphQLError(message, { originalError: error, extensions: { code: 'SERVICE_UNAVAILABLE', reason, cause: error.message } });
}

export async function createGateway(options: GatewayOptions) {
  const logger = options.logger ?? createLogger('gateway');
  if (!plainExports()) logger.warn('@apollo/gateway was loaded before gateway/src/apollo-gateway.ts could give it plain federation-internals: answers are shaped more slowly');
  const production = options.production ?? false;
  // The environment loader refuses development secrets in production; a gateway built in code
  // (the platform, tests) must not be able to skip that check.
  if (production) assertProductionSecrets({ NODE_ENV: 'production', JWT_SECRET: options.jwtSecret, SUBGRAPH_SECRET: options.subgraphSecret });
  const supergraphSdl = options.supergraphSdl ?? readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
  // List sizes and weights are declared by the subgraphs that know the data (`@listSize`, `@cost`).
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, demandControl: demandControlOf(supergraphSdl), ...options.limits };
  const armor = armorProtections(limits);
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const verify = createIdentityVerifier({
    ...options,
    issuer: options.jwtIssuer,
    audience: options.jwtAudience,
    maxLifetimeSeconds: options.maxTokenLifetimeSeconds ?? (production ? PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS : DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS),
  });
  // A schema browser helps developers and maps the API for a probe; production serves it only when asked to.
  const graphiql = options.graphiql ?? !production;

  // A subgraph that hangs must not hang the gateway: every call has a deadline.
  const subgraphUrls = Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, urls]) => [name, typeof urls === 'string' ? [urls] : [...urls]]));
  const subgraphFetch = createSubgraphFetcher({
    timeoutMs,
    maxSockets: options.subgraphMaxSockets ?? 32,
    deduplicate: options.deduplicateSubgraphQueries ?? true,
    replicas: Object.values(subgraphUrls),
  });
  const fetcher = subgraphFetch.fetcher as unknown as RemoteGraphQLDataSource['fetcher'];
  // Plans are cached by operation (an LRU in @apollo/gateway) as long as this one gateway serves
  // every request; counted so that a test sees an operation planned once.
  const queryPlans = { resolved: 0, built: 0 };
  const seenPlans = new WeakSet<object>();

  // @apollo/gateway otherwise sends usage metrics to Apollo's servers and probes cloud metadata
  // endpoints (AWS, GCP, Azure) to describe its host. A government intranet must see neither.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_didResolveQueryPlan: ({ queryPlan }) => {
      queryPlans.resolved += 1;
      if (!seenPlans.has(queryPlan)) {
        seenPlans.add(queryPlan);
        queryPlans.built += 1;
      }
    },
    buildService: ({ name, url }) => {
      const inProcess = options.inProcessSubgraphs?.[name];
      if (inProcess) return new GatewayDataSource({ url: url ?? `in-process:${name}`, fetcher: inProcessFetcher(inProcess) as unknown as RemoteGraphQLDataSource['fetcher'] });
      // The first of several processes stands for all of them: the fetcher spreads its calls.
      const target = subgraphUrls[name]?.[0] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      return new GatewayDataSource({ url: target, fetcher });
    },
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  const httpServer = keepIdleConnections(http.createServer(app));
  const sharedRequests = createRequestSharing();
  const kept = keptAnswers({ maxBytes: options.keptAnswersBytes });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    // The process that runs the server decides how signals stop it (`onShutdown`, `npm start`): Apollo's
    // own handlers would stop every server at once, and a second concurrent stop() never returns.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    formatError: (formatted) => (production ? maskForProduction(formatted) : formatted),
    // A kept answer is sent as its JSON was written when kept (see kept-answers.ts).
    stringifyResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), requestLimitsPlugin(limits), ...armor.plugins,
      // Last: a kept answer is given only to a request every limit let through.
      ...(options.keepAnswers ?? true ? [kept.plugin] : []),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    // A subgraph is ready when one of its processes is: the fetcher skips those that refuse queries.
    const ready = async (url: string) => {
      try {
        return (await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) })).ok;
      } catch {
        return false;
      }
    };
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, urls]) => [name, (await Promise.all(urls.map(ready))).some(Boolean)] as const),
    );
    const ok = checks.every(([, up]) => up);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  });

  if (graphiql) app.use('/graphiql', graphiqlAssets());
  // Browsers ask for it on every GraphiQL visit; no icon is better than a logged 404.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  const corsMiddleware = cors({ origin: options.corsOrigins ?? [], credentials: false, maxAge: 600 });
  app.use('/graphql', corsMiddleware);
  // A browser opening the endpoint gets GraphiQL (bundled locally), or a line saying how to call
  // it where GraphiQL is off; everything else is GraphQL.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['text/html', 'application/json']) === 'text/html') {
      if (graphiql) res.type('html').send(graphiqlPage('/graphql'));
      else res.type('text/plain').send('示范行动 GraphQL: send queries with POST and Content-Type: application/json. GraphiQL is not enabled on this server.\n');
      return;
    }
    next();
  });
  app.use('/graphql', express.json({ limit: limits.maxBodyBytes }));
  const contextOf = async (req: express.Request): Promise<GatewayContext> => {
    const identity = await verify(req.header('authorization'));
    if (!identity.ok) throw unauthenticatedResponse(identity.reason);
    const requestId = req.header('x-request-id') ?? randomUUID();
    const clientAddress = req.ip ?? null;
    const internalToken = await signInternalToken(identity.caller, options.subgraphSecret, { clientAddress });
    const { caller } = identity;
    const scope = JSON.stringify([caller?.sub ?? null, caller?.role ?? null, caller?.unitId ?? null, clientAddress]);
    return { caller, internalToken, requestId, scope };
  };
  if (options.deduplicateRequests ?? true) {
    // The same pipeline as expressMiddleware's below, its answer read whole so that it can be shared.
    const executeWhole = async (req: express.Request): Promise<SharedAnswer> => {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: '', body: req.body },
        context: () => contextOf(req),
      });
      return wholeAnswer(answer);
    };
    app.post('/graphql', (req, res, next) => {
      const key = sharedRequests.keyOf(req);
      if (key === null) return next();
      sharedRequests.share(key, () => executeWhole(req)).then((answer) => {
        res.status(answer.status);
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.send(answer.body);
      }, next);
    });
  }
  app.use('/graphql', expressMiddleware(apollo, { context: ({ req }) => contextOf(req) }));
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const status = (error as { status?: number }).status;
    if (status === 413) {
      const mb = Math.round((limits.maxBodyBytes / 1024 / 1024) * 10) / 10;
      res.status(413).json({ errors: [{ message: `Request body is larger than ${mb} MB`, extensions: { code: 'BAD_REQUEST', limit: 'BODY_SIZE' } }] });
      return;
    }
    if (status === 400) {
      res.status(400).json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  });

  return {
    app,
    /** Subgraph calls sent and shared (`deduplicateSubgraphQueries`). */
    subgraphFetches: subgraphFetch.stats as Readonly<SubgraphFetchStats>,
    /** Requests answered by an identical one in flight (`deduplicateRequests`). */
    sharedRequests: sharedRequests.stats as Readonly<SharedRequestStats>,
    /** Whole answers kept and given again (`keepAnswers`). */
    keptAnswers: kept.stats as Readonly<KeptAnswerStats>,
    /** Forgets the kept answers, as a restart would (`keepAnswers`). */
    forgetKeptAnswers: () => kept.clear(),
    /** Query plans resolved for requests, and built (not found in the cache). */
    queryPlans: queryPlans as Readonly<typeof queryPlans>,
    listen: async (port: number, host = '127.0.0.1') => {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`;
      logger.info({ url }, 'gateway listening');
      return {
        url,
        port: actual,
        close: async () => {
          await apollo.stop();
          subgraphFetch.close();
        },
      };
    },
  };
}

// The subgraphs' codes a caller can act on, and the gateway's own refusals of a request.
const CALLER_CODES = new Set<string>([
  ...CALLER_ERROR_CODES,
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);
// Extensions a caller may act on; everything else (stack traces, service names, subgraph URLs) stays inside.
// ILLEGAL_TRANSITION says why (status, action, reason, allowedActions); RATE_LIMITED says when to retry.
const CALLER_EXTENSIONS = [
  'field', 'limit', 'cost', 'maxCost', 'expectedVersion', 'actualVersion', 'id', 'retryAfterSeconds', 'status', 'action', 'reason', 'allowedActions',
];

/** Production answers say what went wrong for the caller, nothing about the inside. */
function maskForProduction(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code !== 'string' || !CALLER_CODES.has(code)) {
    return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const extensions: Record<string, unknown> = { code };
  for (const key of CALLER_EXTENSIONS) if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  return { message: withoutSuggestions(formatted.message), ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}), extensions };
}

function unauthenticatedResponse(reason: string): GraphQLError {
  return new GraphQLError(`Not signed in: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
