import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import postgresDate from 'postgres-date';
import { isUuid } from './scalars.js';

/**
 * A PostgreSQL array literal of UUIDs for `= any(?::uuid[])` in raw reads (`em.execute`): one
 * parameter however many ids a batch holds. Anything that is not a UUID is left out, so the
 * literal can never carry a comma, quote or brace of its own.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter(isUuid).join(',')}}`;
}

/**
 * Makes plain rows that are `instanceof` an entity class without running its constructor or
 * MikroORM's property accessors: type-graphql copies any root that is not an instance of its
 * object type into a new instance for every field resolver it reaches (a fresh id, dates, and
 * MikroORM's change-tracking setters per row), and throws on a getter such as `archived`. The
 * class's getters still work; the rows are no managed entities, for reads only.
 */
export function rowsAs<R extends object>(entity: abstract new (...args: never[]) => object, keys: readonly (keyof R & string)[]): (values: R) => R {
  const prototype = Object.create(entity.prototype) as object;
  // Own data properties in front of MikroORM's accessors, so assigning a row's values makes plain properties.
  for (const key of keys) Object.defineProperty(prototype, key, { value: undefined, writable: true, enumerable: false, configurable: true });
  return (values) => Object.assign(Object.create(prototype) as R, values);
}

/**
 * The names of the fields asked of a resolver's answer (aliases resolved, fragments followed
 * whatever their type condition, `@skip`/`@include` ignored): a superset of what will be read.
 */
export function requestedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  // The nodes of a field are one array for every item of a list, and for every request of a
  // cached document, whose fragments are its own: the answer is the same each time.
  let names = askedOf.get(info.fieldNodes);
  if (!names) askedOf.set(info.fieldNodes, (names = collectFields(info)));
  return names;
}

const askedOf = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

function collectFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet.selections);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) walk(node.selectionSet.selections);
  return names;
}

/**
 * The columns a raw read selects for the fields asked: `always` and each asked field's columns
 * from `columnsOf`, or `all` as soon as one asked field is not in `columnsOf` (a field resolver
 * that reads more of the row, a field added later). Parsing the columns nobody asked for was most
 * of a list's cost per row.
 */
export function columnsFor(asked: ReadonlySet<string>, columnsOf: Readonly<Record<string, readonly string[]>>, always: readonly string[], all: string): string {
  const columns = new Set(always);
  for (const field of asked) {
    const needed = Object.hasOwn(columnsOf, field) ? columnsOf[field] : undefined;
    if (!needed) return all;
    for (const column of needed) columns.add(column);
  }
  return [...columns].join(', ');
}

// The package is CommonJS (`module.exports = parseDate`) while its types declare a default export.
const parseDate = postgresDate as unknown as (text: string) => Date | number | null;

/**
 * A `timestamptz` of a raw read as a Date. MikroORM leaves PostgreSQL's text (`2026-11-27
 * 13:08:29.779+00`) unparsed for its own hydration, which raw reads skip, and the DateTime scalar
 * refuses that text: it is parsed as the pg driver parses it (postgres-date). Dates and null pass
 * through; a text of another form is left to `Date`.
 */
export function timestampOf<T extends string | Date | null | undefined>(value: T): Exclude<T, string> | Date {
  if (typeof value !== 'string') return value as Exclude<T, string>;
  const parsed = parseDate(value);
  return parsed instanceof Date ? parsed : new Date(value);
}
