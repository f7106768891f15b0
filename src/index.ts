/**
 * followup-check's Worker: the Email Routing handler, the hourly reminders and the web app
 * in one module.
 */
import { app } from "./app.js";
import { handleEmail } from "./worker/email-handler.js";
import { sendReminders } from "./worker/scheduled.js";
import { warmUp } from "./worker/warm-up.js";

/** Module-level: runs when the isolate starts, under the start-up limit (see warm-up.ts). A failure costs only speed. */
if ((await warmUp()) === "failed") console.error(JSON.stringify({ event: "warm-up-failed" }));

export default {
  fetch: app.fetch,
  async email(message, env) {
    await handleEmail(message, env);
  },
  async scheduled(controller, env) {
    await sendReminders(env, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
