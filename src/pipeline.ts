/**
 * From a raw email to an outcome: parse, classify, match, check, log a sent copy, build the
 * report. The Worker and the CLI both call this; only the Store and the mail transport differ.
 */
import { parseCheckerAddress } from "./checker-address.js";
import { classify, type Envelope } from "./classify.js";
import { evaluate, noteRecipients, type Evaluation } from "./evaluate.js";
import { parseMessage } from "./mail/parse.js";
import { matchSaved, type InterviewMatch } from "./match.js";
import { buildReport, type Report } from "./report/model.js";
import type { Store } from "./store/store.js";
import { importInvite } from "./invite.js";
import { sendRecord } from "./send-log.js";
import { beginCheck } from "./text/memo.js";
import type { Interview, ParsedMessage, Settings } from "./types.js";

export interface CheckRequest {
  raw: string | ArrayBuffer | Uint8Array;
  envelope: Envelope;
  /** The checker address the Worker receives at (check@example.com). */
  checker: string;
  /** The receive time. */
  now: Date;
  /** Base URL of the web app, for links in the report; null when there is none (CLI). */
  appUrl: string | null;
  /** Set when `raw` holds only the header block of a message too large to read whole. */
  oversize?: { bytes: number; limit: number };
}

export interface CheckOutcome {
  kind: "draft" | "sent" | "ignored" | "invite";
  /** Why an ignored message was ignored. */
  ignoredBecause: string | null;
  message: ParsedMessage;
  match: InterviewMatch | null;
  evaluation: Evaluation | null;
  /** What happened to a sent copy's log entry. */
  logged: "logged" | "duplicate" | "not-matched" | null;
  /** The report (or receipt) to send back; null for ignored messages. */
  report: Report | null;
}

/** A calendar invitation: creates, updates or cancels the interview it describes. */
async function invite(request: CheckRequest, message: ParsedMessage, interviews: Interview[], settings: Settings, store: Store): Promise<CheckOutcome> {
  // The owner: the envelope sender (only the owner gets this far in the Worker) and the saved
  // addresses. Not the From header: an invitation may come straight from the organizer.
  const ownerAddresses = [request.envelope.from, ...settings.ownerAddresses].filter((a): a is string => !!a);
  const outcome = await importInvite({ message, checkerAddress: request.checker, ownerAddresses, now: request.now, appUrl: request.appUrl, settings, interviews }, store);
  const match: InterviewMatch = { interview: outcome.interview, matchedBy: "invite", recipients: [], addressee: null };
  return { kind: "invite", ignoredBecause: null, message, match, evaluation: null, logged: null, report: outcome.report };
}

/** Runs one message through the whole pipeline. Never throws on bad mail. */
export async function checkMessage(request: CheckRequest, store: Store): Promise<CheckOutcome> {
  const checker = parseCheckerAddress(request.checker);
  if (!checker) throw new Error(`not a checker address: ${request.checker}`);
  beginCheck();
  const message = await parseMessage(request.raw);
  const { kind, reason, tag } = classify(message, request.envelope, checker);
  if (kind === "ignored") {
    return { kind, ignoredBecause: reason, message, match: null, evaluation: null, logged: null, report: null };
  }
  const [index, settings] = await Promise.all([store.interviewIndex(), store.getSettings()]);
  if (message.hasCalendar && !request.oversize) return invite(request, message, await store.listInterviews(), settings, store);
  // Drafts are judged at receive time; a sent copy at the time it went out.
  const at = kind === "sent" && message.date ? message.date : request.now;
  const recipients = noteRecipients(message, checker);
  const { match, otherInterviews } = await matchSaved(index, (ids) => store.getInterviews(ids), message.note, recipients, tag, at);
  const sends = match.interview ? await store.listSends(match.interview.id) : [];
  const evaluation = evaluate({ message, kind, match, interviews: otherInterviews, sends, settings, at, contentOmitted: !!request.oversize });

  let logged: CheckOutcome["logged"] = null;
  const allSends = [...sends];
  if (kind === "sent") {
    if (match.interview) {
      // Cut to what the log keeps (send-log.ts), so an export holding it always imports again.
      const record = sendRecord({
        interviewId: match.interview.id,
        messageId: message.messageId,
        at,
        receivedAt: request.now,
        recipients,
        interviewers: (match.recipients.length ? match.recipients : match.addressee ? [match.addressee] : []).map((p) => p.name),
        subject: message.note.subject,
        fingerprint: evaluation.fingerprint,
        // What the interviewer's card shows as left out; the findings name it as the facts word it.
        missingRequests: evaluation.findings.flatMap((f) => (f.request === undefined ? [] : [f.request])),
      });
      logged = await store.logSend(record);
      if (logged === "logged") allSends.push(record);
    } else {
      logged = "not-matched";
    }
  }
  const report = buildReport({ kind, message, match, evaluation, sends: allSends, settings, at, checker, tag, appUrl: request.appUrl, logged, oversize: request.oversize ?? null });
  return { kind, ignoredBecause: null, message, match, evaluation, logged, report };
}
