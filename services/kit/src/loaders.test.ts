import { describe, expect, it } from 'vitest';
import { byIdLoader, countLoader, groupLoader } from './loaders.js';

describe('the batching loaders', () => {
  it('fetch all keys of a tick in one call and answer in key order, null for missing ids', async () => {
    const calls: string[][] = [];
    const loader = byIdLoader(async (ids) => {
      calls.push([...ids]);
      return ids.filter((id) => id !== 'missing').reverse().map((id) => ({ id, name: `n-${id}` }));
    });
    const results = await Promise.all(['a', 'missing', 'b'].map((id) => loader.load(id)));
    expect(calls).toEqual([['a', 'missing', 'b']]);
    expect(results).toEqual([{ id: 'a', name: 'n-a' }, null, { id: 'b', name: 'n-b' }]);
  });

  it('group rows by key and give an empty list to keys without rows', async () => {
    const loader = groupLoader(async () => [{ k: 'x', v: 1 }, { k: 'x', v: 2 }, { k: 'y', v: 3 }], (r) => r.k);
    expect(await loader.loadMany(['x', 'y', 'z'])).toEqual([[{ k: 'x', v: 1 }, { k: 'x', v: 2 }], [{ k: 'y', v: 3 }], []]);
  });

  it('count zero for keys the grouped query does not return', async () => {
    const loader = countLoader(async () => [{ key: 'x', count: 4 }]);
    expect(await loader.loadMany(['x', 'y'])).toEqual([4, 0]);
  });
});
