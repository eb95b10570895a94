import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { notFound, staleVersion } from './errors.js';
import { isUuid } from './scalars.js';

/**
 * Loads a row a mutation will change and checks the version the caller read. A race between two
 * callers that both pass this check is still caught: the UPDATE carries `where version = …`.
 */
export async function loadForUpdate<T extends { id: string; version: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  what: string,
  id: string,
  expectedVersion?: number,
  /** Runs before the version check, so a caller without rights learns nothing about the row. */
  authorize?: (row: T) => void,
): Promise<T> {
  const row = isUuid(id) ? await em.findOne(entity, { id } as FilterQuery<T>) : null;
  if (!row) throw notFound(what, id);
  authorize?.(row);
  if (expectedVersion !== undefined && row.version !== expectedVersion) throw staleVersion(what, expectedVersion, row.version);
  return row;
}

/** Finds a row a mutation refers to (a unit for a new team) or says which one is missing. */
export async function loadReferenced<T extends { id: string }>(em: EntityManager, entity: EntityName<T>, what: string, id: string): Promise<T> {
  const row = isUuid(id) ? await em.findOne(entity, { id } as FilterQuery<T>) : null;
  if (!row) throw notFound(what, id);
  return row;
}
