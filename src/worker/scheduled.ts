/**
 * The hourly Cron Trigger: reminds the owner to write the notes the panel is still owed,
 * once when the send window opens and once before it closes (see src/reminders/schedule.ts
 * for why a reminder can only fall due in one tick).
 */
import { REPORT_MARKER_HEADER } from "../mail/parse.js";
import { dueReminders } from "../reminders/schedule.js";
import { reminderEmail } from "../reminders/email.js";
import { KvStore } from "../store/kv-store.js";
import { logEvent } from "./log.js";
import { parseOwnerAddresses } from "./owner.js";

/** Sends the reminders due in the tick scheduled at `scheduledTime`; returns how many went out. */
export async function sendReminders(env: Env, scheduledTime: Date): Promise<number> {
  const store = new KvStore(env.FOLLOWUP_KV);
  const [interviews, settings, alreadySent] = await Promise.all([store.listInterviews(), store.getSettings(), store.listReminderMarkers()]);
  const owner = [...parseOwnerAddresses(env.OWNER_ADDRESSES), ...settings.ownerAddresses][0];
  if (!owner || !settings.reminders) return 0;
  const sends = (await Promise.all(interviews.map((i) => store.listSends(i.id)))).flat();
  const due = dueReminders({ interviews, sends, settings, scheduledTime, alreadySent });
  for (const reminder of due) {
    const interview = interviews.find((i) => i.id === reminder.interviewId)!;
    const email = reminderEmail(reminder, interview, env.APP_URL || null);
    await env.REPORTS.send({ from: env.CHECKER_ADDRESS, to: owner, ...email, headers: { [REPORT_MARKER_HEADER]: "reminder", "Auto-Submitted": "auto-generated" } });
    // Marked only once sent: a failed send is retried by nothing, but never reported as sent.
    await store.markReminders(reminder.keys);
    logEvent({ event: "reminder", interview: reminder.interviewId, stage: reminder.stage, people: reminder.interviewers.length });
  }
  return due.length;
}
