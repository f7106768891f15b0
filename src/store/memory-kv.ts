/**
 * An in-process stand-in for the Workers KV binding, holding only what the Worker's KvStore
 * uses (get, put, delete, list by prefix), so that KvStore's own code (its listing, its JSON
 * reads, its per-version validation) can run without a real namespace: in the start-up checks,
 * which may not touch the real KV, and in the benchmark. Values are kept as the strings KV
 * returns; "json" reads parse them afresh, as KV does. Expiry and metadata are ignored.
 */
export class MemoryKv {
  private readonly values = new Map<string, string>();

  async get(key: string, type?: "text" | "json"): Promise<unknown> {
    const value = this.values.get(key);
    if (value === undefined) return null;
    return type === "json" ? JSON.parse(value) : value;
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
