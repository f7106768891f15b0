/**
 * The send window of an interview: when a note stops looking pre-written, when it becomes
 * late, and the hard deadline (72 h, the decision date or the user's own send-by date).
 */
import { memoizeByObject } from "./text/memo.js";
import type { Interview, Settings } from "./types.js";

export interface SendWindow {
  /** The interview's end. */
  end: Date;
  /** From here on a note no longer looks pre-written. */
  opens: Date;
  /** After this a note is late (warning). */
  late: Date;
  /** After this a note is too late (error): the earliest of the hard limit, decisionBy and sendBy. */
  closes: Date;
  /** What set `closes`, for the message: "72 hours after the interview", "the decision date", "your send-by date". */
  closesBecause: string;
  /** How soon they decide (see paceOf): a quick decision puts the best time on the day itself; one weeks away leaves the next day. */
  pace: Pace;
  /** The decision date as a moment, when one is saved. */
  decision: Date | null;
  /** The owner marked the interview as gone badly: a note is optional, so it is never late, and past the close only worth a warning. */
  optional: boolean;
}

/** "quick": they decide within QUICK_DECISION_MS of the end; "unhurried": UNHURRIED_DECISION_MS or more; otherwise "usual". */
export type Pace = "quick" | "usual" | "unhurried";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A decision due within two days of the end leaves no time for a note that waits until tomorrow. */
const QUICK_DECISION_MS = 48 * HOUR_MS;
/** A decision two weeks or more away: a considered note the next day loses nothing. */
const UNHURRIED_DECISION_MS = 14 * DAY_MS;
/**
 * On a quick decision the best time ends with the interview's day, but never less than this
 * after the window opens: an interview ending late in the evening still leaves time to write.
 */
const SAME_DAY_MIN_MS = 2 * HOUR_MS;

/** Offset in minutes of an ISO-8601 date-time ("…-05:00" → -300, "…Z" → 0). */
export function isoOffsetMinutes(iso: string): number {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * A date-only deadline ("2026-11-24") means the end of that day in the interview's offset;
 * a date-time means itself.
 */
function deadline(value: string, offsetMinutes: number): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(Date.parse(`${value}T23:59:59Z`) - offsetMinutes * 60_000);
  }
  return new Date(value);
}

/** The interview's decision date as a moment (a date alone: the end of that day in the interview's offset), or null when none is saved. */
export function decisionDeadline(interview: Interview): Date | null {
  return interview.decisionBy ? deadline(interview.decisionBy, isoOffsetMinutes(interview.end)) : null;
}

/** The moment at `hours`:`minutes`:`seconds` on the day `days` after the one `when` falls on, at a fixed offset. */
export function timeOfDayAt(when: Date, days: number, offsetMinutes: number, hours: number, minutes = 0, seconds = 0): Date {
  const local = new Date(when.getTime() + offsetMinutes * 60_000);
  const atLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hours, minutes, seconds);
  return new Date(atLocal - offsetMinutes * 60_000);
}

/** The last moment of the day `days` after the one `when` falls on, in the interview's offset. */
const endOfDay = (when: Date, days: number, offsetMinutes: number) => timeOfDayAt(when, days, offsetMinutes, 23, 59, 59);

/** How soon after the interview's end they decide. */
export function paceOf(end: Date, decision: Date | null): Pace {
  if (!decision) return "usual";
  const gap = decision.getTime() - end.getTime();
  return gap <= QUICK_DECISION_MS ? "quick" : gap >= UNHURRIED_DECISION_MS ? "unhurried" : "usual";
}

/**
 * The send window of `interview` under `settings`. Remembered per interview and settings
 * object (both are shared between checks while unchanged); callers must not mutate it.
 */
export function sendWindow(interview: Interview, settings: Settings): SendWindow {
  return windowsUnder(interview)(settings);
}

const windowsUnder = memoizeByObject((interview: Interview) => memoizeByObject((settings: Settings) => computeSendWindow(interview, settings)));

function computeSendWindow(interview: Interview, settings: Settings): SendWindow {
  const end = new Date(interview.end);
  const offset = isoOffsetMinutes(interview.end);
  const decision = decisionDeadline(interview);
  const candidates: Array<[Date, string]> = [
    [new Date(end.getTime() + settings.lateErrorHours * HOUR_MS), `${settings.lateErrorHours} hours after the interview`],
  ];
  if (decision) candidates.push([decision, "the decision date"]);
  if (interview.sendBy) candidates.push([deadline(interview.sendBy, offset), "your send-by date"]);
  const [closes, closesBecause] = candidates.reduce((a, b) => (b[0] < a[0] ? b : a));
  const opens = new Date(end.getTime() + settings.tooEarlyMinutes * 60_000);
  const pace = paceOf(end, decision);
  const optional = interview.howItWent === "badly";
  let late = end.getTime() + settings.lateWarningHours * HOUR_MS;
  if (pace === "quick") late = Math.min(late, Math.max(endOfDay(end, 0, offset).getTime(), opens.getTime() + SAME_DAY_MIN_MS));
  if (pace === "unhurried") late = Math.max(late, endOfDay(end, 1, offset).getTime());
  // A note that is optional is never late, only past the close.
  if (optional) late = closes.getTime();
  return { end, opens, late: new Date(Math.min(late, closes.getTime())), closes, closesBecause, pace, decision, optional };
}

/**
 * One sentence on what a quick or unhurried decision means for when to send, or null when the
 * usual advice holds: shown with the send window in reports, reminders and the web app.
 */
export function paceAdvice(window: SendWindow, interview: Interview): string | null {
  const decides = formatDecision(interview);
  if (!decides || window.pace === "usual") return null;
  return window.pace === "quick"
    ? `They decide by ${decides}, within two days of the interview: send your notes today.`
    : `The decision is weeks away (${decides}): a considered note tomorrow is as good as a quick one today.`;
}

/** What the report, the reminder and the web app say once the owner marked an interview as gone badly (SendWindow.optional). */
export const OPTIONAL_NOTE_ADVICE =
  "You marked this interview as gone badly, so a note is optional and there is no rush. Explaining a bad performance reads as desperate: a brief, gracious note, or a word to your recruiter, serves you better.";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A moment's day ("Tue 17 Nov") and time ("16:00") at a fixed offset: the one style every date
 * and time is written in, here and in the web app (web/time.ts, in the owner's zone).
 */
export function wallClockAt(when: Date | number, offsetMinutes: number): { day: string; time: string } {
  const local = new Date(new Date(when).getTime() + offsetMinutes * 60_000);
  return { day: `${WEEKDAYS[local.getUTCDay()]} ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]}`, time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}` };
}

/** "Tue 17 Nov 16:00 (UTC−05:00)": a moment shown at a fixed offset, the interview's own. */
export function formatAtOffset(when: Date, offsetMinutes: number): string {
  const { day, time } = wallClockAt(when, offsetMinutes);
  const sign = offsetMinutes < 0 ? "−" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${day} ${time} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}

/** Formats a moment in the interview's own offset. */
export function formatForInterview(when: Date, interview: Interview): string {
  return formatAtOffset(when, isoOffsetMinutes(interview.end));
}

/** The decision date as the owner gave it: "Tue 24 Nov" for a date, with the time and offset for a date-time; null without one. */
export function formatDecision(interview: Interview): string | null {
  const decision = decisionDeadline(interview);
  if (!decision) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(interview.decisionBy ?? "") ? wallClockAt(decision, isoOffsetMinutes(interview.end)).day : formatForInterview(decision, interview);
}

/** "3 h 20 min", "45 min", "2 days 4 h": a human duration. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} day${days === 1 ? "" : "s"}${hours ? ` ${hours} h` : ""}`;
  if (hours > 0) return `${hours} h${mins ? ` ${mins} min` : ""}`;
  return `${mins} min`;
}
