/** "Check a draft": the real pipeline on pasted text, shown with the email's ReportView. */
import { Hono, type Context } from "hono";
import { parseCheckerAddress, taggedAddress } from "../../checker-address.js";
import { checkMessage } from "../../pipeline.js";
import { KvStore } from "../../store/kv-store.js";
import { parseOwnerAddresses } from "../../worker/owner.js";
import { draftErrors, draftMessage, draftTarget, readDraftForm, type DraftForm } from "../draft.js";
import type { AppEnv } from "../env.js";
import { CheckPage } from "../pages/check.js";
import { page } from "../render.js";

export const checkRoutes = new Hono<AppEnv>();

/** Used when CHECKER_ADDRESS is unset, so the page still works in a bare setup. */
const DEFAULT_CHECKER = "check@example.com";
/** The pipeline needs a sender; any owner address will do, as the Worker only checks it on mail. */
const FALLBACK_OWNER = "owner@example.com";

checkRoutes.get("/check", async (c) => {
  const interviews = await new KvStore(c.env.FOLLOWUP_KV).listInterviews();
  const wanted = c.req.query("interview");
  const first = interviews.find((i) => i.id === wanted) ?? interviews[0];
  const form: DraftForm = { to: first ? `${first.id}:0` : "", subject: "", text: "" };
  return page(c, <CheckPage interviews={interviews} form={form} errors={{}} report={null} csrf={c.var.csrfToken} />);
});

checkRoutes.post("/check", async (c: Context<AppEnv>) => {
  const store = new KvStore(c.env.FOLLOWUP_KV);
  const interviews = await store.listInterviews();
  const form = readDraftForm(await c.req.parseBody());
  const errors = draftErrors(form, interviews);
  if (Object.keys(errors).length) return page(c, <CheckPage interviews={interviews} form={form} errors={errors} report={null} csrf={c.var.csrfToken} />, 400);

  const checker = parseCheckerAddress(c.env.CHECKER_ADDRESS || DEFAULT_CHECKER) ?? parseCheckerAddress(DEFAULT_CHECKER)!;
  const { interview, recipient } = draftTarget(form, interviews);
  const to = interview ? taggedAddress(checker, interview.id) : `${checker.local}@${checker.domain}`;
  const owner = [...parseOwnerAddresses(c.env.OWNER_ADDRESSES), ...c.var.settings.ownerAddresses][0] ?? FALLBACK_OWNER;
  const now = new Date();
  const raw = draftMessage({ from: owner, to, cc: recipient, subject: form.subject, text: form.text, now });
  const outcome = await checkMessage({ raw, envelope: { from: owner, to }, checker: to, now, appUrl: new URL(c.req.url).origin }, store);
  return page(c, <CheckPage interviews={interviews} form={form} errors={{}} report={outcome.report} csrf={c.var.csrfToken} />);
});
