/**
 * The code the benchmark times, bundled by esbuild as the Worker ships it: the whole pipeline
 * from raw bytes to the rendered reply (text and HTML), with an in-memory store.
 */
import { parseFacts } from "../../src/facts/schema.js";
import { parseMessage } from "../../src/mail/parse.js";
import { checkMessage } from "../../src/pipeline.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { reportEmail } from "../../src/worker/deliver.js";

export { default as PostalMime } from "postal-mime";
export { MAX_MESSAGE_BYTES, readHeaderBlock } from "../../src/worker/raw.js";

/** What one check yields: enough to prove it ran to the end. */
export interface CheckSummary {
  kind: string;
  verdict: string;
  replyChars: number;
}

/**
 * Parse, classify, match, every rule, log, and render the reply, as the Worker does per
 * message. The facts arrive as plain JSON and are validated here because the Worker
 * validates what it reads from KV on every event.
 */
export async function checkOnce(
  raw: Uint8Array,
  factsJson: unknown,
  envelope: { from: string; to: string },
  now: Date,
  oversize?: { bytes: number; limit: number },
): Promise<CheckSummary> {
  const facts = parseFacts(factsJson);
  if (!facts.ok) throw new Error(facts.errors.join("; "));
  const store = new MemoryStore(facts.facts.interviews);
  const outcome = await checkMessage({ raw, envelope, checker: envelope.to, now, appUrl: "https://check.example.com", oversize }, store);
  const reply = outcome.report ? reportEmail(outcome.report, envelope.to, envelope.from) : null;
  return { kind: outcome.kind, verdict: outcome.evaluation?.verdict ?? "ready", replyChars: (reply?.text.length ?? 0) + (reply?.html.length ?? 0) };
}

/** The note text our parser extracts: what the peers are given to check. */
export async function noteText(raw: Uint8Array): Promise<string> {
  return (await parseMessage(raw)).note.text;
}
