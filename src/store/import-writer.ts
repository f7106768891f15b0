/**
 * Writes a validated import to KV so that it lands whole or not at all. KV has no
 * transactions, so the value of every key the import writes is read first; when a write fails,
 * every key written so far (the failed one too) gets its old value back. When even that fails,
 * the outcome names what may have changed. Writing the same import again finishes it:
 * interviews and settings are replaced, a send is logged once. An interview or settings
 * saved exactly as the file has them are not written again, and are counted as unchanged.
 */
import type { Interview, SendRecord, Settings } from "../types.js";
import { INTERVIEW_PREFIX, interviewKey, sendKey, SETTINGS_KEY } from "./kv-keys.js";
import { BULK_GET_KEYS, KvStore, StoreError } from "./kv-store.js";

export interface ImportData {
  interviews: readonly Interview[];
  settings: Settings | null;
  sends: readonly SendRecord[];
}

/** What an import that stopped part-way may have left changed. */
export interface MaybeChanged {
  /** Ids of interviews, in the import's order. */
  interviews: string[];
  settings: boolean;
  sends: number;
}

/** What a written import changed. */
export interface ImportCounts {
  /** Ids of the file's interviews: new, replacing a saved one, or saved already as the file has them. */
  added: string[];
  replaced: string[];
  unchanged: string[];
  /** The file's sends newly logged, and those the log held already (a send the file holds twice counts once). */
  sendsLogged: number;
  sendsAlreadyLogged: number;
  /** What happened to the settings; null when the file had none. */
  settings: "replaced" | "unchanged" | null;
}

/**
 * A written import and what it changed, or where it stopped: write `failedAt` of `writes`
 * failed; `maybeChanged` is null when all was put back.
 */
export type ImportWriteOutcome = ({ ok: true } & ImportCounts) | { ok: false; failedAt: number; writes: number; maybeChanged: MaybeChanged | null };

type Item = { kind: "interview"; id: string } | { kind: "settings" } | { kind: "send" };

interface Write {
  key: string;
  item: Item;
  /** The text an interview or the settings are stored as (KvStore stores JSON.stringify of the value), to tell one saved already. */
  json?: string;
  run: () => Promise<unknown>;
}

/** Ids of the saved interviews, from their keys alone (one KV list per 1,000, no reads). */
export async function storedInterviewIds(kv: KVNamespace): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await kvCall("list", () => kv.list({ prefix: INTERVIEW_PREFIX, cursor }));
    for (const { name } of page.keys) ids.add(name.slice(INTERVIEW_PREFIX.length));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return ids;
}

/**
 * Writes `data`: interviews replace those with the same id, settings replace the saved ones,
 * sends not yet logged are logged. Throws a StoreError only when reading the old values fails,
 * before anything was written.
 */
export async function writeImport(kv: KVNamespace, data: ImportData): Promise<ImportWriteOutcome> {
  const store = new KvStore(kv);
  const { settings } = data;
  const planned: Write[] = [
    // The index is written once for the whole import, below: an entry per write would read and write its shard each time.
    ...data.interviews.map((i): Write => ({ key: interviewKey(i.id), item: { kind: "interview", id: i.id }, json: JSON.stringify(i), run: () => store.putInterview(i, { deferIndex: true }) })),
    ...(settings ? [{ key: SETTINGS_KEY, item: { kind: "settings" } as const, json: JSON.stringify(settings), run: () => store.putSettings(settings) }] : []),
    ...(await Promise.all(data.sends.map(async (s): Promise<Write> => ({ key: await sendKey(s.interviewId, s.messageId), item: { kind: "send" }, run: () => store.logSend(s) })))),
  ];
  const before = await readAll(kv, planned.map((w) => w.key));
  const counts: ImportCounts = { added: [], replaced: [], unchanged: [], sendsLogged: 0, sendsAlreadyLogged: 0, settings: null };
  // A send already logged is not written again, nor one the file holds twice; nor what is saved as the file has it.
  const seen = new Set<string>();
  const writes = planned.filter(({ key, item, json }) => {
    if (seen.has(key)) return false;
    seen.add(key);
    const old = before.get(key) ?? null;
    const write = item.kind === "send" ? old === null : old !== json;
    if (item.kind === "send") counts[write ? "sendsLogged" : "sendsAlreadyLogged"]++;
    else if (item.kind === "settings") counts.settings = write ? "replaced" : "unchanged";
    else counts[old === null ? "added" : write ? "replaced" : "unchanged"].push(item.id);
    return write;
  });

  for (const [index, write] of writes.entries()) {
    try {
      await write.run();
    } catch {
      const unrestored = await putBack(kv, writes.slice(0, index + 1), before);
      return { ok: false, failedAt: index + 1, writes: writes.length, maybeChanged: unrestored.length ? itemsOf(unrestored) : null };
    }
  }
  // A copy of what was written, never undone with it: a failure here leaves the index to be rebuilt (KvStore.indexInterviews).
  await store.indexInterviews(data.interviews);
  return { ok: true, ...counts };
}

/** The current value of every key, null where there is none, a bulk read per 100 keys. */
async function readAll(kv: KVNamespace, keys: string[]): Promise<Map<string, string | null>> {
  const values = new Map<string, string | null>();
  for (let i = 0; i < keys.length; i += BULK_GET_KEYS) {
    const chunk = [...new Set(keys.slice(i, i + BULK_GET_KEYS))];
    for (const [key, value] of await kvCall("get", () => kv.get(chunk, "text"))) values.set(key, value);
  }
  return values;
}

/** Gives each written key its old value back (or deletes it), latest first; returns those that could not be. */
async function putBack(kv: KVNamespace, written: readonly Write[], before: ReadonlyMap<string, string | null>): Promise<Write[]> {
  const failed: Write[] = [];
  for (const write of [...written].reverse()) {
    const old = before.get(write.key) ?? null;
    try {
      await (old === null ? kv.delete(write.key) : kv.put(write.key, old));
    } catch {
      failed.unshift(write);
    }
  }
  return failed;
}

function itemsOf(writes: readonly Write[]): MaybeChanged {
  const items = writes.map((w) => w.item);
  return {
    interviews: items.flatMap((i) => (i.kind === "interview" ? [i.id] : [])),
    settings: items.some((i) => i.kind === "settings"),
    sends: items.filter((i) => i.kind === "send").length,
  };
}

/** Runs a KV call, turning its failure into a StoreError, as KvStore does. */
async function kvCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new StoreError(operation, error);
  }
}
