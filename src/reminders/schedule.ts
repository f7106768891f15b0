/**
 * Which reminders an hourly cron tick sends: "opens" when an interview's send window opens,
 * "closing" before it closes, each only while some interviewer has no logged note.
 *
 * Idempotence, even when the cron fires twice and KV is slow to agree:
 * 1. A reminder belongs to exactly one tick: the one whose slot (scheduledTime − 1 h,
 *    scheduledTime] holds its due time. Another tick can never send it, whatever KV says.
 * 2. Within that tick, a key per interviewer and stage (written by the caller after
 *    sending) makes a re-run of the same tick skip whom it already reminded.
 * The one case left is two runs of the same tick racing before either marker is visible;
 * Cloudflare delivers a scheduled event at least once, so that is rare, and the cost is one
 * duplicate email, never a missed one.
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

/** The cron runs hourly ("0 * * * *"): each tick owns the hour up to its scheduled time. */
export const TICK_MS = 60 * 60_000;

/**
 * The last call goes out this long before the window closes: half a day leaves time to
 * write a considered note in working hours wherever the deadline falls, and is late
 * enough to read as a last call rather than a repeat of the first reminder.
 */
export const CLOSING_NOTICE_MS = 12 * 60 * 60_000;

/**
 * At least this long between the two reminders, so that in a short window (a send-by date
 * soon after the interview) they still fall in different ticks and never arrive together.
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

/** The reminders this tick sends: one per interview and stage, listing everyone still owed a note. */
export function dueReminders(input: DueInput): Reminder[] {
  if (!input.settings.reminders) return [];
  const tickEnd = input.scheduledTime.getTime();
  const inSlot = (due: Date) => due.getTime() > tickEnd - TICK_MS && due.getTime() <= tickEnd;
  return input.interviews.flatMap((interview) => {
    const sends = input.sends.filter((s) => s.interviewId === interview.id);
    const owed = interview.interviewers.filter((p) => !hasLoggedNote(p, sends));
    const window = sendWindow(interview, input.settings);
    if (window.closes.getTime() <= tickEnd) return [];
    return stageTimes(window)
      .filter((s) => inSlot(s.dueAt))
      .flatMap(({ stage, dueAt }) => {
        const people = owed.filter((p) => !input.alreadySent.has(reminderKey(interview.id, stage, p)));
        if (people.length === 0) return [];
        const keys = people.map((p) => reminderKey(interview.id, stage, p));
        return [{ interviewId: interview.id, stage, interviewers: people, keys, dueAt, window }];
      });
  });
}
