/**
 * The code the benchmark times, bundled by esbuild as the Worker ships it: the whole pipeline
 * from raw bytes to the rendered reply (text and HTML), on the Worker's KvStore over an
 * in-process KV.
 */
import { parseMessage } from "../../src/mail/parse.js";
import { checkMessage } from "../../src/pipeline.js";
import { interviewKey } from "../../src/store/kv-keys.js";
import { KvStore } from "../../src/store/kv-store.js";
import { reportEmail } from "../../src/worker/deliver.js";
import { MemoryKv } from "../../src/store/memory-kv.js";

export { MAX_MESSAGE_BYTES, readHeaderBlock } from "../../src/worker/raw.js";
export { warmUp } from "../../src/worker/warm-up.js";

/** What one check yields: enough to prove it ran to the end. */
export interface CheckSummary {
  kind: string;
  verdict: string;
  replyChars: number;
}

/**
 * A store holding the facts as the web app saves them, one JSON value per interview, not yet
 * validated: the first check reading them pays for that, as in a fresh Worker.
 */
export async function storeFacts(factsJson: unknown): Promise<KvStore> {
  const kv = new MemoryKv();
  for (const interview of (factsJson as { interviews: { id: string }[] }).interviews) await kv.put(interviewKey(interview.id), JSON.stringify(interview));
  return new KvStore(kv as unknown as KVNamespace);
}

/**
 * Parse, classify, match, every rule, log, and render the reply, as the Worker does per
 * message: the store lists and reads every interview (validating each stored version once,
 * as the Worker's KvStore does) and the send log.
 */
export async function checkOnce(
  raw: Uint8Array,
  store: KvStore,
  envelope: { from: string; to: string },
  now: Date,
  oversize?: { bytes: number; limit: number },
): Promise<CheckSummary> {
  const outcome = await checkMessage({ raw, envelope, checker: envelope.to, now, appUrl: "https://check.example.com", oversize }, store);
  const reply = outcome.report ? reportEmail(outcome.report, envelope.to, envelope.from) : null;
  return { kind: outcome.kind, verdict: outcome.evaluation?.verdict ?? "ready", replyChars: (reply?.text.length ?? 0) + (reply?.html.length ?? 0) };
}

/** The note text our parser extracts: what the peers are given to check. */
export async function noteText(raw: Uint8Array): Promise<string> {
  return (await parseMessage(raw)).note.text;
}
