/**
 * Checks of built-in messages when the Worker's isolate starts.
 *
 * V8 compiles each function and regular expression on first use, so the first check in a fresh
 * isolate costs some 50 ms of CPU against a few warm, and so does the first message of each
 * other shape (an HTML body, a forward only email-forward-parser reads, a sent copy with
 * attachments). Workers run a module's top level under the start-up limit (1 s), not in an
 * email event's CPU time (10 ms on the free plan): checking one message of each shape here
 * (warm-up-samples.ts) keeps a user's first emails after an idle period inside that budget.
 * Nothing is stored or sent: the store is the Worker's own KvStore (so reading and validating
 * stored facts is compiled too) over an in-memory KV, which also takes the drafts' report
 * pages, and the replies are only rendered and written as the raw MIME they would go out as.
 */
import { checkMessage } from "../pipeline.js";
import { sampleInterview } from "../sample-interview.js";
import { KvStore } from "../store/kv-store.js";
import { MemoryKv } from "../store/memory-kv.js";
import { outgoingMime } from "../mail/outgoing-mime.js";
import { reportEmail } from "./deliver.js";
import { withReportPage } from "./report-page.js";
import { CHECKER, OWNER, SAMPLES } from "./warm-up-samples.js";

/** A fixed moment, so the samples are always checked inside the sample interview's send window. */
const NOW = new Date("2026-11-17T19:30:00-05:00");

/**
 * The sample interview with a decision date, typed as a day as users type it: reading stored
 * facts then compiles their date checks, which every user's first note needs.
 */
const INTERVIEW = { ...sampleInterview(NOW), decisionBy: "2026-11-24" };

/** A deployed Worker's APP_URL: its reports link to the web app. */
const APP_URL = "https://followup-check.warm-up.invalid";

/** What a real reply is stamped with, threading included, so all of outgoing-mime.ts is compiled. */
const STAMP = { messageId: "<warm-up@warm-up.invalid>", date: NOW, answering: { messageId: "<warm-up-draft@candidate.example>", references: null } };

/**
 * Passes over the samples. V8 optimises what it has seen run often: in an A/B of the bench's
 * first emails (6 fresh processes x 27 messages, 4 alternations), three passes left 11–22 of
 * 162 emails over 10 ms of CPU against 19–36 after one; five were no better than three. Since
 * what a check reads from a note is remembered for that check only (memo.ts), every pass does
 * all of each sample's work, so two passes now warm what three did and cost the start-up what
 * three did before (20 fresh processes each, two seeds: start-up 366 → 362 and 331 → 314 ms,
 * first emails median 10.4 → 10.6 and 9.8 → 9.4 ms). A third pass bought ~0.7 ms of that
 * median for ~40 ms more start-up.
 */
const PASSES = 2;

/**
 * Every sample once per pass. Each round does what the email handler does with a message,
 * report page included: its first call cost a user's first draft 1.0–1.5 ms, and with it here
 * the very first email of 28 fresh processes took 1.7–2.5 ms less (median, four seeds). A third
 * check of the first sample, which this replaced, cost start-up as much.
 */
const ROUNDS = Array.from({ length: PASSES }, () => SAMPLES.map((_, i) => i)).flat();

/** How the start-up checks went: "done", or "failed" (they never affect real mail). */
export type WarmUpResult = "done" | "failed";

/** Runs the samples through the whole pipeline and renders their replies; nothing is stored or sent. "failed" if one is not read as the shape it was written as. */
export async function warmUp(): Promise<WarmUpResult> {
  try {
    for (const sample of ROUNDS) {
      const kv = new MemoryKv() as unknown as KVNamespace;
      const store = new KvStore(kv);
      await store.putInterview(INTERVIEW);
      const { raw, kind } = SAMPLES[sample]!;
      const outcome = await checkMessage({ raw, envelope: { from: OWNER, to: CHECKER }, checker: CHECKER, now: NOW, appUrl: APP_URL }, store);
      const report = await withReportPage(kv, outcome, APP_URL, NOW);
      if (outcome.kind !== kind || !report) return "failed";
      outgoingMime(reportEmail(report, CHECKER, OWNER), STAMP);
    }
    return "done";
  } catch {
    return "failed";
  }
}
