/**
 * The hourly Cron Trigger: reminds the owner to write the notes the panel is still owed,
 * once when the send window opens and once before it closes (see src/reminders/schedule.ts:
 * a reminder stays due until it is sent and marked, or its time has passed).
 */
import { REPORT_MARKER_HEADER } from "../mail/parse.js";
import { dueReminders, type Reminder } from "../reminders/schedule.js";
import { reminderEmail } from "../reminders/email.js";
import { KvStore } from "../store/kv-store.js";
import type { Interview } from "../types.js";
import { logEvent } from "./log.js";
import { parseOwnerAddresses } from "./owner.js";
import { sendMail } from "./send-mail.js";

/** Sends one reminder and marks it sent; false (and an error line in the log) when it could not be sent. */
async function sendOne(env: Env, store: KvStore, owner: string, reminder: Reminder, interview: Interview): Promise<boolean> {
  const where = { interview: reminder.interviewId, stage: reminder.stage };
  const email = reminderEmail(reminder, interview, env.APP_URL || null);
  try {
    // Names and the company in the subject are the owner's own text: outgoing-mime.ts writes it as a safe header.
    await sendMail(env.REPORTS, { from: env.CHECKER_ADDRESS, to: owner, ...email, headers: { [REPORT_MARKER_HEADER]: "reminder", "Auto-Submitted": "auto-generated" } });
  } catch (error) {
    // Not marked, so it is still due in the next tick and tried again there.
    logEvent({ event: "reminder-failed", ...where, error: String(error) }, "error");
    return false;
  }
  try {
    await store.markReminders(reminder.keys);
  } catch (error) {
    // Sent but not marked: the next tick sends it again. The other reminders still go out.
    logEvent({ event: "reminder-unmarked", ...where, error: String(error) }, "error");
  }
  logEvent({ event: "reminder", ...where, people: reminder.interviewers.length });
  return true;
}

/**
 * Sends the reminders due in the tick scheduled at `scheduledTime`, each on its own: one that
 * fails is logged and left due, and the others still go out. Returns how many went out.
 */
export async function sendReminders(env: Env, scheduledTime: Date): Promise<number> {
  const store = new KvStore(env.FOLLOWUP_KV);
  const [interviews, settings, alreadySent] = await Promise.all([store.listInterviews(), store.getSettings(), store.listReminderMarkers()]);
  const owner = [...parseOwnerAddresses(env.OWNER_ADDRESSES), ...settings.ownerAddresses][0];
  if (!owner || !settings.reminders) return 0;
  const sends = (await Promise.all(interviews.map((i) => store.listSends(i.id)))).flat();
  let sent = 0;
  for (const reminder of dueReminders({ interviews, sends, settings, scheduledTime, alreadySent })) {
    const interview = interviews.find((i) => i.id === reminder.interviewId)!;
    if (await sendOne(env, store, owner, reminder, interview)) sent++;
  }
  return sent;
}
