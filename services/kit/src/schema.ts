import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType, isUnionType, parse } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
import { Rule, ruleGuard, type AccessRule } from './access.js';
import type { Caller } from './auth.js';
import { guardArguments } from './arguments.js';
import { DateTimeScalar } from './scalars.js';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@cost", "@listSize"])';

/**
 * How other subgraphs' references to an entity are resolved, and who may have them: a reference
 * with a rule other than PUBLIC resolves to null for an anonymous caller before `resolve` runs.
 */
export type ReferenceResolvers = Record<string, { access: AccessRule; resolve: (ref: { id: string }, context: any) => unknown }>;

interface Declared {
  built: GraphQLSchema;
  references: ReferenceResolvers;
}
const declared = new WeakMap<GraphQLSchema, Declared>();

/**
 * type-graphql builds the schema from classes; Apollo's subgraph builder adds the federation
 * machinery (`_entities`, `_service`). The SDL round-trip keeps the `@key` directives
 * type-graphql emits, and the reference resolvers are merged into its resolver map.
 */
/**
 * Resolvers graphql-js calls directly instead of type-graphql's handler, by type and field: for a
 * field resolved thousands of times in one request (an entity's field under `_entities`), where
 * type-graphql's per-call work (validating each argument in a promise of its own, copying the root
 * into an instance, the middleware chain) costs more than the field. The field is still declared by
 * its type-graphql resolver (type, arguments, directives, access rule); the access and argument
 * guards below wrap the direct one just the same.
 */
export type DirectResolvers = Record<string, Record<string, GraphQLFieldResolver<any, any, any>>>;

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
  directResolvers: DirectResolvers = {},
): Promise<GraphQLSchema> {
  const built = await buildSchema({
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    // No authChecker: each field's `@Access` rule is enforced by `guardAccess` below, synchronously.
    ...options,
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(built)}`);
  const resolvers = createResolversMap(built) as GraphQLResolverMap<unknown>;
  for (const [typeName, fields] of Object.entries(directResolvers)) {
    for (const [fieldName, resolve] of Object.entries(fields)) {
      // Only in place of a declared field resolver: a misspelt name must not pass unnoticed, nor a plain property be given one.
      if (!hasFieldResolver(typeName, fieldName)) throw new Error(`No field resolver ${typeName}.${fieldName} to resolve directly`);
      (resolvers[typeName] as Record<string, unknown>)[fieldName] = resolve;
    }
  }
  guardAccess(built, resolvers);
  guardArguments(built, resolvers);
  for (const [typeName, { access, resolve }] of Object.entries(referenceResolvers)) {
    const __resolveReference = (ref: { id: string }, context: { caller: unknown }) => (access !== Rule.PUBLIC && !context.caller ? null : resolve(ref, context));
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference } as any;
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers });
  declared.set(schema, { built, references: referenceResolvers });
  return schema;
}

/**
 * Puts each field's access rule in front of its resolver, and drops type-graphql's resolver of a
 * plain property nobody needs to guard, so graphql-js reads it with its default resolver: a list of
 * 700 teams is then 700 property reads, not 700 chains of middleware promises. The rules test the
 * caller, never the row (see `checkRule`); where a rule depends on the row, the resolver checks it.
 */
function guardAccess(schema: GraphQLSchema, resolvers: GraphQLResolverMap<unknown>): void {
  const storage = getMetadataStorage();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const plain = plainProperties(storage, type.name);
    const fields = (resolvers[type.name] ??= {}) as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      const rule = (field.extensions as { access?: AccessRule } | undefined)?.access;
      const guard = rule ? ruleGuard(rule) : null;
      const resolve = fields[field.name] as GraphQLFieldResolver<unknown, { caller: Caller | null }> | undefined;
      if (plain.has(field.name)) {
        const name = field.name;
        if (guard) {
          fields[name] = (source: unknown, _args: unknown, context: { caller: Caller | null }) => {
            guard(context.caller);
            return (source as Record<string, unknown>)[name];
          };
        } else delete fields[name];
        continue;
      }
      if (!guard || typeof resolve !== 'function') continue;
      fields[field.name] = (source: unknown, args: Record<string, unknown>, context: { caller: Caller | null }, info: never) => {
        guard(context.caller);
        return resolve(source, args, context, info);
      };
    }
  }
}

/** Whether a type-graphql `@FieldResolver` declares `typeName.fieldName`. */
function hasFieldResolver(typeName: string, fieldName: string): boolean {
  const storage = getMetadataStorage();
  return storage.fieldResolvers.some((r) => r.schemaName === fieldName && storage.objectTypes.some((o) => o.name === typeName && o.target === r.getObjectType?.()));
}

/**
 * The fields of an object type that type-graphql resolves by reading the property of the same
 * name: no field resolver, no middleware, no renaming. Anything not known to be plain keeps its resolver.
 * Subgraphs sharing a process (tests, the bench) each declare a class of one federated type (units
 * and honors both declare Unit), all in type-graphql's one store: a field is plain only if no class
 * of that name resolves it otherwise. (Reading the first class alone made honors' Unit, where
 * `teamCount` is a plain @external property, drop the units subgraph's `teamCount` resolver
 * whenever honors was imported first.)
 */
function plainProperties(storage: ReturnType<typeof getMetadataStorage>, typeName: string): Set<string> {
  const plain = new Set<string>();
  const resolvedOtherwise = new Set<string>();
  for (const objectType of storage.objectTypes.filter((o) => o.name === typeName)) {
    const classes: Function[] = [];
    for (let c: Function | null = objectType.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) classes.push(c);
    const resolved = new Set(storage.fieldResolvers.filter((r) => classes.includes(r.getObjectType?.() as Function)).map((r) => r.schemaName));
    for (const name of resolved) resolvedOtherwise.add(name);
    for (const field of storage.fields) {
      if (!classes.includes(field.target)) continue;
      if (field.name !== field.schemaName || (field.middlewares?.length ?? 0) > 0) resolvedOtherwise.add(field.schemaName);
      else plain.add(field.schemaName);
    }
  }
  for (const name of resolvedOtherwise) plain.delete(name);
  return plain;
}

/** The schema type-graphql built, before the SDL round trip: it alone keeps the fields' extensions. */
export function declaredSource(schema: GraphQLSchema): GraphQLSchema {
  return declared.get(schema)?.built ?? schema;
}

/** Fields federation adds to every subgraph. */
const FEDERATION_FIELDS: Record<string, AccessRule> = { 'Query._service': Rule.GATEWAY, 'Query._entities': Rule.GATEWAY, '_Service.sdl': Rule.GATEWAY };

export interface DeclaredAccess {
  /** `Type.field`, or `Type.__resolveReference` for an entity. */
  coordinate: string;
  rule: AccessRule | null;
}

/** The rule each field of a schema built by `buildFederatedSchema` declares, and each entity reference: null where none is. */
export function declaredAccess(schema: GraphQLSchema): DeclaredAccess[] {
  const info = declared.get(schema);
  if (!info) throw new Error('Not a schema built by buildFederatedSchema');
  const out: DeclaredAccess[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const source = info.built.getType(type.name);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const fromSource = source && isObjectType(source) ? (source.getFields()[field.name]?.extensions as { access?: AccessRule } | undefined)?.access : undefined;
      out.push({ coordinate, rule: FEDERATION_FIELDS[coordinate] ?? fromSource ?? null });
    }
  }
  const entities = schema.getType('_Entity');
  for (const entity of entities && isUnionType(entities) ? entities.getTypes() : []) {
    out.push({ coordinate: `${entity.name}.__resolveReference`, rule: info.references[entity.name]?.access ?? null });
  }
  return out;
}
