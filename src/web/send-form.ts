/**
 * The "mark as sent" form: a note sent without the Bcc, entered by hand as who it went to and
 * when (a `datetime-local` value in the owner's time zone). Pure: `now` is passed in.
 */
import type { Interview, Interviewer } from "../types.js";
import { formatInZone, isoToLocalInput, localInputToIso } from "./time.js";

export interface MarkAsSentForm {
  /** The interviewer's name, as the panel lists it. */
  to: string;
  /** When it went out: a `datetime-local` value in the owner's time zone. */
  sentAt: string;
}

export type MarkAsSentResult = { ok: true; person: Interviewer; sentAt: Date } | { ok: false; errors: Record<string, string> };

/**
 * How far ahead of the server's clock a time may be: the form offers the time to the minute,
 * and the device it was typed on may run a little fast.
 */
const CLOCK_SLACK_MS = 5 * 60_000;

/** What localInputToIso gives for a form value, or a full ISO value typed instead. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

type Body = Record<string, string | File | (string | File)[]>;
const str = (value: Body[string] | undefined) => (typeof value === "string" ? value : "");

export function readMarkAsSentForm(body: Body): MarkAsSentForm {
  return { to: str(body.to), sentAt: str(body.sentAt) };
}

/** The form as first shown: the chosen interviewer (when one is on the panel) and the time now. */
export function newMarkAsSentForm(interview: Interview, to: string | undefined, zone: string, now: Date): MarkAsSentForm {
  const person = interview.interviewers.find((p) => p.name === to) ?? interview.interviewers[0];
  return { to: person?.name ?? "", sentAt: isoToLocalInput(now.toISOString(), zone) };
}

/** The send the form describes, or what is wrong with it in words, field by field. */
export function checkMarkAsSent(form: MarkAsSentForm, interview: Interview, zone: string, now: Date): MarkAsSentResult {
  const errors: Record<string, string> = {};
  const person = interview.interviewers.find((p) => p.name === form.to);
  if (!form.to) errors.to = "choose who you sent the note to";
  // The panel changed in another tab since the form was opened.
  else if (!person) errors.to = `${form.to} is no longer on this interview's panel: choose again`;

  const iso = localInputToIso(form.sentAt, zone);
  const sentAt = new Date(ISO_WITH_OFFSET.test(iso) ? iso : Number.NaN);
  const start = new Date(interview.start);
  if (!form.sentAt.trim()) errors.sentAt = "enter when you sent the note";
  else if (Number.isNaN(sentAt.getTime())) errors.sentAt = "is not a date and time: pick one, or type it as 2026-11-17T19:30";
  else if (sentAt.getTime() > now.getTime() + CLOCK_SLACK_MS) errors.sentAt = `is in the future (it is now ${formatInZone(now, zone)}): enter when the note went out`;
  else if (sentAt < start) errors.sentAt = `is before the interview started (${formatInZone(start, zone)}): a follow-up note goes out after it`;

  return person && !Object.keys(errors).length ? { ok: true, person, sentAt } : { ok: false, errors };
}
