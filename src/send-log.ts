/** Questions about the send log that the report, the web app and reminders all ask. */
import type { Interviewer, SendRecord } from "./types.js";

/** True when this logged send went to this interviewer (by name or by address). */
export function wentTo(send: SendRecord, person: Interviewer): boolean {
  const email = person.email?.toLowerCase();
  return send.interviewers.includes(person.name) || (!!email && send.recipients.includes(email));
}

/** True when some logged send went to this interviewer. */
export function hasLoggedNote(person: Interviewer, sends: readonly SendRecord[]): boolean {
  return sends.some((s) => wentTo(s, person));
}

/** The logged sends that went to this interviewer, earliest first. */
export function sendsTo(person: Interviewer, sends: readonly SendRecord[]): SendRecord[] {
  return sends.filter((s) => wentTo(s, person)).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}
