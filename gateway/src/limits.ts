import type { ApolloServerPlugin } from '@apollo/server';
import armor from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  parse,
  valueFromASTUntyped,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  type DirectiveNode,
} from 'graphql';

/**
 * The gateway refuses abusive requests before it plans a single subgraph call: every check here
 * runs while parsing, validating or resolving the operation, never during execution.
 */
export interface GatewayLimits {
  /** Field nesting, fragments flattened. `{ units { teams { unit { industry { units { name } } } } } }` is 6. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the query document (variables are not counted). */
  maxTokens: number;
  /** Estimated cost, see `estimateCost`. */
  maxCost: number;
  /** Bounds of every argument named `first` (the connections' page size). */
  minFirst: number;
  maxFirst: number;
  /** Assumed length of a list field with no `first` and no `@listSize`. */
  defaultListSize: number;
  /** The subgraphs' `@listSize` and `@cost`, read from the supergraph the gateway runs (`demandControlOf`). */
  demandControl: DemandControl;
  maxBodyBytes: number;
}

/** The limits that do not depend on the supergraph: `createGateway` adds the supergraph's `demandControl`. */
export const DEFAULT_LIMITS: Omit<GatewayLimits, 'demandControl'> = {
  maxDepth: 6,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 5000,
  minFirst: 1,
  maxFirst: 100,
  defaultListSize: 100,
  maxBodyBytes: 2 * 1024 * 1024,
};

export type LimitName = 'DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'TOKENS' | 'COST' | 'FIRST';

function limitError(message: string, limit: LimitName, code: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, ...extra, http: { status: 400 } } });
}

/**
 * Depth, aliases and directives are graphql-armor's validation rules. Their own rejection
 * handler prefixes "Syntax Error:" and tags nothing; ours names the limit in `extensions.limit`.
 * Armor's cost rule is not used: it does not multiply by list sizes (see `estimateCost`).
 */
export function armorProtections(limits: GatewayLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const tagged = (limit: LimitName) => ({
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        ctx?.reportError(limitError(error.message.replace(/^Syntax Error: /, ''), limit, 'GRAPHQL_VALIDATION_FAILED'));
      },
    ],
  });
  const protections = new armor.ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...tagged('DEPTH') },
    maxAliases: { n: limits.maxAliases, ...tagged('ALIASES') },
    maxDirectives: { n: limits.maxDirectives, ...tagged('DIRECTIVES') },
    costLimit: { enabled: false },
    // graphql-js's own `maxTokens` parse option is used instead: it fails as a parse error (HTTP 400),
    // where armor's token plugin throws from a hook, which Apollo Server answers with a 500.
    maxTokens: { enabled: false },
    // Armor masks field suggestions only and leaves a dangling "?"; production answers drop every
    // kind of suggestion (fields, enum values, types, input fields) in `maskForProduction` instead.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Armor's typings name Apollo Server's CommonJS build; the plugin objects are the same at run time.
  return { plugins: protections.plugins as unknown as ApolloServerPlugin[], validationRules: protections.validationRules };
}

/**
 * Cost and `first` need the operation's variable values, which validation rules never see, so
 * they run when the operation is resolved: after validation, still before any subgraph is called.
 * Tokens are counted by the parser; this only names the limit on its error.
 */
export function requestLimitsPlugin(limits: GatewayLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          checkFirstArguments(schema, document, operation, variables, limits);
          const cost = estimateCost(schema, document, operation, variables, limits);
          if (cost > limits.maxCost) {
            throw limitError(`Query cost ${cost} is over the limit of ${limits.maxCost}; ask for fewer fields or smaller pages`, 'COST', 'GRAPHQL_VALIDATION_FAILED', {
              cost,
              maxCost: limits.maxCost,
            });
          }
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (/^Syntax Error: Document contains more that \d+ tokens/.test(error.message)) {
              (error.extensions as Record<string, unknown>).limit = 'TOKENS';
            }
          }
        },
      };
    },
  };
}

type Variables = Record<string, unknown>;

function argumentValue(node: ValueNode, variables: Variables, operation: OperationDefinitionNode): unknown {
  switch (node.kind) {
    case Kind.INT:
      return Number(node.value);
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (name in variables) return variables[name];
      const definition = operation.variableDefinitions?.find((v) => v.variable.name.value === name);
      return definition?.defaultValue ? argumentValue(definition.defaultValue, variables, operation) : undefined;
    }
    default:
      return (node as { value?: unknown }).value;
  }
}

function firstArgument(field: FieldNode, variables: Variables, operation: OperationDefinitionNode): { present: boolean; value: unknown } {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return { present: false, value: undefined };
  return { present: true, value: argumentValue(arg.value, variables, operation) };
}

function fragmentMap(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  return map;
}

function typeOn(schema: GraphQLSchema, name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType {
  const type = name ? schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : fallback;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** Every argument named `first`, literal or variable, anywhere in the operation, must be in range. */
export function checkFirstArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables, limits: GatewayLimits): void {
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  const fragments = fragmentMap(document);
  // Each fragment is checked once however often it is spread: a fragment spread twice on every
  // level of a chain would otherwise make this walk exponential in the document's size.
  const checked = new Set<string>();
  const check = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const first = firstArgument(selection, variables, operation);
        if (first.present && first.value !== null && first.value !== undefined) {
          const n = first.value;
          if (typeof n !== 'number' || !Number.isInteger(n) || n < limits.minFirst || n > limits.maxFirst) {
            throw new GraphQLError(`first must be an integer from ${limits.minFirst} to ${limits.maxFirst} (on ${selection.name.value})`, {
              extensions: { code: 'BAD_USER_INPUT', field: 'first', limit: 'FIRST' satisfies LimitName, http: { status: 400 } },
            });
          }
        }
        const next = fieldOf(parent, selection.name.value);
        const type = next && getNamedType(next.type);
        if (selection.selectionSet && type && isCompositeType(type)) check(selection.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        check(selection.selectionSet, typeOn(schema, selection.typeCondition?.name.value, parent));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || checked.has(fragment.name.value)) continue;
        checked.add(fragment.name.value);
        check(fragment.selectionSet, typeOn(schema, fragment.typeCondition.name.value, parent));
      }
    }
  };
  check(operation.selectionSet, root);
}

/**
 * What the subgraphs declare for demand control with Federation's `@listSize` and `@cost`
 * (the cost spec, federation 2.9): composition copies them into the supergraph, where this gateway
 * reads them, and so would Apollo Router's demand control.
 */
export interface DemandControl {
  /** `@listSize` by `Type.field`. */
  listSizes: Record<string, ListSize>;
  /** `@cost(weight:)` by `Type.field`, or by `Type` for every field that returns it. */
  weights: Record<string, number>;
}

export interface ListSize {
  assumedSize?: number;
  /** Arguments whose value is the list's length (`first`). */
  slicingArguments?: string[];
  /** Fields of the returned object that hold that many items (a connection's `edges`), instead of the field itself. */
  sizedFields?: string[];
}

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v\d/;
const FEDERATION_SPEC = /^https:\/\/specs\.apollo\.dev\/federation\/v\d/;

/**
 * The names `@listSize` and `@cost` go by in a schema: a `@link` may rename a spec (`as:`) or an
 * import, and a directive it does not import is `spec__directive` — except the one named like
 * the spec (`@cost` of `cost`), which goes by the spec's name.
 */
function costDirectiveNames(document: DocumentNode): { listSize: string; cost: string } {
  const names = { listSize: 'listSize', cost: 'cost' };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = argumentsOf(link);
      const url = typeof args.url === 'string' ? args.url : '';
      if (!COST_SPEC.test(url) && !FEDERATION_SPEC.test(url)) continue;
      const specName = COST_SPEC.test(url) ? 'cost' : 'federation';
      const spec = typeof args.as === 'string' ? args.as : specName;
      const imports = new Map<string, string>();
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        if (typeof entry === 'string') imports.set(entry, entry);
        else if (entry && typeof entry === 'object' && typeof entry.name === 'string') imports.set(entry.name, typeof entry.as === 'string' ? entry.as : entry.name);
      }
      for (const key of ['listSize', 'cost'] as const) {
        const imported = imports.get(`@${key}`);
        names[key] = imported ? imported.slice(1) : key === specName ? spec : `${spec}__${key}`;
      }
    }
  }
  return names;
}

function argumentsOf(directive: DirectiveNode): Record<string, any> {
  return Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
}

/** The `@listSize` and `@cost` of a supergraph's (or any schema's) SDL. */
export function demandControlOf(sdl: string | DocumentNode): DemandControl {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const names = costDirectiveNames(document);
  const control: DemandControl = { listSizes: {}, weights: {} };
  const weightOf = (directives: readonly DirectiveNode[] | undefined) => {
    const cost = directives?.find((d) => d.name.value === names.cost);
    const weight = cost ? argumentsOf(cost).weight : undefined;
    return typeof weight === 'number' ? weight : undefined;
  };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) control.weights[typeName] = typeWeight;
    if (!('fields' in definition) || !definition.fields) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const coordinate = `${typeName}.${field.name.value}`;
      const weight = weightOf(field.directives);
      if (weight !== undefined) control.weights[coordinate] = weight;
      const listSize = field.directives?.find((d) => d.name.value === names.listSize);
      if (!listSize) continue;
      const args = argumentsOf(listSize);
      const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);
      control.listSizes[coordinate] = {
        ...(typeof args.assumedSize === 'number' ? { assumedSize: args.assumedSize } : {}),
        ...(strings(args.slicingArguments) ? { slicingArguments: strings(args.slicingArguments) } : {}),
        ...(strings(args.sizedFields) ? { sizedFields: strings(args.sizedFields) } : {}),
      };
    }
  }
  return control;
}

/** The length a connection's page (or a sliced list) was asked for, and the fields that hold it. */
interface Page {
  size: number;
  fields: readonly string[];
}

/**
 * An estimate of the work a request asks for: every field costs 1 (or its `@cost` weight), and
 * what is selected under a list is multiplied by the list's length. A list declared with
 * `@listSize(slicingArguments:)` is as long as the largest of those arguments (their default, else
 * its `assumedSize`, else the largest page, when they are left out); with `sizedFields`, that
 * length applies to those fields of what it returns (a connection's `edges`), so `totalCount` and
 * `pageInfo` count once. Any other list is as long as its `@listSize(assumedSize:)`, else
 * `defaultListSize`. A field with a `first` argument and no `@listSize` is sliced by `first`, its
 * `edges`/`nodes` sized by it when it returns an object. Introspection costs nothing here
 * (production refuses it anyway; development tools need it whole).
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables, limits: GatewayLimits): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const { listSizes, weights } = limits.demandControl;
  const fragments = fragmentMap(document);
  // A fragment's cost depends only on where it is spread (the page it sits in), so it is
  // computed once per page: the estimate stays linear in the document's size.
  const fragmentCost = new Map<string, number>();

  const sliceSize = (field: FieldNode, definition: GraphQLField<unknown, unknown>, slicing: readonly string[], assumedSize: number | undefined): number => {
    const given = field.arguments?.filter((a) => slicing.includes(a.name.value)).map((a) => argumentValue(a.value, variables, operation)).filter((v): v is number => typeof v === 'number') ?? [];
    const defaults = definition.args.filter((a) => slicing.includes(a.name)).map((a) => a.defaultValue).filter((v): v is number => typeof v === 'number');
    const n = given.length ? Math.max(...given) : defaults.length ? Math.max(...defaults) : (assumedSize ?? limits.maxFirst);
    return Math.max(1, Math.min(n, limits.maxFirst));
  };

  const fieldCost = (field: FieldNode, parent: GraphQLCompositeType, page: Page | undefined): number => {
    if (field.name.value.startsWith('__')) return 0;
    const definition = fieldOf(parent, field.name.value);
    if (!definition) return 1;
    const coordinate = `${parent.name}.${definition.name}`;
    const next = getNamedType(definition.type);
    const own = weights[coordinate] ?? weights[next.name] ?? 1;
    if (!field.selectionSet || !isCompositeType(next)) return own;
    const isList = isListType(getNullableType(definition.type));
    const declared = listSizes[coordinate];
    const slicing = declared?.slicingArguments ?? (definition.args.some((a) => a.name === 'first') ? ['first'] : undefined);
    if (slicing) {
      const size = sliceSize(field, definition, slicing, declared?.assumedSize);
      const sized = declared?.sizedFields ?? (isList ? undefined : ['edges', 'nodes']);
      return own + (sized ? costOf(field.selectionSet, next, { size, fields: sized }) : size * costOf(field.selectionSet, next, undefined));
    }
    if (!isList) return own + costOf(field.selectionSet, next, undefined);
    const length = page?.fields.includes(definition.name) ? page.size : (declared?.assumedSize ?? limits.defaultListSize);
    return own + length * costOf(field.selectionSet, next, undefined);
  };

  /** `page`: the page of the connection this selection set belongs to, if it is one. */
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, page: Page | undefined): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, page);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.selectionSet, typeOn(schema, selection.typeCondition?.name.value, parent), page);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const key = `${fragment.name.value}|${page ? `${page.size}:${page.fields.join(',')}` : ''}`;
        let cost = fragmentCost.get(key);
        if (cost === undefined) {
          fragmentCost.set(key, 0); // validation refuses fragment cycles; this only stops a loop if one slipped through
          cost = costOf(fragment.selectionSet, typeOn(schema, fragment.typeCondition.name.value, parent), page);
          fragmentCost.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  return costOf(operation.selectionSet, root, undefined);
}

/** Variables an operator may set; anything unset keeps the default of the issue that set it. */
export function limitsFromEnvironment(env: {
  GRAPHQL_MAX_DEPTH?: number;
  GRAPHQL_MAX_ALIASES?: number;
  GRAPHQL_MAX_DIRECTIVES?: number;
  GRAPHQL_MAX_TOKENS?: number;
  GRAPHQL_MAX_COST?: number;
}): Omit<GatewayLimits, 'demandControl'> {
  return {
    ...DEFAULT_LIMITS,
    maxDepth: env.GRAPHQL_MAX_DEPTH ?? DEFAULT_LIMITS.maxDepth,
    maxAliases: env.GRAPHQL_MAX_ALIASES ?? DEFAULT_LIMITS.maxAliases,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES ?? DEFAULT_LIMITS.maxDirectives,
    maxTokens: env.GRAPHQL_MAX_TOKENS ?? DEFAULT_LIMITS.maxTokens,
    maxCost: env.GRAPHQL_MAX_COST ?? DEFAULT_LIMITS.maxCost,
  };
}
