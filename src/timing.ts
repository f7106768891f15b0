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
}

const HOUR_MS = 3_600_000;

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
  const candidates: Array<[Date, string]> = [
    [new Date(end.getTime() + settings.lateErrorHours * HOUR_MS), `${settings.lateErrorHours} hours after the interview`],
  ];
  if (interview.decisionBy) candidates.push([deadline(interview.decisionBy, offset), "the decision date"]);
  if (interview.sendBy) candidates.push([deadline(interview.sendBy, offset), "your send-by date"]);
  const [closes, closesBecause] = candidates.reduce((a, b) => (b[0] < a[0] ? b : a));
  const late = new Date(Math.min(end.getTime() + settings.lateWarningHours * HOUR_MS, closes.getTime()));
  return { end, opens: new Date(end.getTime() + settings.tooEarlyMinutes * 60_000), late, closes, closesBecause };
}

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
