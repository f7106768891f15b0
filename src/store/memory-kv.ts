/**
 * An in-process stand-in for the Workers KV binding, holding only what the Worker's KvStore
 * uses (get, of one key or of many at once, put, delete, list by prefix), so that KvStore's
 * own code (its listing, its index, its JSON reads, its per-version validation) can run
 * without a real namespace: in the start-up checks, which may not touch the real KV, and in
 * the benchmark. Values are kept as the strings KV returns; "json" reads parse them afresh,
 * as KV does. Expiry and metadata are ignored.
 */
export class MemoryKv {
  private readonly values = new Map<string, string>();

  /** One key's value, or, for a list of keys (a bulk read), a Map of each key's value. */
  async get(key: string | string[], type?: "text" | "json"): Promise<unknown> {
    const read = (k: string) => {
      const value = this.values.get(k);
      if (value === undefined) return null;
      return type === "json" ? JSON.parse(value) : value;
    };
    return Array.isArray(key) ? new Map(key.map((k) => [k, read(k)])) : read(key);
  }

  async put(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async list(options: { prefix?: string }): Promise<{ keys: { name: string }[]; list_complete: true }> {
    const names = [...this.values.keys()].filter((k) => k.startsWith(options.prefix ?? "")).sort();
    return { keys: names.map((name) => ({ name })), list_complete: true };
  }
}
