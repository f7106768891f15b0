/**
 * The send log by hand: mark a note sent without the Bcc as sent, remove a send logged by
 * mistake. Each send has a key of its own, so two changes at once never undo each other.
 */
import { Hono, type Context } from "hono";
import { INTERVIEW_ID_PATTERN, type Interview } from "../../facts/schema.js";
import { handEnteredSend } from "../../send-log.js";
import { SEND_REF_PATTERN } from "../../store/kv-keys.js";
import { KvStore, StoreError } from "../../store/kv-store.js";
import type { AppEnv } from "../env.js";
import { MarkAsSentPage, RemoveSendPage } from "../pages/mark-as-sent.js";
import { page } from "../render.js";
import { checkMarkAsSent, newMarkAsSentForm, readMarkAsSentForm } from "../send-form.js";

export const sendRoutes = new Hono<AppEnv>();

const store = (c: Context<AppEnv>) => new KvStore(c.env.FOLLOWUP_KV);

/** The interview the URL names, or null (also for an id that cannot be one). */
async function interviewOf(c: Context<AppEnv>): Promise<Interview | null> {
  const id = c.req.param("id") ?? "";
  return INTERVIEW_ID_PATTERN.test(id) ? store(c).getInterview(id) : null;
}

const notFound = (c: Context<AppEnv>) => c.text("No interview with that id.", 404);

/** Back to the interview, with a notice chosen by code (interview-routes.tsx) and the send it is about. */
const backTo = (c: Context<AppEnv>, interview: Interview, notice: string, ref?: string) =>
  c.redirect(`/interviews/${interview.id}?notice=${notice}${ref ? `&send=${ref}` : ""}`, 303);

sendRoutes.get("/interviews/:id/sends/new", async (c) => {
  const interview = await interviewOf(c);
  if (!interview) return notFound(c);
  const now = new Date();
  const zone = c.var.settings.timeZone;
  const form = newMarkAsSentForm(interview, c.req.query("to"), zone, now);
  return page(c, <MarkAsSentPage interview={interview} form={form} errors={{}} zone={zone} csrf={c.var.csrfToken} now={now} />);
});

sendRoutes.post("/interviews/:id/sends", async (c) => {
  const interview = await interviewOf(c);
  if (!interview) return notFound(c);
  const now = new Date();
  const zone = c.var.settings.timeZone;
  const form = readMarkAsSentForm(await c.req.parseBody());
  const result = checkMarkAsSent(form, interview, zone, now);
  const again = (errors: Record<string, string>, status: 400 | 503, storageFailed = false) =>
    page(c, <MarkAsSentPage interview={interview} form={form} errors={errors} zone={zone} csrf={c.var.csrfToken} now={now} storageFailed={storageFailed} />, status);
  if (!result.ok) return again(result.errors, 400);
  try {
    const ref = await store(c).logHandEnteredSend(handEnteredSend(interview.id, result.person, result.sentAt));
    return backTo(c, interview, "marked", ref);
  } catch (error) {
    if (error instanceof StoreError) return again({}, 503, true);
    throw error;
  }
});

/**
 * The send the URL names, with its confirmation page (saying what removing it changes, from the
 * whole log), or the answer instead: a send no longer logged sends the browser back to say so.
 */
async function removal(c: Context<AppEnv>) {
  const interview = await interviewOf(c);
  if (!interview) return { answer: notFound(c) };
  const ref = c.req.param("ref") ?? "";
  const logged = SEND_REF_PATTERN.test(ref) ? await store(c).getLoggedSend(interview.id, ref) : null;
  // Removed in another tab, or by a second press of the button: already done.
  if (!logged) return { answer: backTo(c, interview, "send-gone") };
  const sends = await store(c).listSends(interview.id);
  const confirmation = (storageFailed: boolean) => (
    <RemoveSendPage interview={interview} send={logged.send} sends={sends} ref={ref} zone={c.var.settings.timeZone} csrf={c.var.csrfToken} storageFailed={storageFailed} />
  );
  return { interview, ref, confirmation };
}

sendRoutes.get("/interviews/:id/sends/:ref/remove", async (c) => {
  const found = await removal(c);
  return "answer" in found ? found.answer : page(c, found.confirmation(false));
});

sendRoutes.post("/interviews/:id/sends/:ref/remove", async (c) => {
  const found = await removal(c);
  if ("answer" in found) return found.answer;
  try {
    await store(c).deleteSend(found.interview.id, found.ref);
  } catch (error) {
    if (error instanceof StoreError) return page(c, found.confirmation(true), 503);
    throw error;
  }
  return backTo(c, found.interview, "send-removed", found.ref);
});
