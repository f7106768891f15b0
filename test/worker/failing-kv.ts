/**
 * The test env's KV namespace with a write that fails on cue, for the import's failure paths:
 * reads and listings go through untouched; the `failAt`-th write (a put or a delete, counting
 * from 1) throws, and with `keepFailing` so does every write after it (storage gone for good).
 */
export interface FailingKv {
  kv: KVNamespace;
  /** Writes attempted so far, failed ones included. */
  readonly writes: number;
}

export function failingKv(kv: KVNamespace, failAt: number, { keepFailing = false } = {}): FailingKv {
  let writes = 0;
  const write = <T>(run: () => Promise<T>): Promise<T> => {
    writes++;
    const fails = writes === failAt || (keepFailing && writes > failAt);
    return fails ? Promise.reject(new Error(`KV write ${writes} failed (test)`)) : run();
  };
  const wrapped = {
    get: (...args: unknown[]) => (kv.get as (...a: unknown[]) => Promise<unknown>).apply(kv, args),
    list: (...args: unknown[]) => (kv.list as (...a: unknown[]) => Promise<unknown>).apply(kv, args),
    put: (...args: Parameters<KVNamespace["put"]>) => write(() => kv.put(...args)),
    delete: (key: string) => write(() => kv.delete(key)),
  };
  return {
    kv: wrapped as unknown as KVNamespace,
    get writes() {
      return writes;
    },
  };
}
