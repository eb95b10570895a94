import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import {
  getNullableType, isInputObjectType, isListType, isObjectType, isScalarType,
  type GraphQLFieldResolver, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { isUuid } from './scalars.js';
import { checkText, refuse, type Problem } from './validation.js';

/**
 * Every argument of every field, before its resolver runs: each string, however deep in an input,
 * passes `checkText` (a NUL or half a surrogate pair would fail in PostgreSQL or in the audit
 * trail as an internal error, with the SQL in the log), and each ID that is a UUID is put in lower
 * case, the one form the database returns and loaders match on (an upper-case UUID names the same
 * record). A refusal names the field.
 */
export function guardArguments(schema: GraphQLSchema, resolvers: GraphQLResolverMap<unknown>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const fields = (resolvers[type.name] ??= {}) as Record<string, unknown>;
      const resolve = (fields[field.name] ?? field.resolve) as GraphQLFieldResolver<unknown, unknown> | undefined;
      const args = field.args;
      fields[field.name] = (source: unknown, values: Record<string, unknown>, context: unknown, info: never) => {
        const problems: Problem[] = [];
        for (const arg of args) inspect(values, arg.name, arg.type, arg.name, problems);
        refuse(problems);
        return resolve ? resolve(source, values, context, info) : (source as Record<string, unknown>)?.[field.name];
      };
    }
  }
}

/** Checks `container[key]` against its input type, normalising IDs in place. */
function inspect(container: Record<string, unknown> | unknown[], key: string | number, type: GraphQLInputType, field: string, problems: Problem[]): void {
  const value = (container as Record<string | number, unknown>)[key];
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((_item, i) => inspect(value, i, nullable.ofType, field, problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) inspect(value as Record<string, unknown>, inner.name, inner.type, inner.name, problems);
    return;
  }
  if (typeof value !== 'string') return;
  problems.push(...checkText(value, field));
  if (isScalarType(nullable) && nullable.name === 'ID' && isUuid(value)) (container as Record<string | number, unknown>)[key] = value.toLowerCase();
}
