/**
 * followup-check's Worker: the Email Routing handler and the web app in one module.
 */
import { app } from "./app.js";
import { handleEmail } from "./worker/email-handler.js";

export default {
  fetch: app.fetch,
  async email(message, env) {
    await handleEmail(message, env);
  },
} satisfies ExportedHandler<Env>;
