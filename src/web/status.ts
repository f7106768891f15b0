/**
 * Where each interview and each note stands: the dashboard's groups, the panel's send status,
 * each logged send's timing verdict and near-duplicate warnings. Pure: `now` is passed in.
 */
import { wentTo } from "../send-log.js";
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

function sendViews(sends: SendRecord[], window: SendWindow): SendView[] {
  const ordered = [...sends].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  return ordered.map((send, i) => {
    const duplicateOf = ordered
      .slice(0, i)
      .filter((earlier) => !earlier.interviewers.some((n) => send.interviewers.includes(n)) && similarity(earlier.fingerprint, send.fingerprint) >= DUPLICATE_SIMILARITY)
      .flatMap((earlier) => earlier.interviewers);
    return { send, timing: timingOf(new Date(send.sentAt), window), duplicateOf: [...new Set(duplicateOf)] };
  });
}

/** The status of one interview at `now`. */
export function interviewStatus(interview: Interview, sends: SendRecord[], settings: Settings, now: Date): InterviewStatus {
  const window = sendWindow(interview, settings);
  const views = sendViews(sends, window);
  const panel = interview.interviewers.map((person) => ({ person, sends: views.filter((v) => wentTo(v.send, person)) }));
  const sentCount = panel.filter((p) => p.sends.length > 0).length;
  const started = now >= new Date(interview.start);
  const ended = now >= window.end;
  const open = ended && now <= window.closes;
  const phase: Phase = !started ? "upcoming" : !ended ? "in-progress" : open && sentCount < panel.length ? "awaiting" : "done";
  return { interview, phase, window, panel, sends: views, sentCount, timeLeftMs: open ? window.closes.getTime() - now.getTime() : null };
}
