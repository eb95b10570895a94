import DataLoader from 'dataloader';

export interface ArgsKey<A> {
  args: A;
  id: string;
}

/** One value per distinct set of arguments (by their JSON), made when first asked for and kept. */
function perArgument<A, V>(make: (arg: A) => V): (arg: A) => V {
  const made = new Map<string, V>();
  return (arg) => {
    const key = JSON.stringify(arg);
    let found = made.get(key);
    if (found === undefined) made.set(key, (found = make(arg)));
    return found;
  };
}

/** What `argsLoader` gives: `load({ args, id })`, batched per set of arguments. */
export interface ArgsLoader<A, V> {
  load(key: ArgsKey<A>): Promise<V>;
}

/**
 * A loader for a field with arguments, e.g. `Unit.members(first, after)` asked of many units:
 * one fetch per distinct set of arguments in a batch, with every id asked with them. Ids the
 * fetch leaves out get `fallback(args)`. A DataLoader per set of arguments keyed by the bare id:
 * a list of thousands of units costs one small key each, not a key of arguments and id.
 */
export function argsLoader<A, V>(
  fetch: (args: A, ids: readonly string[]) => Promise<Map<string, V>>,
  fallback: (args: A) => V,
): ArgsLoader<A, V> {
  const loaderOf = perArgument((args: A) =>
    new DataLoader<string, V>(async (ids) => {
      const found = await fetch(args, ids);
      return ids.map((id) => found.get(id) ?? fallback(args));
    }),
  );
  return { load: ({ args, id }) => loaderOf(args).load(id) };
}
