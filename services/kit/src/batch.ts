import DataLoader from 'dataloader';

export interface ArgsKey<A> {
  args: A;
  id: string;
}

/**
 * A loader for a field with arguments, e.g. `Unit.members(first, after)` asked of many units:
 * one fetch per distinct set of arguments in a batch, with every id asked with them. Ids the
 * fetch leaves out get `fallback(args)`.
 */
export function argsLoader<A, V>(
  fetch: (args: A, ids: readonly string[]) => Promise<Map<string, V>>,
  fallback: (args: A) => V,
): DataLoader<ArgsKey<A>, V, string> {
  return new DataLoader<ArgsKey<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const key of keys) {
        const group = JSON.stringify(key.args);
        const entry = groups.get(group);
        if (entry) entry.ids.push(key.id);
        else groups.set(group, { args: key.args, ids: [key.id] });
      }
      const results = new Map<string, Map<string, V>>();
      for (const [group, { args, ids }] of groups) results.set(group, await fetch(args, [...new Set(ids)]));
      return keys.map((key) => results.get(JSON.stringify(key.args))!.get(key.id) ?? fallback(key.args));
    },
    { cacheKeyFn: (key) => JSON.stringify([key.args, key.id]) },
  );
}
