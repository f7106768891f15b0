/**
 * What kind of note a message is: a thank-you to the panel, a note to the recruiter who
 * arranged the interview, a check-in after the decision date passed without word, or a reply
 * after the owner marked how the process ended. Decided from the facts, whom the note is for
 * and the moment it is judged at, which is passed in: nothing here reads a clock.
 */
import type { Outcome } from "./facts/schema.js";
import { wentTo } from "./send-log.js";
import { memoizeByObject } from "./text/memo.js";
import { findPerson, greetingNames } from "./text/names.js";
import { decisionDeadline } from "./timing.js";
import type { Interview, Interviewer, Note, SendRecord } from "./types.js";

export type NoteKind = "thank-you" | "recruiter" | "check-in" | "after-outcome";

/** An outcome that ends the process: every mark but "still waiting". */
export type Ending = Exclude<Outcome, "waiting">;

/** How the process ended as the owner marked it (an offer, a rejection, a withdrawal), or null while nothing or "still waiting" is marked. */
export function endingOf(interview: Interview): Ending | null {
  const outcome = interview.outcome;
  return outcome === undefined || outcome === "waiting" ? null : outcome;
}

/**
 * The interview's recruiter as the name rules read people (the same object every time for
 * the same interview, so it can be told apart by identity), or null without one. Nothing was
 * discussed with them on the panel, so they have no topics or requests of their own.
 */
export const recruiterPerson: (interview: Interview) => Interviewer | null = memoizeByObject((interview: Interview) => {
  const recruiter = interview.recruiter;
  if (!recruiter) return null;
  const title = recruiter.agency ? `Recruiter, ${recruiter.agency}` : "Recruiter";
  return { name: recruiter.name, ...(recruiter.email ? { email: recruiter.email } : {}), title, topics: [], requests: [] };
});

/** The people a note about this interview may name: the panel, then the recruiter. */
export const knownPeople: (interview: Interview) => Interviewer[] = memoizeByObject((interview: Interview) => {
  const recruiter = recruiterPerson(interview);
  return recruiter ? [...interview.interviewers, recruiter] : interview.interviewers;
});

/** True once the interview's decision date has passed at `at`. */
function afterDecision(interview: Interview, at: Date): boolean {
  const decision = decisionDeadline(interview);
  return decision !== null && at > decision;
}

/** True when the decision date has passed at `at` and the owner has marked no ending (or marked that they are still waiting). */
export function waitingPastDecision(interview: Interview, at: Date): boolean {
  return (interview.outcome === undefined || interview.outcome === "waiting") && afterDecision(interview, at);
}

/**
 * True when a note is for the recruiter: it goes to their address, or (sent to no panel
 * member's address) greets them by name. A note to a panel member that copies the recruiter
 * is a note to the panel.
 * @param panelRecipients this interview's interviewers among the note's To/Cc
 * @param addressee the interviewer the note is for, when that is clear
 */
export function addressesRecruiter(interview: Interview, note: Note, panelRecipients: readonly Interviewer[], addressee: Interviewer | null): boolean {
  const recruiter = interview.recruiter;
  if (!recruiter || panelRecipients.length > 0) return false;
  const email = recruiter.email?.toLowerCase();
  if (email && [...note.to, ...note.cc].some((a) => a.address.toLowerCase() === email)) return true;
  if (addressee) return false;
  return greetingNames(note.greeting ?? "").some((name) => findPerson(name, [recruiter])?.match === "exact");
}

export interface NoteKindInput {
  interview: Interview | null;
  note: Note;
  /** This interview's interviewers among the note's To/Cc (match.ts). */
  recipients: readonly Interviewer[];
  /** The interviewer the note is for, when that is clear (match.ts). */
  addressee: Interviewer | null;
  /** The moment the note is judged at: the receive time of a draft, the Date of a sent copy. */
  at: Date;
}

/**
 * The kind of a note to the panel or the recruiter: once the owner has marked an ending, a
 * reply after the outcome (thanks for letting me know, accepting or declining the offer, a
 * withdrawal), whenever it is written; else a check-in after the decision date with no ending
 * marked; else a note to the recruiter when it is for them. Any other note is a thank-you
 * (also every note not tied to an interview, or to no one in particular).
 */
export function noteKindOf({ interview, note, recipients, addressee, at }: NoteKindInput): NoteKind {
  if (!interview) return "thank-you";
  const toRecruiter = addressesRecruiter(interview, note, recipients, addressee);
  const toPanel = recipients.length > 0 || addressee !== null;
  if (toPanel || toRecruiter) {
    if (endingOf(interview)) return "after-outcome";
    if (waitingPastDecision(interview, at)) return "check-in";
  }
  return toRecruiter ? "recruiter" : "thank-you";
}

/** True when a logged send went to the recruiter and to no one on the panel. */
export function wentToRecruiter(send: SendRecord, interview: Interview): boolean {
  const email = interview.recruiter?.email?.toLowerCase();
  return !!email && send.recipients.includes(email) && !interview.interviewers.some((p) => wentTo(send, p));
}

/**
 * The kind of a logged send: to the recruiter, a check-in when it went out after the decision
 * date (whatever ending was marked since: it was one when it went), else a thank-you. Never a
 * reply after the outcome: the log does not keep when an ending was marked, so a send cannot
 * be told to have come after it.
 */
export function sendKindOf(send: SendRecord, interview: Interview): NoteKind {
  if (afterDecision(interview, new Date(send.sentAt)) && (wentToRecruiter(send, interview) || interview.interviewers.some((p) => wentTo(send, p)))) return "check-in";
  return wentToRecruiter(send, interview) ? "recruiter" : "thank-you";
}

/**
 * Whom the rules read a note as written to: for a note to the recruiter, the recruiter (as
 * recruiterPerson, among the recipients when it goes to their address), so greeting and name
 * checks know them; otherwise the panel members match.ts found.
 */
export function noteReader(input: Omit<NoteKindInput, "at">): { recipients: Interviewer[]; addressee: Interviewer | null } {
  const { interview, note, recipients, addressee } = input;
  const recruiter = interview ? recruiterPerson(interview) : null;
  if (!interview || !recruiter || !addressesRecruiter(interview, note, recipients, addressee)) return { recipients: [...recipients], addressee };
  const email = recruiter.email?.toLowerCase();
  const toAddress = !!email && [...note.to, ...note.cc].some((a) => a.address.toLowerCase() === email);
  return { recipients: toAddress ? [recruiter] : [], addressee: recruiter };
}
