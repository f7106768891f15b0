/**
 * The Email Routing handler: refuse strangers, drop machine mail, check drafts, log sent
 * copies, and answer with a report (a message that cannot be read: with a note saying so).
 */
import { parseCheckerAddress, type CheckerAddress } from "../checker-address.js";
import { classify, ignoreReason } from "../classify.js";
import { parseMessage, unreadableReason } from "../mail/parse.js";
import { checkMessage } from "../pipeline.js";
import { KvStore, StoreError } from "../store/kv-store.js";
import type { ParsedMessage } from "../types.js";
import { authenticationFailure } from "./authentication.js";
import { headerFromAddress, loopSignalsFromHeaders } from "./headers.js";
import { answerEmail, reportEmail } from "./deliver.js";
import { deliverReport } from "./send-mail.js";
import { parseOwnerAddresses, senderRefusal } from "./owner.js";
import { logEvent } from "./log.js";
import { MAX_MESSAGE_BYTES, readAll, readHeaderBlock } from "./raw.js";
import { unreadableAnswer } from "./unreadable.js";
import { withReportPage } from "./report-page.js";

/** One structured log line per message; never the note's text (log.ts caps every value). */
const log = (event: Record<string, unknown>) => logEvent(event);

/**
 * Answers a message the parser could not read, classified from what its header block says:
 * a draft or a sent copy is told it was not checked or not logged, machine mail gets nothing.
 * Nothing is checked and nothing is stored, so a redelivery changes nothing either.
 */
async function answerUnreadable(message: ForwardableEmailMessage, env: Env, parsed: ParsedMessage, reason: string, checker: CheckerAddress): Promise<void> {
  const messageId = message.headers.get("message-id");
  const { kind } = classify(parsed, { from: message.from, to: message.to }, checker);
  log({ event: "unreadable", messageId, kind, reason });
  if (kind === "ignored") return;
  const answer = answerEmail(unreadableAnswer(kind, parsed, reason, env.APP_URL || null), kind === "sent" ? "receipt" : "report", message.to, message.from);
  const path = await deliverReport(message, env.REPORTS, answer);
  log({ event: "answered", messageId, path });
}

export async function handleEmail(message: ForwardableEmailMessage, env: Env, now: Date = new Date()): Promise<void> {
  const checker = parseCheckerAddress(message.to);
  const messageId = message.headers.get("message-id");
  if (!checker) {
    message.setReject(`followup-check cannot read the recipient address ${message.to}`);
    return;
  }
  // Machine mail first: answering (or rejecting) a bounce or an auto-reply could start a loop.
  const ignored = ignoreReason(loopSignalsFromHeaders(message.headers, message.from), checker);
  if (ignored) {
    log({ event: "ignored", reason: ignored, messageId });
    return;
  }
  const store = new KvStore(env.FOLLOWUP_KV);
  let owners = parseOwnerAddresses(env.OWNER_ADDRESSES);
  let outcome;
  try {
    // The owner may add addresses in the web app's settings; they count as well as wrangler.toml's.
    if (!owners.includes(message.from.trim().toLowerCase())) {
      owners = [...owners, ...(await store.getSettings()).ownerAddresses.map((a) => a.toLowerCase())];
    }
    const failure = authenticationFailure(message.headers);
    const refusal = senderRefusal(message.from, headerFromAddress(message.headers), owners) ?? (failure && `followup-check only accepts mail its owner really sent: ${failure}.`);
    if (refusal) {
      log({ event: "rejected", messageId });
      message.setReject(refusal);
      return;
    }
    const oversize = message.rawSize > MAX_MESSAGE_BYTES ? { bytes: message.rawSize, limit: MAX_MESSAGE_BYTES } : undefined;
    const raw = oversize ? await readHeaderBlock(message.raw) : await readAll(message.raw);
    // Parsed once: checkMessage reads the same bytes and gets this parse (see parseMessage).
    const parsed = await parseMessage(raw);
    const unreadable = unreadableReason(parsed);
    if (unreadable) return await answerUnreadable(message, env, parsed, unreadable, checker);
    outcome = await checkMessage({ raw, envelope: { from: message.from, to: message.to }, checker: message.to, now, appUrl: env.APP_URL || null, oversize }, store);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    // A storage failure must not pass for success. Rejecting makes the sender's server return
    // the message to its author with this reason, so nothing is lost and they can resend.
    log({ event: "store-failed", messageId, error: String(error.cause) });
    message.setReject("followup-check could not read or write its storage just now; nothing was logged. Please send this message again in a few minutes.");
    return;
  }
  log({ event: outcome.kind, messageId, interview: outcome.match?.interview?.id ?? null, verdict: outcome.evaluation?.verdict, logged: outcome.logged });
  // A draft's report links to its own page in the web app, where the draft can be checked again.
  const report = await withReportPage(env.FOLLOWUP_KV, outcome, env.APP_URL || null, now);
  if (!report) return;
  const path = await deliverReport(message, env.REPORTS, reportEmail(report, message.to, message.from));
  log({ event: "answered", messageId, path });
}
