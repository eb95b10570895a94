import DataLoader from 'dataloader';

/**
 * A loader keyed by id whose batch function runs one query for all keys; results come back
 * in key order, with null for ids that do not exist.
 */
export function byIdLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A loader from one key to many rows (a unit's teams), one query per batch. */
export function groupLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** A loader from a key to a number (a unit's team count), one grouped query per batch. */
export function countLoader(fetch: (keys: readonly string[]) => Promise<{ key: string; count: number }[]>): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const counts = new Map(rows.map((r) => [r.key, Number(r.count)]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}
