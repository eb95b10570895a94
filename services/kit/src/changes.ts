import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from './auth.js';
import type { Peers } from './client.js';

/**
 * What a feature's service works with: the request's EntityManager and caller (and, for
 * subgraphs that ask others, their clients). A resolver passes its context; a test builds one
 * from an EntityManager, with no HTTP in between.
 */
export interface ServiceContext {
  em: EntityManager;
  caller: Caller | null;
  requestId?: string;
  peers?: Peers;
}

/**
 * Sets the fields of `next` whose values differ from the record's and names them. An update that
 * changes nothing then has nothing to flush (the version stays) and nothing to audit.
 */
export function applyChanges<T extends object>(record: T, next: { [K in keyof T]?: T[K] }): (keyof T & string)[] {
  const changed: (keyof T & string)[] = [];
  for (const key of Object.keys(next) as (keyof T & string)[]) {
    const value = next[key];
    if (value === undefined || record[key] === value) continue;
    record[key] = value as T[keyof T & string];
    changed.push(key);
  }
  return changed;
}
