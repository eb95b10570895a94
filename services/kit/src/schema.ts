import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, isObjectType, isUnionType, parse } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { Rule, accessChecker, type AccessRule } from './access.js';
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
export async function buildFederatedSchema(options: Omit<BuildSchemaOptions, 'skipCheck'>, referenceResolvers: ReferenceResolvers = {}): Promise<GraphQLSchema> {
  const built = await buildSchema({
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    authChecker: accessChecker,
    authMode: 'error',
    ...options,
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(built)}`);
  const resolvers = createResolversMap(built) as GraphQLResolverMap<unknown>;
  guardArguments(built, resolvers);
  for (const [typeName, { access, resolve }] of Object.entries(referenceResolvers)) {
    const __resolveReference = (ref: { id: string }, context: { caller: unknown }) => (access !== Rule.PUBLIC && !context.caller ? null : resolve(ref, context));
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference } as any;
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers });
  declared.set(schema, { built, references: referenceResolvers });
  return schema;
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
