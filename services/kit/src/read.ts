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
