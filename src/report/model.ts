/**
 * The report model: one value that the plain-text and HTML renderings (and the web app's
 * "check a draft" page) all draw from, so they never disagree.
 */
import { taggedAddress, type CheckerAddress } from "../checker-address.js";
import type { Evaluation } from "../evaluate.js";
import type { InterviewMatch } from "../match.js";
import { ruleById } from "../rules/index.js";
import { sendsTo } from "../send-log.js";
import { formatDuration, formatForInterview, sendWindow } from "../timing.js";
import type { Finding, Interview, Interviewer, ParsedMessage, SendRecord, Settings, Verdict } from "../types.js";

export interface ReportFinding extends Finding {
  /** One line on why the rule matters. */
  why: string;
  /** How to turn the rule off, so every finding says it. */
  turnOff: string;
}

export interface PanelEntry {
  name: string;
  /** "note sent Tue 17 Nov 19:30 (UTC−05:00)" or "no note yet". */
  status: string;
  sent: boolean;
}

export interface Report {
  kind: "draft" | "sent" | "invite";
  verdict: Verdict;
  /** Subject of the reply: "Re: " + the subject of the message that arrived. */
  subject: string;
  /** The first line: the verdict and who the note is for. */
  headline: string;
  /** Errors first, then warnings, then tips. */
  findings: ReportFinding[];
  /** The send window in the interview's own offset, one sentence per line. */
  window: string[];
  panel: PanelEntry[];
  /** Link to the interview in the web app. */
  interviewUrl: string | null;
  /** How to tie an unmatched message to an interview. */
  tagHint: string | null;
  /** Anything else the user should know (duplicate delivery, parse problems). */
  notices: string[];
}

export interface ReportInput {
  kind: "draft" | "sent";
  message: ParsedMessage;
  match: InterviewMatch;
  evaluation: Evaluation;
  sends: SendRecord[];
  settings: Settings;
  at: Date;
  checker: CheckerAddress;
  tag: string | null;
  appUrl: string | null;
  logged: "logged" | "duplicate" | "not-matched" | null;
  /** Set when only the header block was read because the message was too large. */
  oversize: { bytes: number; limit: number } | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "Priya Raman (Northwind Logistics)", "Northwind Logistics", or "" when nothing is known. */
function recipientLabel(match: InterviewMatch): string {
  if (!match.interview) return "";
  const people = match.addressee ? [match.addressee] : match.recipients;
  const names = people.map((p) => p.name).join(" and ");
  return names ? `${names} (${match.interview.company})` : match.interview.company;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function headline({ kind, match, evaluation, logged, message, at, oversize }: ReportInput): string {
  const who = recipientLabel(match);
  const to = who ? ` to ${who}` : "";
  if (oversize && kind === "draft") {
    return `Not checked: the message is ${megabytes(oversize.bytes)}, over the ${megabytes(oversize.limit)} the checker reads. Send the draft again without attachments.`;
  }
  if (kind === "sent") {
    const when = match.interview ? formatForInterview(at, match.interview) : at.toISOString();
    if (logged === "duplicate") return `Already logged: your note${to}, sent ${when}. Nothing changed.`;
    if (logged === "not-matched") return `Received your sent note${to}, but could not tie it to a saved interview, so it was not logged.`;
    return `Logged your note${to}, sent ${when}.`;
  }
  const counted = evaluation.findings.filter((f) => f.severity !== "info").length;
  const errors = evaluation.findings.filter((f) => f.severity === "error").length;
  const subject = message.note.subject ? ` "${message.note.subject}"` : "";
  switch (evaluation.verdict) {
    case "fix":
      return `Fix ${plural(errors, "thing")} before you send your note${to}.`;
    case "consider":
      return `Worth a second look: ${plural(counted, "suggestion")} for your note${to}.`;
    default:
      return `Ready to send: your note${subject}${to}.`;
  }
}

/** Each interviewer of the panel with when their first note went out, if it did. */
export function panelStatus(interview: Interview, sends: SendRecord[]): PanelEntry[] {
  return interview.interviewers.map((person) => {
    const [first] = sendsTo(person, sends);
    return first
      ? { name: person.name, sent: true, status: `note sent ${formatForInterview(new Date(first.sentAt), interview)}` }
      : { name: person.name, sent: false, status: "no note yet" };
  });
}

/** The send window as sentences in the interview's own offset, with the time left when it is open. */
export function windowLines(interview: Interview, settings: Settings, at: Date): string[] {
  const w = sendWindow(interview, settings);
  const lines = [
    `Best sent between ${formatForInterview(w.opens, interview)} and ${formatForInterview(w.late, interview)}.`,
    `At the latest by ${formatForInterview(w.closes, interview)} (${w.closesBecause}).`,
  ];
  if (at >= w.opens && at <= w.closes) lines.push(`Time left: ${formatDuration(w.closes.getTime() - at.getTime())}.`);
  return lines;
}

/** "Re: " + the subject, unless it already is a reply. */
export function replySubject(subject: string, fallback: string): string {
  const base = subject.trim() || fallback;
  return /^re:/i.test(base) ? base : `Re: ${base}`;
}

/** The link to an interview in the web app, or null without one. */
export function interviewLink(appUrl: string | null, interview: Interview): string | null {
  return appUrl ? `${appUrl.replace(/\/$/, "")}/interviews/${encodeURIComponent(interview.id)}` : null;
}

/** Builds the report for a draft or the receipt for a sent copy. */
export function buildReport(input: ReportInput): Report {
  const { match, evaluation, message, settings, at, appUrl, checker } = input;
  const interview = match.interview;
  const notices: string[] = [];
  if (input.logged === "duplicate") notices.push("This copy was delivered before; it is logged once.");
  if (input.oversize && input.kind === "sent") {
    notices.push(`The message is ${megabytes(input.oversize.bytes)}, so only its headers were read: timing and recipients are logged, the text was not compared with your other notes.`);
  }
  if (message.problems.length) notices.push(`The message was hard to read: ${message.problems.join("; ")}.`);
  return {
    kind: input.kind,
    verdict: evaluation.verdict,
    subject: replySubject(message.subject || message.note.subject, "your note"),
    headline: headline(input),
    findings: evaluation.findings.map((f) => ({ ...f, why: ruleById(f.rule).why, turnOff: `Not useful? Turn "${f.rule}" off under Settings (disabledRules).` })),
    window: interview ? windowLines(interview, settings, at) : [],
    panel: interview ? panelStatus(interview, input.sends) : [],
    interviewUrl: interview ? interviewLink(appUrl, interview) : null,
    tagHint: interview ? null : `To tie a note to an interview, send it to ${taggedAddress(checker, "<interview-id>")}, using the id shown in the web app.`,
    notices,
  };
}
