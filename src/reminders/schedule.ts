/**
 * Which reminders an hourly cron tick sends: "opens" when an interview's send window opens,
 * "closing" before it closes, each only while some interviewer has no logged note.
 *
 * A stage is due from its time until the next stage's time (or, for the last call, until the
 * window closes), and a key per interviewer and stage, written by the caller once the email
 * is sent, takes each person off it. So a reminder whose send failed is still due in the next
 * tick and tried again there, and a late "opens" never follows the last call.
 *
 * Idempotence rests on those markers: a re-run of the same tick, or any later tick, skips
 * whom they name. The next tick comes an hour later, long after a KV write is visible
 * everywhere (about a minute). The one case left is two runs of the same tick racing before
 * either marker is visible; Cloudflare delivers a scheduled event at least once, so that is
 * rare, and the cost is one duplicate email, never a missed one.
 */
import { hasLoggedNote } from "../send-log.js";
import type { Interview, Interviewer, SendRecord, Settings } from "../types.js";
import { sendWindow, type SendWindow } from "../timing.js";
import { shortHash } from "../calendar/ids.js";
import { slugify } from "../text/slug.js";

export type ReminderStage = "opens" | "closing";

export interface Reminder {
  interviewId: string;
  stage: ReminderStage;
  /** The interviewers still owed a note and not yet reminded at this stage. */
  interviewers: Interviewer[];
  /** One marker key per interviewer, in the same order: store them once the email is sent. */
  keys: string[];
  /** When this stage fell due. */
  dueAt: Date;
  /** The interview's send window (for the email's times and the reason it closes). */
  window: SendWindow;
}

/** The cron runs hourly ("0 * * * *"). */
export const TICK_MS = 60 * 60_000;

/**
 * The last call goes out this long before the window closes: half a day leaves time to
 * write a considered note in working hours wherever the deadline falls, and is late
 * enough to read as a last call rather than a repeat of the first reminder.
 */
export const CLOSING_NOTICE_MS = 12 * 60 * 60_000;

/**
 * At least this long between the two reminders, so that in a short window (a send-by date
 * soon after the interview) the first still has a tick of its own before the last call.
 */
export const MIN_REMINDER_GAP_MS = TICK_MS;

/** Prefix of every reminder marker key in the store. */
export const REMINDER_PREFIX = "reminder:";

/** "reminder:<interviewId>:<stage>:<slug of the interviewer's name>" (a hash when the name has no ASCII letters). */
export function reminderKey(interviewId: string, stage: ReminderStage, interviewer: Interviewer): string {
  const slug = slugify(interviewer.name, 64) || shortHash(interviewer.name);
  return `${REMINDER_PREFIX}${interviewId}:${stage}:${slug}`;
}

/** When each stage falls due in a send window; a stage that would fall at or after the close is left out. */
export function stageTimes(window: SendWindow): { stage: ReminderStage; dueAt: Date }[] {
  const { opens, closes } = window;
  const closing = new Date(Math.max(opens.getTime() + MIN_REMINDER_GAP_MS, closes.getTime() - CLOSING_NOTICE_MS));
  return [
    { stage: "opens" as const, dueAt: opens },
    { stage: "closing" as const, dueAt: closing },
  ].filter((s) => s.dueAt < closes);
}

export interface DueInput {
  interviews: readonly Interview[];
  /** The send log (of every interview; each is filtered by interviewId). */
  sends: readonly SendRecord[];
  settings: Settings;
  /** The tick's scheduled time (ScheduledController.scheduledTime), the same on a retried run. */
  scheduledTime: Date;
  /** Marker keys (reminderKey) already stored. */
  alreadySent: ReadonlySet<string>;
}

/** The stage due at `at`: the latest whose time has come, while the window is open; null otherwise. */
function dueStage(window: SendWindow, at: number): { stage: ReminderStage; dueAt: Date } | null {
  if (window.closes.getTime() <= at) return null;
  return stageTimes(window).findLast((s) => s.dueAt.getTime() <= at) ?? null;
}

/** The reminders this tick sends: one per interview at its due stage, listing everyone still owed a note and not yet reminded at it. */
export function dueReminders(input: DueInput): Reminder[] {
  if (!input.settings.reminders) return [];
  const at = input.scheduledTime.getTime();
  return input.interviews.flatMap((interview) => {
    const window = sendWindow(interview, input.settings);
    const due = dueStage(window, at);
    if (!due) return [];
    const sends = input.sends.filter((s) => s.interviewId === interview.id);
    const people = interview.interviewers.filter((p) => !hasLoggedNote(p, sends) && !input.alreadySent.has(reminderKey(interview.id, due.stage, p)));
    if (people.length === 0) return [];
    const keys = people.map((p) => reminderKey(interview.id, due.stage, p));
    return [{ interviewId: interview.id, stage: due.stage, interviewers: people, keys, dueAt: due.dueAt, window }];
  });
}
