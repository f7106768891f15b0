/**
 * The Store on Workers KV: interview facts, the send log and settings. A failed KV call
 * surfaces as a StoreError, so callers can tell storage trouble from a bug.
 */
import { interviewSchema } from "../facts/schema.js";
import { bySentAt } from "../send-log.js";
import { memoize } from "../text/memo.js";
import { DEFAULT_SETTINGS, settingsSchema } from "../settings.js";
import { REMINDER_PREFIX } from "../reminders/schedule.js";
import { INTERVIEW_ID_PATTERN } from "../facts/schema.js";
import type { Interview, SendRecord, Settings } from "../types.js";
import { entriesByShard, entryOf, EVERY_SHARD, INDEX_SHARDS, InterviewIndex, parseShard, shardJson, shardOf, type IndexEntry } from "./interview-index.js";
import { idDigest, INDEX_KEYS, INTERVIEW_PREFIX, interviewKey, inviteKey, sendKey, sendKeyOfRef, sendPrefix, SETTINGS_KEY } from "./kv-keys.js";
import type { Store } from "./store.js";

/** A logged send with its reference: the digest its key ends in (kv-keys.ts), which links name it by. */
export interface LoggedSend {
  ref: string;
  send: SendRecord;
}

/** Reminder markers outlive any send window (72 h by default, weeks at most with a late sendBy). */
const REMINDER_MARKER_TTL_S = 60 * 24 * 3600;

/** KV could not be read or written; `cause` holds the runtime's error. */
export class StoreError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`KV ${operation} failed`, { cause });
    this.name = "StoreError";
  }
}

/** Runs a KV operation, turning its failure into a StoreError (the web app's 503 "storage unavailable"). */
export async function kvCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new StoreError(operation, error);
  }
}

/** Keys one bulk KV read may ask for; one bulk read is one of the 1,000 KV operations a request may make. */
export const BULK_GET_KEYS = 100;

/** The text values of `keys` (null where there is none), a bulk read per 100 keys. */
async function getAll(kv: KVNamespace, keys: readonly string[]): Promise<Map<string, string | null>> {
  const values = new Map<string, string | null>();
  for (let i = 0; i < keys.length; i += BULK_GET_KEYS) {
    const chunk = [...new Set(keys.slice(i, i + BULK_GET_KEYS))];
    for (const [key, value] of await kvCall("get", () => kv.get(chunk, "text"))) values.set(key, value);
  }
  return values;
}

/** KV list pages hold up to 1000 keys; more interviews or sends than this are read page by page. */
async function listAll(kv: KVNamespace, prefix: string): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await kvCall("list", () => kv.list({ prefix, cursor }));
    names.push(...page.keys.map((k) => k.name));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return names;
}

/**
 * Characters of stored JSON whose validated form is remembered: a few hundred interviews.
 * Every email event reads the settings and the interview it is about, the dashboard a page of
 * interviews, and they change far less often than mail arrives, so each stored version is
 * parsed and validated once per isolate.
 */
const VALIDATED_JSON_CHARS = 1_000_000;

/**
 * A stored JSON value validated by `schema`, remembered per stored text; null when the text is
 * not JSON or no longer validates. Callers share the result between events: it is never
 * mutated (updates build new objects).
 */
function validatedJson<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): (json: string) => T | null {
  return memoize((json) => {
    try {
      const parsed = schema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }, VALIDATED_JSON_CHARS);
}

const interviewFromJson = validatedJson<Interview>(interviewSchema);
const settingsFromJson = validatedJson<Settings>(settingsSchema);

/** A change to the index: the interview saved under `id` now, or null when there is none. */
interface IndexChange {
  id: string;
  interview: Interview | null;
}

export class KvStore implements Store {
  /** The index this store last read or wrote, to put right what a later read finds out of date. */
  private index: InterviewIndex | null = null;

  constructor(private readonly kv: KVNamespace) {}

  /**
   * Every saved interview, read whole (a list per 1,000 and a bulk read per 100): for the
   * callers that need them all. What it reads also puts the index right (see repairIndex).
   */
  async listInterviews(): Promise<Interview[]> {
    const ids = await this.storedIds();
    const values = await this.readInterviews(ids);
    const interviews = ids.flatMap((id) => values.get(id) ?? []);
    await this.repairIndex(interviews, new Set(ids));
    return interviews;
  }

  async getInterview(id: string): Promise<Interview | null> {
    const json = await kvCall("get", () => this.kv.get(interviewKey(id)));
    return json === null ? null : interviewFromJson(json);
  }

  /**
   * The saved interviews with these ids, in one bulk read per 100. One that differs from the
   * index this store read (edited or deleted since its entry was written, by a write the
   * index lost) has its entry put right.
   */
  async getInterviews(ids: readonly string[]): Promise<Array<Interview | null>> {
    // An id that is not valid can name no saved interview.
    const values = await this.readInterviews(ids.filter((id) => INTERVIEW_ID_PATTERN.test(id)));
    const found = ids.map((id) => values.get(id) ?? null);
    const index = this.index;
    if (index) {
      const changes = ids.flatMap((id, i): IndexChange[] => {
        const interview = found[i]!;
        const stale = interview ? index.with(interview) !== index : index.get(id) !== undefined;
        return stale ? [{ id, interview }] : [];
      });
      if (changes.length) await this.updateIndex(changes);
    }
    return found;
  }

  /**
   * What the index holds for every saved interview: one bulk read of its 16 values. A value
   * that is missing or unreadable (the index was never built, or a write of it failed) is
   * rebuilt from the interview keys of its shard.
   */
  async interviewIndex(): Promise<InterviewIndex> {
    const stored = await getAll(this.kv, INDEX_KEYS);
    const shards = INDEX_KEYS.map((key) => {
      const json = stored.get(key);
      return json == null ? null : parseShard(json);
    });
    const missing = shards.flatMap((entries, shard) => (entries === null ? [shard] : []));
    if (missing.length) {
      const ids = (await this.storedIds()).filter((id) => missing.includes(shardOf(id)));
      const values = await this.readInterviews(ids);
      const rebuilt = entriesByShard(missing, ids.map((id) => values.get(id)));
      for (const [shard, entries] of rebuilt) shards[shard] = entries;
      // Nothing saved and no index yet: an empty store stays empty rather than holding 16 empty values.
      if (ids.length > 0 || missing.length < INDEX_SHARDS) await this.writeShards(rebuilt);
    }
    this.index = new InterviewIndex(shards.flatMap((entries) => entries ?? []));
    return this.index;
  }

  /** Saves an interview and its index entry; with `deferIndex`, the caller indexes a batch later (indexInterviews). */
  async putInterview(interview: Interview, { deferIndex = false } = {}): Promise<void> {
    await kvCall("put", () => this.kv.put(interviewKey(interview.id), JSON.stringify(interview)));
    if (!deferIndex) await this.updateIndex([{ id: interview.id, interview }]);
  }

  /** Writes the index entries of interviews just saved with `deferIndex`: one read and one write per shard for the whole batch. */
  async indexInterviews(interviews: readonly Interview[]): Promise<void> {
    await this.updateIndex(interviews.map((interview) => ({ id: interview.id, interview })));
  }

  async deleteInterview(id: string): Promise<void> {
    await kvCall("delete", () => this.kv.delete(interviewKey(id)));
    await this.updateIndex([{ id, interview: null }]);
  }

  /** Ids of the saved interviews, from their keys alone. */
  private async storedIds(): Promise<string[]> {
    // A key whose id is not valid was never written here (interviewKey refuses it): it is passed over.
    return (await listAll(this.kv, INTERVIEW_PREFIX)).map((key) => key.slice(INTERVIEW_PREFIX.length)).filter((id) => INTERVIEW_ID_PATTERN.test(id));
  }

  /** The valid stored interviews of `ids`; a value that no longer validates is left out rather than breaking every check. */
  private async readInterviews(ids: readonly string[]): Promise<Map<string, Interview | null>> {
    const keys = ids.map(interviewKey);
    const values = await getAll(this.kv, keys);
    return new Map(ids.map((id, i) => {
      const json = values.get(keys[i]!);
      return [id, json == null ? null : interviewFromJson(json)];
    }));
  }

  /**
   * Applies `changes` to the shards they fall in (one bulk read, a write per changed shard).
   * The index is a copy, so a failure here never fails the interview's own write: a shard
   * that cannot be written is deleted instead, and the next read rebuilds it from the
   * interview keys. A shard that is missing is left so; it will be rebuilt with the change.
   */
  private async updateIndex(changes: readonly IndexChange[]): Promise<void> {
    const byShard = new Map<number, IndexChange[]>();
    for (const change of changes) byShard.set(shardOf(change.id), [...(byShard.get(shardOf(change.id)) ?? []), change]);
    const shards = [...byShard.keys()];
    let stored: Map<string, string | null>;
    try {
      stored = await getAll(this.kv, shards.map((shard) => INDEX_KEYS[shard]!));
    } catch {
      await this.forgetShards(shards);
      return;
    }
    const updated = new Map<number, IndexEntry[]>();
    for (const [shard, shardChanges] of byShard) {
      const json = stored.get(INDEX_KEYS[shard]!);
      const entries = json == null ? null : parseShard(json);
      if (entries === null) continue;
      const byId = new Map(entries.map((e) => [e.id, e]));
      for (const { id, interview } of shardChanges) {
        if (interview) byId.set(id, entryOf(interview));
        else byId.delete(id);
      }
      updated.set(shard, [...byId.values()]);
    }
    await this.writeShards(updated, stored);
    if (this.index) this.index = changes.reduce((index, c) => (c.interview ? index.with(c.interview) : index.without(c.id)), this.index);
  }

  /**
   * Puts the index right from a full read of the interviews (`interviews`, under the listed
   * `ids`): every shard gets exactly their entries. An entry whose id the listing did not show
   * is kept if its interview is still there (KV lists can lag a fresh write by up to a minute).
   */
  private async repairIndex(interviews: readonly Interview[], ids: ReadonlySet<string>): Promise<void> {
    try {
      const stored = await getAll(this.kv, INDEX_KEYS);
      // Nothing saved and no index yet: nothing to put right.
      if (interviews.length === 0 && [...stored.values()].every((json) => json == null)) return;
      const unlisted = INDEX_KEYS.flatMap((key) => {
        const json = stored.get(key);
        return (json == null ? null : parseShard(json))?.filter((e) => !ids.has(e.id)).map((e) => e.id) ?? [];
      });
      const kept = await this.readInterviews(unlisted);
      const expected = entriesByShard(EVERY_SHARD, [...interviews, ...kept.values()]);
      await this.writeShards(expected, stored);
      this.index = new InterviewIndex([...expected.values()].flat());
    } catch {
      // The index is put right again by the next full read; the listing itself succeeded.
    }
  }

  /** Writes the shards whose JSON differs from `stored` (all of them when it is not given); a failed write deletes the shard instead. */
  private async writeShards(shards: ReadonlyMap<number, readonly IndexEntry[]>, stored?: ReadonlyMap<string, string | null>): Promise<void> {
    const failed: number[] = [];
    await Promise.all(
      [...shards].map(async ([shard, entries]) => {
        const key = INDEX_KEYS[shard]!;
        const json = shardJson(entries);
        if (stored?.get(key) === json) return;
        try {
          await this.kv.put(key, json);
        } catch {
          failed.push(shard);
        }
      }),
    );
    if (failed.length) await this.forgetShards(failed);
  }

  /** Deletes shards that could not be kept right, so the next read rebuilds them; when even that fails, the next full read repairs them. */
  private async forgetShards(shards: readonly number[]): Promise<void> {
    await Promise.all(
      shards.map(async (shard) => {
        try {
          await this.kv.delete(INDEX_KEYS[shard]!);
        } catch {
          // Left to the next full read.
        }
      }),
    );
  }

  async listSends(interviewId: string): Promise<SendRecord[]> {
    return (await this.listLoggedSends(interviewId)).map((logged) => logged.send);
  }

  /** Logged sends of one interview with the reference of each (what the web app's links name it by), earliest first. */
  async listLoggedSends(interviewId: string): Promise<LoggedSend[]> {
    const prefix = sendPrefix(interviewId);
    const keys = await listAll(this.kv, prefix);
    const values = await getAll(this.kv, keys);
    // A key deleted between the listing and the read has no value: it is no longer logged.
    const sends = keys.flatMap((key) => {
      const json = values.get(key);
      return json == null ? [] : [{ ref: key.slice(prefix.length), send: JSON.parse(json) as SendRecord }];
    });
    return sends.sort((a, b) => bySentAt(a.send, b.send));
  }

  /** The logged send `ref` names, or null when there is none (removed, or never logged). */
  async getLoggedSend(interviewId: string, ref: string): Promise<LoggedSend | null> {
    const json = await kvCall("get", () => this.kv.get(sendKeyOfRef(interviewId, ref)));
    return json === null ? null : { ref, send: JSON.parse(json) as SendRecord };
  }

  /** Takes the send `ref` names out of the log (a send logged by mistake); nothing happens when it is already gone. */
  async deleteSend(interviewId: string, ref: string): Promise<void> {
    await kvCall("delete", () => this.kv.delete(sendKeyOfRef(interviewId, ref)));
  }

  async logSend(record: SendRecord): Promise<"logged" | "duplicate"> {
    const key = await sendKey(record.interviewId, record.messageId);
    if ((await kvCall("get", () => this.kv.get(key))) !== null) return "duplicate";
    await kvCall("put", () => this.kv.put(key, JSON.stringify(record)));
    return "logged";
  }

  /**
   * Logs a send entered by hand (send-log.ts, handEnteredSend) and returns its reference. Its id
   * was just made up, so no entry can hold its key yet: it is written without looking.
   */
  async logHandEnteredSend(record: SendRecord): Promise<string> {
    const ref = await idDigest(record.messageId);
    await kvCall("put", () => this.kv.put(sendKeyOfRef(record.interviewId, ref), JSON.stringify(record)));
    return ref;
  }

  async getSettings(): Promise<Settings> {
    const json = await kvCall("get", () => this.kv.get(SETTINGS_KEY));
    return settingsFromJson(json ?? "{}") ?? DEFAULT_SETTINGS;
  }

  async putSettings(settings: Settings): Promise<void> {
    await kvCall("put", () => this.kv.put(SETTINGS_KEY, JSON.stringify(settings)));
  }

  /**
   * True once a time zone was saved (the settings form, the first-login question, the API or
   * an import): until then the default, UTC, stands in for one the owner never chose.
   */
  async timeZoneChosen(): Promise<boolean> {
    const json = await kvCall("get", () => this.kv.get(SETTINGS_KEY));
    if (json === null) return false;
    try {
      const value: unknown = JSON.parse(json);
      return typeof value === "object" && value !== null && "timeZone" in value;
    } catch {
      return false;
    }
  }

  async getInviteSequence(uid: string): Promise<number | null> {
    const key = await inviteKey(uid);
    const value = await kvCall("get", () => this.kv.get(key));
    return value === null || !/^\d+$/.test(value) ? null : Number(value);
  }

  async putInviteSequence(uid: string, sequence: number): Promise<void> {
    const key = await inviteKey(uid);
    await kvCall("put", () => this.kv.put(key, String(sequence)));
  }

  /** Keys of the reminders already sent (see src/reminders/schedule.ts). */
  async listReminderMarkers(): Promise<Set<string>> {
    return new Set(await listAll(this.kv, REMINDER_PREFIX));
  }

  /** Records reminders as sent; the markers expire once no send window can still need them. */
  async markReminders(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => kvCall("put", () => this.kv.put(key, "sent", { expirationTtl: REMINDER_MARKER_TTL_S }))));
  }
}
