/**
 * The test env's KV namespace with every call counted, held to the runtime's limit: a Worker
 * invocation may make 1,000 KV operations (a bulk get of up to 100 keys is one), and the
 * one after that throws, as it does on Cloudflare.
 */

/** KV operations one Worker invocation may make (Workers platform limit). */
export const KV_OPERATIONS_PER_INVOCATION = 1_000;

export interface CountingKv {
  kv: KVNamespace;
  /** Calls so far, by method. */
  readonly counts: { get: number; put: number; list: number; delete: number };
  readonly total: number;
  /** Starts counting afresh, as a new invocation does. */
  reset(): void;
}

export function countingKv(kv: KVNamespace): CountingKv {
  const counts = { get: 0, put: 0, list: 0, delete: 0 };
  const total = () => counts.get + counts.put + counts.list + counts.delete;
  const counted =
    (method: keyof typeof counts) =>
    (...args: unknown[]): Promise<unknown> => {
      counts[method]++;
      if (total() > KV_OPERATIONS_PER_INVOCATION) return Promise.reject(new Error("Too many API requests by single Worker invocation."));
      return (kv[method] as (...a: unknown[]) => Promise<unknown>).apply(kv, args);
    };
  const wrapped = { get: counted("get"), put: counted("put"), list: counted("list"), delete: counted("delete") };
  return {
    kv: wrapped as unknown as KVNamespace,
    counts,
    get total() {
      return total();
    },
    reset() {
      for (const method of Object.keys(counts) as Array<keyof typeof counts>) counts[method] = 0;
    },
  };
}
