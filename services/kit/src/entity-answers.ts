import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { createHash } from 'node:crypto';
import {
  Kind, getNamedType, type FormattedExecutionResult, isObjectType, type DocumentNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import type { Answers } from './answers.js';
import type { Caller } from './auth.js';
import { compiledExecutor } from './compiled-answers.js';
import { declaredSource } from './schema.js';

/**
 * Marks a field (or every field of an object type) whose answer may be kept in the subgraph's
 * AnswerCache as part of a whole answer: an aggregate without side effects (no audited read, no
 * write) that depends only on its arguments, the caller's scope and committed data. A request is
 * answered from the cache only when every field it selects is marked (see `cacheableFields`).
 * Such requests run compiled (see compiledExecutor), which reads a field without a resolver as a
 * property: a marked type's fields are plain data or have resolvers (not methods, getters that
 * may throw, or promises).
 */
export const CachedAnswer = () => Extensions({ cachedAnswer: true });

/** The marked fields of a schema, as `Type.field` and, for a marked type, `Type`. */
export function markedCoordinates(schema: GraphQLSchema): Set<string> {
  const marked = new Set<string>();
  const isMarked = (extensions: unknown) => (extensions as { cachedAnswer?: boolean } | undefined)?.cachedAnswer === true;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    if (isMarked(type.extensions)) marked.add(type.name);
    for (const field of Object.values(type.getFields())) if (isMarked(field.extensions)) marked.add(`${type.name}.${field.name}`);
  }
  return marked;
}

/**
 * Whether an operation reads marked fields only: a query whose every field, at every depth and
 * through every fragment, is `__typename`, federation's `_entities`, or marked (itself or its
 * type). Anything else (a mutation, a personal field whose read is audited, a list of records) is
 * executed as always.
 */
export function cacheableFields(schema: GraphQLSchema, marked: ReadonlySet<string>, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const query = schema.getQueryType();
  if (!query) return false;
  const walk = (type: GraphQLObjectType, set: SelectionSetNode, depth: number): boolean => {
    if (depth > 20) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const isEntities = type === query && name === '_entities';
        if (!isEntities && !marked.has(type.name) && !marked.has(`${type.name}.${name}`)) return false;
        if (!selection.selectionSet) continue;
        const field = type.getFields()[name];
        if (!field) return false;
        // `_entities` answers a union; its members are reached through the fragments below.
        const named = getNamedType(field.type);
        if (isObjectType(named)) {
          if (!walk(named, selection.selectionSet, depth + 1)) return false;
        } else if (!isEntities || !walkFragments(selection.selectionSet, depth + 1)) return false;
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) return false;
      const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (!on || !isObjectType(on) || !walk(on, fragment.selectionSet, depth + 1)) return false;
    }
    return true;
  };
  // Under `_entities` only fragments on entity types (and `__typename`) are meaningful.
  const walkFragments = (set: SelectionSetNode, depth: number): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__typename';
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
      const on = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : null;
      return !!fragment && !!on && isObjectType(on) && walk(on, fragment.selectionSet, depth);
    });
  return walk(query, operation.selectionSet, 0);
}

interface CachingContext {
  caller: Caller | null;
  answers: Answers;
}

type Result = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

/**
 * The JSON of each kept answer's data, written once when it is kept (its size is needed then): at
 * the province a kept answer is megabytes, sent again on every repeat, and writing it again each
 * time was most of a repeat's cost in the subgraph.
 */
const keptJson = new WeakMap<object, string>();

/** An answer's data, its JSON written now and sent as written by `stringifyResult` each time the same data is. */
export function keptAnswerJson(data: object): string {
  let json = keptJson.get(data);
  if (json === undefined) keptJson.set(data, (json = JSON.stringify(data)));
  return json;
}

/**
 * The data of a 304 answer, which has no body: a caller that sent the entity tag of the answer it
 * holds (`If-None-Match`) is told that it is still the one.
 */
const NOT_MODIFIED: Record<string, never> = Object.freeze({});

/**
 * Apollo Server's `stringifyResult`: a kept answer as its JSON was written when kept, anything
 * else as Apollo Server writes it (`JSON.stringify` and a line end).
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  if (value.data === NOT_MODIFIED) return '';
  const json = value.errors === undefined && value.extensions === undefined && value.data ? keptJson.get(value.data) : undefined;
  return json === undefined ? `${JSON.stringify(value)}\n` : `{"data":${json}}\n`;
}

/**
 * Each kept answer's entity tag: a digest of its JSON. An answer computed again to the same bytes
 * (after a write that changed nothing in it, or by another process of the subgraph) has the same
 * tag, so the gateway's kept answer stays good across both.
 */
const keptTag = new WeakMap<object, string>();

/**
 * Sends an answer with its tag, and makes it the 304 of the answer the caller holds when its
 * `If-None-Match` names that tag: no body.
 */
function sendTagged(ifNoneMatch: string | undefined, response: Pick<GraphQLResponse, 'http'> & { body?: GraphQLResponse['body'] }, tag: string): void {
  response.http.headers.set('etag', tag);
  if (!namesTag(ifNoneMatch, tag)) return;
  response.http.status = 304;
  response.body = { kind: 'single', singleResult: { data: NOT_MODIFIED } };
}

/** Whether an `If-None-Match` header names `tag` (a list, or `*`, as HTTP allows). */
function namesTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const one = t.trim();
    return one === '*' || one === tag || one === `W/${tag}`;
  });
}

/**
 * Whole answers of queries that read marked fields only, kept in the request's AnswerCache per
 * caller scope, document and variables: the gateway asks the same `_entities` of a dashboard
 * screen (hundreds of units) again and again, and a kept answer skips resolving every entity.
 * The cache's rules hold (a write anywhere empties it, a TTL bounds the rest); an answer with
 * errors is never kept, and the answer the gateway sees is the one the resolvers gave. Identical
 * requests that arrive while one computes wait for its answer. What is not kept is computed
 * compiled (`compiled: false`: by graphql-js, as every other query).
 *
 * A kept answer is sent with an entity tag (`ETag`, a digest of its JSON); a request that names
 * it in `If-None-Match` is answered 304 with no body when the answer it would get now (kept, or
 * computed for it) has the same tag, judged for its caller's own scope: the
 * gateway revalidates the answers it keeps (kept-answers.ts in the gateway) without receiving or
 * shaping them again. A request that is not cacheable never gets a tag, nor a 304.
 */
export function entityAnswerCache<C extends CachingContext>(schema: GraphQLSchema, options: { compiled?: boolean } = {}): ApolloServerPlugin<C> {
  const marked = markedCoordinates(declaredSource(schema));
  // Per operation: a document with several (only a router could send one) is judged for the one run.
  const decided = new WeakMap<OperationDefinitionNode, boolean>();
  // What the cache does not hold is computed compiled (see compiledExecutor), or by graphql-js.
  const compute = options.compiled === false ? async () => null : compiledExecutor(schema);
  return {
    async requestDidStart() {
      let claim: { keep(value: Result, bytes?: number): void; abandon(): void } | null = null;
      return {
        async responseForOperation(request: GraphQLRequestContext<C>): Promise<GraphQLResponse | null> {
          const { document, operation } = request;
          if (!document || !operation || marked.size === 0) return null;
          let cacheable = decided.get(operation);
          if (cacheable === undefined) decided.set(operation, (cacheable = cacheableFields(schema, marked, document, operation)));
          if (!cacheable) return null;
          // Variables carry the representations (hundreds of ids and counts): a digest keeps keys small.
          const digest = createHash('sha256').update(request.source ?? '').update('\u0000').update(JSON.stringify(request.request.variables ?? {})).digest('base64');
          const found = request.contextValue.answers.peek<Result>('wholeAnswer', [request.operationName ?? null, digest], request.contextValue.caller);
          // Kept, or computed by an identical request in flight; null if that one gave up: compute it here.
          const kept = found.kept && (await found.kept);
          if (kept) {
            const response: GraphQLResponse = { http: request.response.http, body: { kind: 'single', singleResult: kept } };
            const tag = kept.data ? keptTag.get(kept.data) : undefined;
            if (tag !== undefined) sendTagged(request.request.http?.headers.get('if-none-match'), response, tag);
            return response;
          }
          if (!found.kept) claim = found;
          return compute(request);
        },
        async willSendResponse(request: GraphQLRequestContext<C>) {
          const body = request.response.body;
          if (!claim) return;
          const result = body?.kind === 'single' ? body.singleResult : null;
          if (!result || result.errors?.length || !result.data) claim.abandon();
          else {
            const json = keptAnswerJson(result.data);
            // Tagged before it is kept: requests waiting for it send its tag too.
            const tag = `"${createHash('sha256').update(json).digest('base64url')}"`;
            keptTag.set(result.data, tag);
            // Two bytes a character, as a string with Chinese text is stored (see ANSWER_CACHE_BYTES).
            claim.keep(result, 2 * json.length);
            // Computed again, perhaps to the bytes the caller holds (a write changed nothing in them): a 304.
            sendTagged(request.request.http?.headers.get('if-none-match'), request.response, tag);
          }
        },
      };
    },
  };
}
