/**
 * The "check a draft" form → a raw message the real pipeline reads, as if the owner had sent
 * it To the checker address (tagged with the interview id) and Cc the chosen interviewer.
 */
import type { Interview } from "../types.js";

/** A note is at most a few hundred words; this leaves room for a pasted thread and still bounds the work. */
export const MAX_DRAFT_CHARS = 20_000;
/** Subjects longer than this are not notes' subjects. */
export const MAX_SUBJECT_CHARS = 200;

export interface DraftForm {
  /** "<interview id>:<interviewer row>", "<interview id>:recruiter", or "<interview id>:" for no particular recipient. */
  to: string;
  subject: string;
  text: string;
}

export type DraftTarget = { interview: Interview | null; recipient: string | null };

type Body = Record<string, string | File | (string | File)[]>;
const str = (value: Body[string] | undefined) => (typeof value === "string" ? value : "");

export function readDraftForm(body: Body): DraftForm {
  return { to: str(body.to), subject: str(body.subject), text: str(body.text) };
}

/** Validates the form; field → message for anything wrong. */
export function draftErrors(form: DraftForm, interviews: Interview[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.text.trim()) errors.text = "must not be empty: paste the note to check";
  else if (form.text.length > MAX_DRAFT_CHARS) errors.text = `must be at most ${MAX_DRAFT_CHARS} characters (this is ${form.text.length})`;
  if (form.subject.length > MAX_SUBJECT_CHARS) errors.subject = `must be at most ${MAX_SUBJECT_CHARS} characters`;
  if (interviews.length && !draftTarget(form, interviews).interview) errors.to = "choose who the note is for";
  return errors;
}

/** The "Note to" choice of the interview's recruiter (see DraftForm.to). */
export const RECRUITER_CHOICE = "recruiter";

/** The interview and recipient address the "Note to" choice names. */
export function draftTarget(form: DraftForm, interviews: Interview[]): DraftTarget {
  const [id, row] = form.to.split(":");
  const interview = interviews.find((i) => i.id === id) ?? null;
  const person = interview && row ? (row === RECRUITER_CHOICE ? interview.recruiter : interview.interviewers[Number(row)]) : undefined;
  return { interview, recipient: person?.email ?? null };
}

/** A header value on one line: pasted text must never add headers. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

/** RFC 2047 for non-ASCII subjects, so the parser reads them back exactly. */
function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const bytes = new TextEncoder().encode(value);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return `=?utf-8?B?${btoa(binary)}?=`;
}

export interface DraftMessageInput {
  from: string;
  to: string;
  cc: string | null;
  subject: string;
  text: string;
  now: Date;
}

/** The raw RFC 5322 message (CRLF line ends, UTF-8 body). */
export function draftMessage(input: DraftMessageInput): string {
  const id = crypto.randomUUID();
  const headers = [
    `From: ${input.from}`,
    `To: ${input.to}`,
    ...(input.cc ? [`Cc: ${input.cc}`] : []),
    `Subject: ${encodeHeader(oneLine(input.subject))}`,
    `Date: ${input.now.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <web-${id}@followup-check>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  const body = input.text.replace(/\r\n?/g, "\n").replace(/\n/g, "\r\n");
  return `${headers.join("\r\n")}\r\n\r\n${body}\r\n`;
}
