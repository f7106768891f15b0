/**
 * The code the benchmark times, bundled by esbuild as the Worker ships it: the whole pipeline
 * from raw bytes to the reply written as MIME, on the Worker's KvStore over an in-process KV.
 */
import { messageIdAt, outgoingMime } from "../../src/mail/outgoing-mime.js";
import { parseMessage } from "../../src/mail/parse.js";
import { checkMessage } from "../../src/pipeline.js";
import { entriesByShard, EVERY_SHARD, shardJson } from "../../src/store/interview-index.js";
import { INDEX_KEYS, interviewKey, SETTINGS_KEY } from "../../src/store/kv-keys.js";
import { KvStore } from "../../src/store/kv-store.js";
import { reportEmail } from "../../src/worker/deliver.js";
import { withReportPage } from "../../src/worker/report-page.js";
import { MemoryKv } from "../../src/store/memory-kv.js";
import { settingsSchema } from "../../src/settings.js";
import type { Interview } from "../../src/types.js";

export { MAX_MESSAGE_BYTES, readHeaderBlock } from "../../src/worker/raw.js";
export { warmUp } from "../../src/worker/warm-up.js";

/** What one check yields: enough to prove it ran to the end. */
export interface CheckSummary {
  kind: string;
  verdict: string;
  replyChars: number;
}

/** The APP_URL of the deploy the bench stands for: drafts' reports link to their pages. */
const APP_URL = "https://check.example.com";

/** One user's KV, and the Worker's store over it. */
export interface UserKv {
  kv: KVNamespace;
  store: KvStore;
}

/**
 * A KV holding the facts as a deployed user's KV holds them: one JSON value per interview and
 * the 16 index values the web app keeps beside them, none read yet, so the first check pays for
 * parsing the index and validating the interviews it reads, as in a fresh Worker. (Without the
 * index values the first check would rebuild it, validating every interview: a store's first
 * read after an upgrade, not an email's.) `factsJson` holds interviews as the schema gives them,
 * and may hold settings, which are stored as the web app saves them (every field written).
 */
export async function storeFacts(factsJson: unknown): Promise<UserKv> {
  const kv = new MemoryKv() as unknown as KVNamespace;
  const { interviews, settings } = factsJson as { interviews: Interview[]; settings?: unknown };
  if (settings) await kv.put(SETTINGS_KEY, JSON.stringify(settingsSchema.parse(settings)));
  for (const interview of interviews) await kv.put(interviewKey(interview.id), JSON.stringify(interview));
  for (const [shard, entries] of entriesByShard(EVERY_SHARD, interviews)) await kv.put(INDEX_KEYS[shard]!, shardJson(entries));
  return { kv, store: new KvStore(kv) };
}

/**
 * Parse, classify, match, every rule, log, and answer, as the Worker's email handler does per
 * message: the store lists and reads every interview (validating each stored version once,
 * as the Worker's KvStore does) and the send log; a draft's report page is saved; the reply is
 * rendered and written as the MIME that goes out.
 */
export async function checkOnce(
  raw: Uint8Array,
  user: UserKv,
  envelope: { from: string; to: string },
  now: Date,
  oversize?: { bytes: number; limit: number },
): Promise<CheckSummary> {
  const outcome = await checkMessage({ raw, envelope, checker: envelope.to, now, appUrl: APP_URL, oversize }, user.store);
  const report = await withReportPage(user.kv, outcome, APP_URL, now);
  const reply = report ? reportEmail(report, envelope.to, envelope.from) : null;
  const { messageId, references } = outcome.message;
  const answering = { messageId, references: references.join(" ") || null };
  const mime = reply ? outgoingMime(reply, { messageId: messageIdAt(reply.from, crypto.randomUUID()), date: now, answering }) : "";
  return { kind: outcome.kind, verdict: outcome.evaluation?.verdict ?? "ready", replyChars: mime.length };
}

/** The note text our parser extracts: what the peers are given to check. */
export async function noteText(raw: Uint8Array): Promise<string> {
  return (await parseMessage(raw)).note.text;
}
