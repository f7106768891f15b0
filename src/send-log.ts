/**
 * The send log: how a sent copy becomes a log entry, and the questions about the log that the
 * report, the web app and reminders all ask.
 */
import type { Interviewer, SendRecord } from "./types.js";

/**
 * The most the log keeps of each field. The pipeline cuts a sent copy to these when it logs it,
 * and the import checks them, so every export the Worker makes imports again.
 */
export const SEND_LIMITS = {
  /** RFC 5322 caps a header line at 998 characters: no conforming Message-ID or subject is longer. */
  messageIdChars: 998,
  subjectChars: 998,
  /** RFC 5321's longest address; a longer one cannot be an interviewer's (the facts allow 254). */
  addressChars: 254,
  /** Far more than a follow-up note goes to: a mass mailing keeps its first 100. */
  recipients: 100,
  /** The facts' own limits on an interview's interviewers and their names, which these are. */
  interviewers: 30,
  interviewerChars: 120,
  /** Four times text/fingerprint.ts's 64 slots, so a finer fingerprint later still imports. */
  fingerprintSlots: 256,
  /** The facts' limits: 50 requests of an interviewer and 50 of the panel, of 500 characters each. */
  missingRequests: 100,
  requestChars: 500,
} as const;

/** A sent copy as the pipeline sees it, before it is logged. */
export interface SentCopy {
  interviewId: string;
  /** The Message-ID header, or null when the message has none. */
  messageId: string | null;
  /** When the note went out: its Date header, else the receive time. */
  at: Date;
  /** The receive time, logged instead of a Date header that ISO 8601 cannot write. */
  receivedAt: Date;
  /** Lower-cased addresses the note went to (To and Cc), the checker left out. */
  recipients: string[];
  interviewers: string[];
  subject: string;
  fingerprint: number[];
  /** The saved requests the copy left out (missing-request findings); none when absent. */
  missingRequests?: string[];
}

/** The first `max` UTF-16 units of `text`, one fewer rather than half a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max);
}

/**
 * `at` as ISO 8601, which has four-digit years: toISOString writes a Date header from before
 * year 0 or after 9999 as ±YYYYYY, which no import accepts, so the receive time stands in.
 */
function loggedTime(at: Date, receivedAt: Date): string {
  const iso = at.toISOString();
  return /^\d{4}-/.test(iso) ? iso : receivedAt.toISOString();
}

/** Log key for a message without a Message-ID: stable for the same note to the same people. */
function syntheticMessageId(sentAt: string, recipients: readonly string[], fingerprint: readonly number[]): string {
  return `<no-id-${sentAt}-${recipients.join(",")}-${fingerprint.slice(0, 4).join(".")}@followup-check>`;
}

/**
 * A log entry with every field cut to SEND_LIMITS: addresses and names too long to be an
 * interviewer's are left out, lists keep their first entries, texts their first characters. Entries within the limits
 * come back unchanged. The import applies it too, so entries logged before the limits restore.
 */
export function withinSendLimits(record: SendRecord): SendRecord {
  // A request too long to be saved in the facts cannot be one the card would show.
  const missingRequests = record.missingRequests?.filter((r) => r.length <= SEND_LIMITS.requestChars).slice(0, SEND_LIMITS.missingRequests) ?? [];
  return {
    interviewId: record.interviewId,
    messageId: cut(record.messageId, SEND_LIMITS.messageIdChars),
    sentAt: record.sentAt,
    recipients: record.recipients.filter((a) => a.length <= SEND_LIMITS.addressChars).slice(0, SEND_LIMITS.recipients),
    interviewers: record.interviewers.filter((name) => name.length <= SEND_LIMITS.interviewerChars).slice(0, SEND_LIMITS.interviewers),
    subject: cut(record.subject, SEND_LIMITS.subjectChars),
    fingerprint: record.fingerprint.slice(0, SEND_LIMITS.fingerprintSlots),
    // Kept only when set, so an entry without them reads as it always did.
    ...(missingRequests.length ? { missingRequests } : {}),
    ...(record.enteredByHand ? { enteredByHand: true } : {}),
  };
}

/** The log entry for a sent copy, within SEND_LIMITS whatever the message held. */
export function sendRecord(copy: SentCopy): SendRecord {
  const sentAt = loggedTime(copy.at, copy.receivedAt);
  const { interviewId, recipients, interviewers, subject, fingerprint, missingRequests } = copy;
  const messageId = copy.messageId ?? syntheticMessageId(sentAt, recipients, fingerprint);
  return withinSendLimits({ interviewId, messageId, sentAt, recipients, interviewers, subject, fingerprint, missingRequests });
}

/**
 * The log entry for a note the owner sent without the Bcc and entered on the interview page:
 * to one interviewer, at the time given. It has no Message-ID, so it gets an id of its own
 * (its own key: two entered at once never overwrite each other); its text was never seen, so
 * it has no fingerprint and cannot be compared with other notes.
 */
export function handEnteredSend(interviewId: string, person: Interviewer, sentAt: Date): SendRecord {
  return withinSendLimits({
    interviewId,
    messageId: `<by-hand-${crypto.randomUUID()}@followup-check>`,
    sentAt: sentAt.toISOString(),
    recipients: person.email ? [person.email.toLowerCase()] : [],
    interviewers: [person.name],
    subject: "",
    fingerprint: [],
    enteredByHand: true,
  });
}

/** True when this logged send went to this interviewer (by name or by address). */
export function wentTo(send: SendRecord, person: Interviewer): boolean {
  const email = person.email?.toLowerCase();
  return send.interviewers.includes(person.name) || (!!email && send.recipients.includes(email));
}

/** True when some logged send went to this interviewer. */
export function hasLoggedNote(person: Interviewer, sends: readonly SendRecord[]): boolean {
  return sends.some((s) => wentTo(s, person));
}

/** Orders sends earliest first, by the instant each went out (an imported time may carry any offset). */
export function bySentAt(a: SendRecord, b: SendRecord): number {
  return Date.parse(a.sentAt) - Date.parse(b.sentAt);
}

/** The logged sends that went to this interviewer, earliest first. */
export function sendsTo(person: Interviewer, sends: readonly SendRecord[]): SendRecord[] {
  return sends.filter((s) => wentTo(s, person)).sort(bySentAt);
}
