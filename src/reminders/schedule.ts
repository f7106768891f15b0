/**
 * Which reminders an hourly cron tick sends: "opens" when an interview's send window opens,
 * "closing" before it closes, each only while some interviewer has no logged note; and
 * "check-in" once the decision date has passed with no outcome marked and no check-in
 * logged. Once the owner marks how the interview ended, none is sent for it.
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
import { recruiterPerson, sendKindOf } from "../note-kind.js";
import { hasLoggedNote } from "../send-log.js";
import type { Interview, Interviewer, SendRecord, Settings } from "../types.js";
import { decisionDeadline, isoOffsetMinutes, sendWindow, timeOfDayAt, type SendWindow } from "../timing.js";
import { shortHash } from "../calendar/ids.js";
import { slugify } from "../text/slug.js";

export type ReminderStage = "opens" | "closing" | "check-in";

export interface Reminder {
  interviewId: string;
  stage: ReminderStage;
  /** The interviewers still owed a note and not yet reminded at this stage; for a check-in, whom to ask (the recruiter, else the panel). */
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
 * On a quick decision the best time ends the same day (timing.ts): the last call comes this
 * long before that, while there is still an evening to write in, not twelve hours before a
 * decision that may fall the next morning.
 */
export const QUICK_CLOSING_NOTICE_MS = 3 * 60 * 60_000;

/**
 * At least this long between the two reminders, so that in a short window (a send-by date
 * soon after the interview) the first still has a tick of its own before the last call.
 */
export const MIN_REMINDER_GAP_MS = TICK_MS;

/**
 * Days after the decision date the check-in reminder waits: decisions often slip a day or
 * two, and a check-in the morning after the date reads as impatient.
 */
export const CHECK_IN_AFTER_DAYS = 2;

/** The check-in reminder comes at this hour of the interview's own time, in working hours. */
export const CHECK_IN_HOUR = 9;

/**
 * How long a check-in reminder stays due: a reminder that could not be sent is tried again
 * for two weeks, and an interview imported long after its decision date brings none.
 */
export const CHECK_IN_DUE_MS = 14 * 24 * 60 * 60_000;

/** Prefix of every reminder marker key in the store. */
export const REMINDER_PREFIX = "reminder:";

/**
 * "reminder:<interviewId>:<stage>:<slug of the interviewer's name>" (a hash when the name has no
 * ASCII letters). A check-in's is named by the decision date it follows, so a new date brings a new one.
 */
export function reminderKey(interviewId: string, stage: ReminderStage, about: { name: string }): string {
  const slug = slugify(about.name, 64) || shortHash(about.name);
  return `${REMINDER_PREFIX}${interviewId}:${stage}:${slug}`;
}

/**
 * When each stage falls due in a send window; a stage that would fall at or after the close is
 * left out, and so is the last call for a note the owner marked optional (it went badly).
 */
export function stageTimes(window: SendWindow): { stage: "opens" | "closing"; dueAt: Date }[] {
  const { opens, closes } = window;
  const notice = window.pace === "quick" ? window.late.getTime() - QUICK_CLOSING_NOTICE_MS : closes.getTime() - CLOSING_NOTICE_MS;
  const closing = new Date(Math.max(opens.getTime() + MIN_REMINDER_GAP_MS, notice));
  const stages = [
    { stage: "opens" as const, dueAt: opens },
    { stage: "closing" as const, dueAt: closing },
  ];
  return stages.filter((s) => s.dueAt < closes && !(window.optional && s.stage === "closing"));
}

/** When the check-in reminder falls due: CHECK_IN_AFTER_DAYS after the decision date, at CHECK_IN_HOUR in the interview's offset; null without a decision date. */
export function checkInDueAt(interview: Interview): Date | null {
  const decision = decisionDeadline(interview);
  return decision ? timeOfDayAt(decision, CHECK_IN_AFTER_DAYS, isoOffsetMinutes(interview.end), CHECK_IN_HOUR) : null;
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

/**
 * The check-in reminder due at `at`: from checkInDueAt for CHECK_IN_DUE_MS, while the owner has
 * marked no outcome, no note has gone out since the decision date and this one is not yet sent.
 */
function dueCheckIn(interview: Interview, sends: readonly SendRecord[], window: SendWindow, at: number, alreadySent: ReadonlySet<string>): Reminder | null {
  const dueAt = checkInDueAt(interview);
  if (!dueAt || !interview.decisionBy || dueAt.getTime() > at || at >= dueAt.getTime() + CHECK_IN_DUE_MS) return null;
  const key = reminderKey(interview.id, "check-in", { name: interview.decisionBy });
  if (alreadySent.has(key) || sends.some((s) => sendKindOf(s, interview) === "check-in")) return null;
  const recruiter = recruiterPerson(interview);
  return { interviewId: interview.id, stage: "check-in", interviewers: recruiter ? [recruiter] : interview.interviewers, keys: [key], dueAt, window };
}

/**
 * The reminders this tick sends: one per interview at its due stage, listing everyone still
 * owed a note and not yet reminded at it, or its check-in; none for an interview whose
 * outcome the owner marked.
 */
export function dueReminders(input: DueInput): Reminder[] {
  if (!input.settings.reminders) return [];
  const at = input.scheduledTime.getTime();
  return input.interviews.flatMap((interview) => {
    if (interview.outcome !== undefined) return [];
    const window = sendWindow(interview, input.settings);
    const sends = input.sends.filter((s) => s.interviewId === interview.id);
    const checkIn = dueCheckIn(interview, sends, window, at, input.alreadySent);
    if (checkIn) return [checkIn];
    const due = dueStage(window, at);
    if (!due) return [];
    const people = interview.interviewers.filter((p) => !hasLoggedNote(p, sends) && !input.alreadySent.has(reminderKey(interview.id, due.stage, p)));
    if (people.length === 0) return [];
    const keys = people.map((p) => reminderKey(interview.id, due.stage, p));
    return [{ interviewId: interview.id, stage: due.stage, interviewers: people, keys, dueAt: due.dueAt, window }];
  });
}
