import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createGatewayRuntime, type GatewayConfig, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { DEFAULT_LIMITS, DEFAULT_SUPERGRAPH_PATH, type GatewayLimits } from '@sfxd/gateway';
import {
  DEFAULT_CALL_TIMEOUT_MS,
  DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS,
  PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS,
  ROUTER_CREDENTIAL_HEADER,
  ROUTER_FORWARDED_FOR_HEADER,
  assertProductionSecrets,
  createIdentityVerifier,
} from '@sfxd/kit';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import proxyaddr from 'proxy-addr';

/** The same limits as our gateway's; only those an off-the-shelf gateway has a place for. */
export type HiveLimits = Pick<GatewayLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxCost' | 'defaultListSize' | 'maxBodyBytes'>;

export interface HiveGatewayOptions {
  /** The composed supergraph; default the committed `schema/supergraph.graphql`, unchanged. */
  supergraphSdl?: string;
  /** Subgraph name → URL, overriding the URLs composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** Shared with the subgraphs (their ROUTER_SECRET): proves a call came through this gateway. */
  routerSecret: string;
  /** How user tokens are verified here, as on our gateway and on the subgraphs. */
  jwtSecret: string;
  jwksUrl?: string;
  jwksFile?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  maxTokenLifetimeSeconds?: number;
  production?: boolean;
  /** Whose X-Forwarded-For to believe for the client's address (Express's `trust proxy` syntax); default loopback. */
  trustProxy?: string;
  corsOrigins?: string[];
  /** Deadline of each subgraph call. */
  subgraphTimeoutMs?: number;
  limits?: Partial<HiveLimits>;
  /** Share one execution between identical requests in flight at once (same headers); default off as Hive ships it. */
  inboundDeduplication?: boolean;
  /** Hive's own log; default `warn`, `false` for none. */
  logging?: 'debug' | 'info' | 'warn' | 'error' | false;
}

const GRAPHQL_PATH = '/graphql';

function jsonError(status: number, message: string, extensions: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions }] }), { status, headers: { 'content-type': 'application/json' } });
}

/**
 * Identity and body size, checked before Hive parses anything: a user token that does not verify
 * is refused here with our gateway's answer (401, UNAUTHENTICATED), never passed on as anonymous.
 * The subgraphs verify the same token again; this spares them calls that would fail.
 */
function gatewayChecks(options: HiveGatewayOptions, limits: HiveLimits): GatewayPlugin {
  const production = options.production ?? false;
  const verify = createIdentityVerifier({
    jwtSecret: options.jwtSecret,
    jwksUrl: options.jwksUrl,
    jwksFile: options.jwksFile,
    issuer: options.jwtIssuer,
    audience: options.jwtAudience,
    maxLifetimeSeconds: options.maxTokenLifetimeSeconds ?? (production ? PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS : DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS),
  });
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== GRAPHQL_PATH) return;
      if (request.method === 'POST') {
        const length = request.headers.get('content-length');
        // Without a length the body's size is known only once read: a chunked upload is refused.
        if (length === null) return endResponse(jsonError(411, 'Send the request body with a Content-Length', { code: 'BAD_REQUEST', limit: 'BODY_SIZE' }));
        if (Number(length) > limits.maxBodyBytes) {
          const mb = Math.round((limits.maxBodyBytes / 1024 / 1024) * 10) / 10;
          return endResponse(jsonError(413, `Request body is larger than ${mb} MB`, { code: 'BAD_REQUEST', limit: 'BODY_SIZE' }));
        }
      }
      const identity = await verify(request.headers.get('authorization') ?? undefined);
      if (!identity.ok) endResponse(jsonError(401, `Not signed in: ${identity.reason}`, { code: 'UNAUTHENTICATED' }));
    },
  };
}

/**
 * Depth, aliases, directives and tokens are graphql-armor's rules, as on our gateway, with its
 * numbers. Cost is Hive's own demand control, reading the subgraphs' `@cost` and `@listSize` from
 * the supergraph with our limit and default list size: it counts by the cost spec (objects 1,
 * scalars 0), so the same limit admits somewhat more than our gateway's estimate does.
 */
function armorPlugins(limits: HiveLimits, production: boolean): GatewayPlugin[] {
  // Armor's own refusals read "Syntax Error: …" and name no limit; ours, like our gateway's, name it.
  const tagged = (limit: string) => ({
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const refusal = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } } });
        // Validation rules report; the token count runs in the parser, which can only throw.
        if (ctx) ctx.reportError(refusal);
        else throw refusal;
      },
    ],
  });
  const { plugins } = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...tagged('DEPTH') },
    maxAliases: { n: limits.maxAliases, ...tagged('ALIASES') },
    maxDirectives: { n: limits.maxDirectives, ...tagged('DIRECTIVES') },
    maxTokens: { n: limits.maxTokens, ...tagged('TOKENS') },
    costLimit: { enabled: false },
    // Production answers do not map the schema for a probe.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return plugins as unknown as GatewayPlugin[];
}

/** Our rules as Hive Gateway configuration; `gateway.config.ts` and `startHiveGateway` both use it. */
export function hiveGatewayConfig(options: HiveGatewayOptions): GatewayConfig {
  const production = options.production ?? false;
  // As on our gateway: a deployment built in code must not skip the check of its secrets.
  if (production) assertProductionSecrets({ NODE_ENV: 'production', JWT_SECRET: options.jwtSecret, ROUTER_SECRET: options.routerSecret });
  const limits: HiveLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const trusted = proxyaddr.compile((options.trustProxy ?? 'loopback').split(',').map((s) => s.trim()).filter(Boolean));
  const timeout = options.subgraphTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  return {
    supergraph: options.supergraphSdl ?? readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    // The one transport our subgraphs speak, named here so that nothing is looked up at run time.
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }])),
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    // Nothing loads from a CDN (Hive's GraphiQL does) and nothing is reported anywhere: no
    // `reporting`, no Hive console token, no landing page.
    graphiql: false,
    landingPage: false,
    logging: options.logging ?? 'warn',
    // Introspection as on our gateway: development tools need it, production maps nothing for a probe.
    ...(production ? { disableIntrospection: {} } : {}),
    batching: false,
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight'] },
    cors: { origin: options.corsOrigins ?? [], credentials: false, maxAge: 600 },
    maskedErrors: true,
    // Production answers name no subgraph (nor its address) to the caller.
    subgraphErrors: production ? { subgraphNameProp: false } : {},
    upstreamTimeout: timeout,
    demandControl: { maxCost: limits.maxCost, listSize: limits.defaultListSize, includeExtensionMetadata: false },
    inboundInflightRequestDeduplication: options.inboundDeduplication ?? false,
    propagateHeaders: {
      // What the subgraphs' router scheme reads: the user's token as the client sent it (verified
      // above, verified again there), the router credential, and the client's address as this
      // gateway saw it (after its trusted proxies), never the client's own X-Forwarded-For.
      fromClientToSubgraphs({ request, context }) {
        const req = (context as { req?: IncomingMessage }).req;
        const authorization = request.headers.get('authorization');
        return {
          [ROUTER_CREDENTIAL_HEADER]: options.routerSecret,
          ...(authorization ? { authorization } : {}),
          ...(req?.socket ? { [ROUTER_FORWARDED_FOR_HEADER]: proxyaddr(req, trusted) } : {}),
        };
      },
    },
    plugins: () => [gatewayChecks(options, limits), ...armorPlugins(limits, production)],
  };
}

export type HiveRuntime = ReturnType<typeof createGatewayRuntime>;
