/**
 * Where each interview and each note stands: the dashboard's groups, the panel's send status,
 * each logged send's timing verdict, near-duplicate warnings and what it left out. Pure: `now` is passed in.
 */
import { sendKindOf, wentToRecruiter, type NoteKind } from "../note-kind.js";
import { bySentAt, wentTo } from "../send-log.js";
import { DUPLICATE_SIMILARITY } from "../rules/duplicate-note.js";
import { similarity } from "../text/fingerprint.js";
import { sendWindow, type SendWindow } from "../timing.js";
import type { Interview, Interviewer, SendRecord, Settings } from "../types.js";

export type Phase = "upcoming" | "in-progress" | "awaiting" | "done";
export type Timing = "too early" | "on time" | "late" | "too late";

export interface SendView {
  send: SendRecord;
  timing: Timing;
  /** Names of interviewers an earlier, nearly identical note went to. */
  duplicateOf: string[];
  /** What this copy left out that is still owed (stillMissing). */
  missingRequests: string[];
  /** A thank-you, a note to the recruiter (never counted as a panel note) or a check-in after the decision date. */
  kind: NoteKind;
  /** Whom it went to, as the send log shows it: "Priya Raman", "Dana Shaw (recruiter)", "Priya Raman (check-in)". */
  to: string;
}

export interface PanelView {
  person: Interviewer;
  /** Sends that reached this person, oldest first. */
  sends: SendView[];
}

export interface InterviewStatus {
  interview: Interview;
  phase: Phase;
  window: SendWindow;
  panel: PanelView[];
  sends: SendView[];
  sentCount: number;
  /** Until the window closes; null once it has, or before the interview ends. */
  timeLeftMs: number | null;
}

/** The verdict the timing rules would give a note sent at `at`. */
export function timingOf(at: Date, window: SendWindow): Timing {
  if (at < window.opens) return "too early";
  if (at <= window.late) return "on time";
  return at <= window.closes ? "late" : "too late";
}

/**
 * The requests `send` left out that are still owed: those the facts still hold (a request taken
 * out of them was dealt with some other way) that no later copy to the same interviewer
 * delivered. A send entered by hand settles nothing: its content was never seen.
 */
function stillMissing(send: SendRecord, later: readonly SendRecord[], interview: Interview): string[] {
  const people = interview.interviewers.filter((p) => wentTo(send, p));
  const saved = new Set([...interview.requests, ...people.flatMap((p) => p.requests)]);
  const followUps = later.filter((s) => !s.enteredByHand && people.some((p) => wentTo(s, p)));
  return (send.missingRequests ?? []).filter((r) => saved.has(r) && followUps.every((s) => s.missingRequests?.includes(r)));
}

/** Whom a logged send went to in the send log's words: names (the recruiter's by name), else addresses, and its kind when not a thank-you. */
function sentTo(send: SendRecord, kind: NoteKind, interview: Interview): string {
  const recruiter = interview.recruiter && wentToRecruiter(send, interview) ? interview.recruiter.name : null;
  const who = recruiter ?? (send.interviewers.join(", ") || send.recipients.join(", "));
  const what = [recruiter ? "recruiter" : null, kind === "check-in" ? "check-in" : null].filter(Boolean).join(", ");
  return what ? `${who} (${what})` : who;
}

function sendViews(sends: SendRecord[], window: SendWindow, interview: Interview): SendView[] {
  const ordered = [...sends].sort(bySentAt);
  return ordered.map((send, i) => {
    const duplicateOf = ordered
      .slice(0, i)
      .filter((earlier) => !earlier.interviewers.some((n) => send.interviewers.includes(n)) && similarity(earlier.fingerprint, send.fingerprint) >= DUPLICATE_SIMILARITY)
      .flatMap((earlier) => earlier.interviewers);
    const missingRequests = stillMissing(send, ordered.slice(i + 1), interview);
    const kind = sendKindOf(send, interview);
    return { send, timing: timingOf(new Date(send.sentAt), window), duplicateOf: [...new Set(duplicateOf)], missingRequests, kind, to: sentTo(send, kind, interview) };
  });
}

/** The status of one interview at `now`. */
export function interviewStatus(interview: Interview, sends: SendRecord[], settings: Settings, now: Date): InterviewStatus {
  const window = sendWindow(interview, settings);
  const views = sendViews(sends, window, interview);
  const panel = interview.interviewers.map((person) => ({ person, sends: views.filter((v) => wentTo(v.send, person)) }));
  const sentCount = panel.filter((p) => p.sends.length > 0).length;
  const started = now >= new Date(interview.start);
  const ended = now >= window.end;
  const open = ended && now <= window.closes;
  const phase: Phase = !started ? "upcoming" : !ended ? "in-progress" : open && sentCount < panel.length ? "awaiting" : "done";
  return { interview, phase, window, panel, sends: views, sentCount, timeLeftMs: open ? window.closes.getTime() - now.getTime() : null };
}
