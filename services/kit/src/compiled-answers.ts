import type { BaseContext, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { BREAK, Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
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

/** Compiled documents a subgraph keeps at most (each ~60 KB; the gateway's plans are a handful). */
export const COMPILED_DOCUMENTS_MAX = 200;

/**
 * Whether graphql-jit may compile a document: one shaped as the gateway's plans are, every value
 * a variable or a literal that cannot carry text (a number, a boolean, an enum, null), and no
 * directive. graphql-jit writes literal arguments into the source of the function it makes, and
 * a string literal can be made to run as code there (its `__MAGIC_DATE__` marker); it applies
 * `@skip`/`@include` on a fragment to every use of it. The gateway copies a client's literals
 * and directives into its fetches, so such documents are answered by graphql-js.
 */
export function compilable(document: DocumentNode): boolean {
  let safe = true;
  visit(document, {
    StringValue() {
      safe = false;
      return BREAK;
    },
    Directive() {
      safe = false;
      return BREAK;
    },
  });
  return safe && document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length === 1;
}

/**
 * Runs the queries that read marked fields only (see `cacheableFields`) compiled by graphql-jit
 * instead of interpreted by graphql-js. They are the dashboard's `_entities` answers over every
 * unit of a province: 10,000 entities × a dozen fields, where graphql-js's per-field work (a
 * resolve info, a path, a promise per object) and the garbage it leaves were most of a cold
 * subgraph call (units 203 → 106 ms, members 178 → 126, honors 228 → 147 at 10,000 units).
 * The same resolvers run (with kit's access guards around them, and the direct ones); a field
 * without one is read as a property, so a marked type's fields are plain data (see CachedAnswer).
 *
 * Only an answer without errors is sent: one with errors, a document that is not `compilable`
 * or that graphql-jit cannot compile, or a failure of the compiled function, is answered by
 * graphql-js as always (its errors formatted and logged the usual way). Running such a query
 * twice is safe: a marked field reads committed data and writes nothing.
 */
export function compiledExecutor(schema: GraphQLSchema) {
  // Insertion order is use order (a hit is moved to the end): the oldest is dropped first. A
  // compilable document holds one operation, so the document alone is the key.
  const compiled = new Map<DocumentNode, CompiledQuery | null>();
  const counted = compiledAnswerCounts(schema);
  const compiledFor = (document: DocumentNode): CompiledQuery | null => {
    let query = compiled.get(document);
    if (query === undefined) {
      // Errors are answered by graphql-js, which makes its own: no stack captured for each here.
      const made = compilable(document) ? compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true }) : null;
      query = made && isCompiledQuery(made) ? made : null;
    } else compiled.delete(document);
    compiled.set(document, query);
    if (compiled.size > COMPILED_DOCUMENTS_MAX) compiled.delete(compiled.keys().next().value!);
    return query;
  };
  return async <C extends BaseContext>(request: GraphQLRequestContext<C>): Promise<GraphQLResponse | null> => {
    let result: Awaited<ReturnType<CompiledQuery['query']>> | null = null;
    try {
      const query = request.document ? compiledFor(request.document) : null;
      result = query ? await query.query(undefined, request.contextValue, request.request.variables ?? {}) : null;
    } catch {
      result = null;
    }
    if (!result || result.errors?.length || !result.data) {
      counted.interpreted += 1;
      return null;
    }
    counted.compiled += 1;
    return { http: request.response.http, body: { kind: 'single', singleResult: { data: result.data as Record<string, unknown> } } };
  };
}
