/**
 * The report model: one value that the plain-text and HTML renderings (and the web app's
 * "check a draft" page) all draw from, so they never disagree.
 */
import { taggedAddress, type CheckerAddress } from "../checker-address.js";
import type { Evaluation } from "../evaluate.js";
import type { InterviewMatch } from "../match.js";
import { endingOf, noteReader, recruiterPerson, wentToRecruiter, type Ending, type NoteKind } from "../note-kind.js";
import { andList } from "../text/and-list.js";
import { ruleById } from "../rules/index.js";
import { notCheckedFor } from "../rules/note-kinds.js";
import { ruleTitle } from "../rules/titles.js";
import { hasLoggedNote, sendsTo } from "../send-log.js";
import { formatDecision, formatDuration, formatForInterview, OPTIONAL_NOTE_ADVICE, paceAdvice, sendWindow } from "../timing.js";
import type { Finding, Interview, Interviewer, ParsedMessage, SendRecord, Settings, Verdict } from "../types.js";

export interface ReportFinding extends Finding {
  /** The rule in words ("Wrong name"); `rule` keeps the id for the small print. */
  title: string;
  /** One line on why the rule matters: on the rule's first finding only, so a rule found ten times explains itself once. */
  why: string | null;
  /** How to turn the rule off, on the same first finding. */
  turnOff: string | null;
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
  /**
   * What kind of note this was checked as and what that left out, how the interview went, and
   * what to send next, one sentence per line (absent on pages saved before it was kept).
   */
  advice?: string[];
  /** The send window in the interview's own offset, one sentence per line. */
  window: string[];
  panel: PanelEntry[];
  /** Link to the interview in the web app. */
  interviewUrl: string | null;
  /**
   * Link to this report on its own page in the web app, where the draft can be edited and
   * checked again (store/report-pages.ts); absent or null without one.
   */
  pageUrl?: string | null;
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

/** "Priya Raman (Northwind Logistics)", "Dana Shaw, your recruiter (Northwind Logistics)", "Northwind Logistics", or "" when nothing is known. */
function recipientLabel(match: InterviewMatch, message: ParsedMessage): string {
  if (!match.interview) return "";
  const reader = noteReader({ ...match, note: message.note });
  if (reader.addressee && reader.addressee === recruiterPerson(match.interview)) return `${reader.addressee.name}, your recruiter (${match.interview.company})`;
  const people = match.addressee ? [match.addressee] : match.recipients;
  const names = people.map((p) => p.name).join(" and ");
  return names ? `${names} (${match.interview.company})` : match.interview.company;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * What a draft's findings ask for, every one counted: "fix 1 thing, consider 5 more and see
 * 2 tips" (as "consider 2 things" when nothing is to fix).
 */
function findingCounts(findings: readonly Finding[]): string {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const [errors, warnings, tips] = [count("error"), count("warning"), count("info")];
  const parts = [
    errors ? `fix ${plural(errors, "thing")}` : "",
    warnings ? (errors ? `consider ${warnings} more` : `consider ${plural(warnings, "thing")}`) : "",
    tips ? `see ${plural(tips, "tip")}` : "",
  ].filter(Boolean);
  const listed = andList(parts);
  return listed.charAt(0).toUpperCase() + listed.slice(1);
}

/** What the headline calls a note of this kind: "your check-in", "your reply", else "your note". */
const NOTE_NOUN: Readonly<Record<NoteKind, string>> = { "thank-you": "note", recruiter: "note", "check-in": "check-in", "after-outcome": "reply" };

function headline({ kind, match, evaluation, logged, message, at, oversize }: ReportInput): string {
  const who = recipientLabel(match, message);
  const to = who ? ` to ${who}` : "";
  const note = NOTE_NOUN[evaluation.noteKind];
  if (oversize && kind === "draft") {
    return `Not checked: the message is ${megabytes(oversize.bytes)}, over the ${megabytes(oversize.limit)} the checker reads. Send the draft again without attachments.`;
  }
  if (kind === "sent") {
    const when = match.interview ? formatForInterview(at, match.interview) : at.toISOString();
    if (logged === "duplicate") return `Already logged: your ${note}${to}, sent ${when}. Nothing changed.`;
    if (logged === "not-matched") return `Received your sent note${to}, but could not tie it to a saved interview, so it was not logged.`;
    return `Logged your ${note}${to}, sent ${when}.`;
  }
  if (evaluation.verdict !== "ready") return `${findingCounts(evaluation.findings)} before you send your ${note}${to}.`;
  const subject = message.note.subject ? ` "${message.note.subject}"` : "";
  // Ready: nothing to fix or consider, so every finding left is a tip.
  const tips = evaluation.findings.length ? ` ${plural(evaluation.findings.length, "tip")} below.` : "";
  return `Ready to send: your ${note}${subject}${to}.${tips}`;
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
  const pace = paceAdvice(w, interview);
  if (pace) lines.push(pace);
  return lines;
}

/** "Re: " + the subject, unless it already is a reply. */
export function replySubject(subject: string, fallback: string): string {
  const base = subject.trim() || fallback;
  return /^re:/i.test(base) ? base : `Re: ${base}`;
}

/**
 * Said in an email (report or reminder) where its links to the web app would be, when the
 * Worker has no APP_URL to build them from: an email has no request to take an address from.
 */
export const NO_APP_URL_NOTE =
  "This email has no links to the web app: followup-check does not know its address yet. Set APP_URL in wrangler.toml to the address `npx wrangler deploy` printed (https://followup-check.<your-subdomain>.workers.dev) or your own domain for it, then deploy again.";

/** The link to an interview in the web app, or null without one. */
export function interviewLink(appUrl: string | null, interview: Interview): string | null {
  return appUrl ? `${appUrl.replace(/\/$/, "")}/interviews/${encodeURIComponent(interview.id)}` : null;
}

/**
 * Days a draft's report stays on its own page (with the draft, so it can be edited and
 * checked again), then KV deletes it: long enough to come back to while a decision is
 * pending, short enough that old drafts do not pile up.
 */
export const REPORT_PAGE_DAYS = 30;

/** Said under a rule's first finding: the title just above names the rule, so "it" is enough. */
const TURN_OFF = "Not useful? Turn it off in Settings.";

/** The findings in words: each rule's title, and its why and how to turn it off under its first finding only. */
function reportFindings(findings: readonly Finding[]): ReportFinding[] {
  const explained = new Set<Finding["rule"]>();
  return findings.map((f) => {
    const first = !explained.has(f.rule);
    explained.add(f.rule);
    return { ...f, title: ruleTitle(f.rule), why: first ? ruleById(f.rule).why : null, turnOff: first ? TURN_OFF : null };
  });
}

/** The link to a report's own page in the web app, or null without the app's address. */
export function reportPageLink(appUrl: string | null, id: string): string | null {
  return appUrl ? `${appUrl.replace(/\/$/, "")}/reports/${encodeURIComponent(id)}` : null;
}

/**
 * True when this note is the one that completes the panel: someone on it had no note before,
 * and every such person is among this note's readers.
 */
function completesPanel({ match, message, sends }: ReportInput, interview: Interview): boolean {
  const readers = match.recipients.length ? match.recipients : match.addressee ? [match.addressee] : [];
  const earlier = sends.filter((s) => s.messageId !== message.messageId);
  const owed = interview.interviewers.filter((p) => !hasLoggedNote(p, earlier));
  return owed.length > 0 && owed.every((p) => readers.includes(p));
}

/** A marked ending as the advice names it: "You marked the outcome as …". */
const ENDING_WORDS: Readonly<Record<Ending, string>> = { offer: "an offer", rejected: "rejected", withdrawn: "withdrawn" };

/** True for a note that comes after the thank-you's window: its times and "a note is optional" would only confuse. */
const pastTheThankYou = (kind: NoteKind) => kind === "check-in" || kind === "after-outcome";

/**
 * What the note was checked as and what that left out, what a bad interview changes, and
 * after the panel's last note, a word to the recruiter: one sentence each.
 */
function adviceLines(input: ReportInput): string[] {
  const { match, evaluation, kind, sends, settings } = input;
  const interview = match.interview;
  if (!interview) return [];
  const lines: string[] = [];
  const noteKind = evaluation.noteKind;
  if (noteKind === "recruiter") lines.push("It goes to your recruiter, not the panel, so it does not count as one of the panel's notes.");
  if (noteKind === "check-in") {
    lines.push(
      `The decision date (${formatDecision(interview)}) has passed with no outcome marked, so this is checked as a check-in: short and courteous, naming the role and the date of the interview, with no new pitch. Once you hear, mark the outcome when you edit the interview.`,
    );
  }
  const ending = endingOf(interview);
  if (noteKind === "after-outcome" && ending) {
    lines.push(
      `You marked the outcome as ${ENDING_WORDS[ending]}, so this is checked as a reply after the outcome, not as a thank-you. If that is not how it ended, change the outcome when you edit the interview.`,
    );
  }
  const skipped = kind === "draft" ? notCheckedFor(noteKind) : null;
  if (skipped) lines.push(skipped);
  if (!pastTheThankYou(noteKind) && sendWindow(interview, settings).optional) lines.push(OPTIONAL_NOTE_ADVICE);
  const recruiter = recruiterPerson(interview);
  const sinceInterview = (send: SendRecord) => Date.parse(send.sentAt) >= Date.parse(interview.end);
  if (recruiter && noteKind === "thank-you" && completesPanel(input, interview) && !sends.some((s) => sinceInterview(s) && wentToRecruiter(s, interview))) {
    const agency = interview.recruiter?.agency ? ` at ${interview.recruiter.agency}` : "";
    const done = kind === "sent" ? "That was the last of the panel's notes" : "Once this is sent, everyone on the panel has had a note";
    lines.push(`${done}: a short word to ${recruiter.name}${agency} on how it went keeps your recruiter in the loop.`);
  }
  return lines;
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
    findings: reportFindings(evaluation.findings),
    advice: adviceLines(input),
    // A check-in or a reply after the outcome comes after the thank-you's window: its times would only confuse.
    window: interview && !pastTheThankYou(evaluation.noteKind) ? windowLines(interview, settings, at) : [],
    panel: interview ? panelStatus(interview, input.sends) : [],
    interviewUrl: interview ? interviewLink(appUrl, interview) : null,
    tagHint: interview ? null : `To tie a note to an interview, send it to ${taggedAddress(checker, "<interview-id>")}, using the id shown in the web app.`,
    notices,
  };
}
