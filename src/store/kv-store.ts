/**
 * The Store on Workers KV: interview facts, the send log and settings. A failed KV call
 * surfaces as a StoreError, so callers can tell storage trouble from a bug.
 */
import { interviewSchema } from "../facts/schema.js";
import { memoize } from "../text/memo.js";
import { DEFAULT_SETTINGS, settingsSchema } from "../settings.js";
import { REMINDER_PREFIX } from "../reminders/schedule.js";
import type { Interview, SendRecord, Settings } from "../types.js";
import { INTERVIEW_PREFIX, interviewKey, inviteKey, sendKey, sendPrefix, SETTINGS_KEY } from "./kv-keys.js";
import type { Store } from "./store.js";

/** Reminder markers outlive any send window (72 h by default, weeks at most with a late sendBy). */
const REMINDER_MARKER_TTL_S = 60 * 24 * 3600;

/** KV could not be read or written; `cause` holds the runtime's error. */
export class StoreError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`KV ${operation} failed`, { cause });
    this.name = "StoreError";
  }
}

/** Runs a KV operation, turning its failure into a StoreError. */
async function kvCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new StoreError(operation, error);
  }
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
 * Every email event lists every interview and reads the settings, and they change far less
 * often than mail arrives, so each stored version is parsed and validated once per isolate.
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

export class KvStore implements Store {
  constructor(private readonly kv: KVNamespace) {}

  async listInterviews(): Promise<Interview[]> {
    const keys = await listAll(this.kv, INTERVIEW_PREFIX);
    const values = await Promise.all(keys.map((key) => kvCall("get", () => this.kv.get(key))));
    // A stored value that no longer validates is skipped rather than breaking every check.
    return values.flatMap((json) => (json === null ? [] : (interviewFromJson(json) ?? [])));
  }

  async getInterview(id: string): Promise<Interview | null> {
    const json = await kvCall("get", () => this.kv.get(interviewKey(id)));
    return json === null ? null : interviewFromJson(json);
  }

  async putInterview(interview: Interview): Promise<void> {
    await kvCall("put", () => this.kv.put(interviewKey(interview.id), JSON.stringify(interview)));
  }

  async deleteInterview(id: string): Promise<void> {
    await kvCall("delete", () => this.kv.delete(interviewKey(id)));
  }

  async listSends(interviewId: string): Promise<SendRecord[]> {
    const keys = await listAll(this.kv, sendPrefix(interviewId));
    const values = await Promise.all(keys.map((key) => kvCall("get", () => this.kv.get<SendRecord>(key, "json"))));
    return values.filter((v): v is SendRecord => v !== null).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  }

  async logSend(record: SendRecord): Promise<"logged" | "duplicate"> {
    const key = await sendKey(record.interviewId, record.messageId);
    if ((await kvCall("get", () => this.kv.get(key))) !== null) return "duplicate";
    await kvCall("put", () => this.kv.put(key, JSON.stringify(record)));
    return "logged";
  }

  async getSettings(): Promise<Settings> {
    const json = await kvCall("get", () => this.kv.get(SETTINGS_KEY));
    return settingsFromJson(json ?? "{}") ?? DEFAULT_SETTINGS;
  }

  async putSettings(settings: Settings): Promise<void> {
    await kvCall("put", () => this.kv.put(SETTINGS_KEY, JSON.stringify(settings)));
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
