import type { BaseContext, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How often a subgraph's marked queries ran compiled, and how often graphql-js answered them instead. */
export interface CompiledAnswerCounts {
  compiled: number;
  interpreted: number;
}

const counts = new WeakMap<GraphQLSchema, CompiledAnswerCounts>();

/** The counts of one schema's compiled executor (tests check that the compiled path is the one taken). */
export function compiledAnswerCounts(schema: GraphQLSchema): CompiledAnswerCounts {
  let found = counts.get(schema);
  if (!found) counts.set(schema, (found = { compiled: 0, interpreted: 0 }));
  return found;
}

/**
 * Runs the queries that read marked fields only (see `cacheableFields`) compiled by graphql-jit
 * instead of interpreted by graphql-js. They are the dashboard's `_entities` answers over every
 * unit of a province: 10,000 entities × a dozen fields, where graphql-js's per-field work (a
 * resolve info, a path, a promise per object) and the garbage it leaves were most of a cold
 * subgraph call (units 203 → 106 ms, members 178 → 126, honors 228 → 147 at 10,000 units).
 * The same resolvers run (type-graphql's, with their @Authorized checks, and the direct ones).
 *
 * Only an answer without errors is sent: one with errors, or a document graphql-jit cannot
 * compile, is answered by graphql-js as always (its errors formatted and logged the usual way).
 * Running such a query twice is safe: a marked field reads committed data and writes nothing.
 */
export function compiledExecutor(schema: GraphQLSchema) {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const counted = compiledAnswerCounts(schema);
  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const made = compileQuery(schema, document, operationName);
      byName.set(key, (query = isCompiledQuery(made) ? made : null));
    }
    return query;
  };
  return async <C extends BaseContext>(request: GraphQLRequestContext<C>): Promise<GraphQLResponse | null> => {
    const query = request.document ? compiledFor(request.document, request.operationName ?? undefined) : null;
    const result = query ? await query.query(undefined, request.contextValue, request.request.variables ?? {}) : null;
    if (!result || result.errors?.length || !result.data) {
      counted.interpreted += 1;
      return null;
    }
    counted.compiled += 1;
    return { http: request.response.http, body: { kind: 'single', singleResult: { data: result.data as Record<string, unknown> } } };
  };
}
