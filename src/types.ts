/**
 * Plain data shared by the parser, the rules, the report and the transports.
 * Nothing here knows about KV, Requests or the clock.
 */
import type { Interview, Interviewer } from "./facts/schema.js";
import type { Settings } from "./settings.js";

export type { Interview, Interviewer, Settings };

/** A mailbox as it appears in a header: display name (may be empty) and lower-cased address. */
export interface Address {
  name: string;
  address: string;
}

export interface NoteAttachment {
  filename: string | null;
  mimeType: string;
}

/**
 * The follow-up note itself, after forwards were unwrapped and quotes, forward headers,
 * text typed above a forward and the signature were dropped.
 */
export interface Note {
  /** The note's own text, greeting and sign-off included, signature block excluded. */
  text: string;
  /** The greeting line as written ("Hi Priya,"), or null when the note opens without one. */
  greeting: string | null;
  /** The note's recipients: the forwarded draft's original To/Cc, else the message's own. */
  to: Address[];
  cc: Address[];
  /** The note's subject: the forwarded original's, else the message's without Fwd:/Re:. */
  subject: string;
  /** The note's author: the forwarded original's From, else the message's. */
  from: Address | null;
  /** The note's attachments (of the forwarded original when there is one). */
  attachments: NoteAttachment[];
  /** True when the note was unwrapped from an inline or attached forward. */
  forwarded: boolean;
}

/** One raw message after parsing: the outer envelope headers plus the note inside it. */
export interface ParsedMessage {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: Address | null;
  /** Header To/Cc of the message as it arrived (not the forwarded original's). */
  to: Address[];
  cc: Address[];
  subject: string;
  /** The Date header, when present and valid. */
  date: Date | null;
  autoSubmitted: string | null;
  precedence: string | null;
  /** Values of our own marker header, set on every report we send (loop protection). */
  reportMarker: string | null;
  /** The top-level Content-Type is multipart/report (a delivery status notification). */
  isDeliveryReport: boolean;
  /** A text/calendar part or .ics attachment is present. */
  hasCalendar: boolean;
  /** That calendar's text (see calendarText), read in the same parse; null when none could be read. */
  calendar: string | null;
  note: Note;
  /** Human-readable problems met while parsing (malformed MIME, unknown charset, …). */
  problems: string[];
}

export type Kind = "draft" | "sent" | "ignored" | "invite";
export type Severity = "error" | "warning" | "info";
export type Verdict = "ready" | "consider" | "fix";

export const RULE_IDS = [
  "not-personal",
  "only-thanks",
  "no-fit",
  "no-interest",
  "gift",
  "too-early",
  "too-late",
  "too-long",
  "placeholder",
  "generic-greeting",
  "wrong-name",
  "wrong-company",
  "needy-tone",
  "apology",
  "duplicate-note",
  "shared-note",
  "missing-request",
  "concern",
  "news",
  "repeated-word",
  "spelling",
  "subject",
  "unmatched",
  "check-in-length",
  "check-in-pitch",
  "check-in-pushy",
  "check-in-context",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One thing a rule found. `excerpt` quotes the note ("" only when nothing in it applies). */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  excerpt: string;
  /** A missing-request finding's request, as saved in the facts: what a sent copy's log entry keeps of it. */
  request?: string;
}

/**
 * A sent copy as logged: no note text, only what later checks need. Built by sendRecord()
 * (send-log.ts), which keeps every field within SEND_LIMITS, the limits the import checks.
 */
export interface SendRecord {
  interviewId: string;
  messageId: string;
  /** ISO time the note went out (its Date header, else the receive time). */
  sentAt: string;
  /** Lower-cased recipient addresses of the note (To and Cc). */
  recipients: string[];
  /** Names of this interview's interviewers the note was addressed or greeted to. */
  interviewers: string[];
  subject: string;
  /** Similarity fingerprint of the note with names removed (see text/fingerprint.ts); empty for a send entered by hand. */
  fingerprint: number[];
  /** The saved requests a sent copy neither mentioned nor attached (missing-request), as the facts word them; absent when none. */
  missingRequests?: string[];
  /** Set on a send the owner entered on the interview page (sent without the Bcc): no copy was read, so nothing of its text is known. */
  enteredByHand?: true;
}
