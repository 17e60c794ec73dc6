import { loadExisting, loaderByKey, loaderOfLists } from '../../src/loaders';

describe('loader batching', () => {
  it('answers in key order, with null for unknown keys, from one batch', async () => {
    const batches: (readonly string[])[] = [];
    const loader = loaderByKey((keys) => {
      batches.push(keys);
      return Promise.resolve([
        { key: 'b', value: 2 },
        { key: 'a', value: 1 },
      ]);
    });
    const results = await Promise.all(['a', 'zzz', 'b'].map((key) => loader.load(key)));
    expect(results).toEqual([{ key: 'a', value: 1 }, null, { key: 'b', value: 2 }]);
    expect(batches).toEqual([['a', 'zzz', 'b']]);
  });

  it('groups rows by owner in key order, with an empty list for keys without rows', async () => {
    const loader = loaderOfLists<{ id: number }>(() =>
      Promise.resolve([
        { ownerKey: 'y', id: 1 },
        { ownerKey: 'x', id: 2 },
        { ownerKey: 'y', id: 3 },
      ]),
    );
    const [x, none, y] = await Promise.all(['x', 'none', 'y'].map((key) => loader.load(key)));
    expect(x?.map((row) => row.id)).toEqual([2]);
    expect(none).toEqual([]);
    expect(y?.map((row) => row.id)).toEqual([1, 3]);
  });

  it('loadExisting skips unknown keys but rethrows a failed batch instead of answering fewer rows', async () => {
    const healthy = loaderByKey((keys) =>
      Promise.resolve(keys.filter((k) => k !== 'gone').map((key) => ({ key }))),
    );
    await expect(loadExisting(healthy, ['a', 'gone', 'b'])).resolves.toEqual([{ key: 'a' }, { key: 'b' }]);

    const timeout = new Error('the database did not answer in time');
    const failing = loaderByKey<{ key: string }>(() => Promise.reject(timeout));
    await expect(loadExisting(failing, ['a', 'b'])).rejects.toBe(timeout);
  });
});
