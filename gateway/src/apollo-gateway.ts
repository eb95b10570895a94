import type * as ApolloGatewayModule from '@apollo/gateway';
import { createRequire } from 'node:module';

/**
 * @apollo/gateway, loaded with @apollo/federation-internals as plain values (it and its query
 * planner read them).
 *
 * Its index re-exports every name of its modules through a getter (TypeScript's `__exportStar`),
 * and @apollo/gateway reads those names on every value it shapes: `isNonNullType`, `isListType`,
 * `assert`… once per field of every entity. At the province's per-unit quota (10,000 units × 17
 * fields) the getters alone took ~45 ms of a request's ~180 ms of shaping. Every one of its
 * exports is assigned once, when its module is loaded (none is a binding reassigned later: its
 * build has no `exports.x = ` outside a module's top level), so a copy of their values is the same
 * module without the calls. The copy takes the place of the cached module before @apollo/gateway
 * is first loaded, so the gateway is loaded here, by `require` after it (an `import` of it would
 * be run before any code of this module), and `plainExports` says whether it got the copy (a test
 * holds it).
 */
const require = createRequire(import.meta.url);
const gatewayRequire = createRequire(require.resolve('@apollo/gateway'));
const id = gatewayRequire.resolve('@apollo/federation-internals');

/** The module as loaded, with its getters (what the copy must equal). */
const loaded = gatewayRequire(id) as Record<string, unknown>;

function replaceWithValues(): void {
  const gatewayLoaded = Object.keys(require.cache).some((path) => path.includes('/@apollo/gateway/dist/'));
  const cached = require.cache[id];
  // Too late: the gateway already holds the module with its getters.
  if (!cached || cached.exports !== loaded || gatewayLoaded) return;
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(loaded)) values[name] = loaded[name];
  Object.defineProperty(values, '__esModule', { value: true });
  cached.exports = values;
}
replaceWithValues();

const apolloGateway = require('@apollo/gateway') as typeof ApolloGatewayModule;
export const { ApolloGateway, RemoteGraphQLDataSource } = apolloGateway;
export type ApolloGateway = ApolloGatewayModule.ApolloGateway;
export type RemoteGraphQLDataSource<TContext extends Record<string, any> = Record<string, any>> = ApolloGatewayModule.RemoteGraphQLDataSource<TContext>;

/**
 * Whether the federation-internals @apollo/gateway loads holds values, not getters, and the same
 * ones (false, the gateway still works, only slower: `createGateway` warns).
 */
export function plainExports(): boolean {
  const exports = gatewayRequire(id) as Record<string, unknown>;
  const descriptors = Object.getOwnPropertyDescriptors(exports);
  return exports !== loaded && Object.keys(loaded).every((name) => descriptors[name] !== undefined && !descriptors[name].get && exports[name] === loaded[name]);
}
