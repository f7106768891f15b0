/**
 * What every rule sees and returns. Rules are pure: plain data in, findings out; no store,
 * no Request, no clock (the moment to judge timing against is `at`).
 */
import type { NoteKind } from "../note-kind.js";
import type { Span } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import type { Finding, Interview, Interviewer, Note, RuleId, SendRecord, Settings, Severity } from "../types.js";

/** How the message was tied to an interview (spec: "Which interview a message is about"; "invite": it created or updated it). */
export type MatchedBy = "tag" | "recipients" | "names" | "invite" | "none";

export interface RuleContext {
  note: Note;
  /** Word tokens of note.text, with offsets. */
  tokens: readonly Token[];
  /** Sentence spans of note.text, with offsets. */
  sentences: readonly Span[];
  /** Words in the note as a reader counts them (quotes and signature already excluded). */
  wordCount: number;
  /** Words the rules read when they read only the note's first part (text/checked-part.ts); null when they read it whole. */
  partWords: number | null;
  kind: "draft" | "sent";
  /** What the note is (note-kind.ts): only the rules for its kind run (note-kinds.ts). */
  noteKind: NoteKind;
  interview: Interview | null;
  matchedBy: MatchedBy;
  /** This interview's interviewers whose addresses are among the note's To/Cc (the recruiter, for a note to them). */
  recipients: Interviewer[];
  /** The interviewer the note is for: its only interviewer recipient, else the one greeted, else null; the recruiter (note-kind.ts, recruiterPerson) for a note to them. */
  addressee: Interviewer | null;
  /**
   * Every other saved interview (for names and companies that belong elsewhere), as the
   * interview index keeps it: company, aliases, role, times and the panel's names, addresses
   * and titles; its topics, requests, concerns and news are left empty.
   */
  otherInterviews: Interview[];
  /** Notes logged as sent for this interview that this one came after (evaluate.ts, sendsBefore); never this message itself. */
  sends: SendRecord[];
  /** Fingerprint of this note with names removed (see text/fingerprint.ts); computed on first read, so read it only when it is needed. */
  fingerprint: number[];
  /** The moment to judge timing against: receive time for drafts, Date header for sent copies. */
  at: Date;
  settings: Settings;
}

export interface Rule {
  id: RuleId;
  /** The spec's default severity (a rule may return a stronger one, as too-late does). */
  severity: Severity;
  /** One line on why this matters, shown under each finding in the report. */
  why: string;
  check(ctx: RuleContext): Finding[];
}

/** Builds a finding of `rule` with its default severity unless another is given. */
export function finding(rule: Pick<Rule, "id" | "severity">, message: string, excerpt: string, severity: Severity = rule.severity): Finding {
  return { rule: rule.id, severity, message, excerpt };
}
