/** A draft's report on its own page: the link in the emailed report (store/report-pages.ts keeps it 30 days). */
import { Hono } from "hono";
import { interviewLink } from "../../report/model.js";
import { KvStore } from "../../store/kv-store.js";
import { loadReportPage, type ReportDraft } from "../../store/report-pages.js";
import { RECRUITER_CHOICE, type DraftForm } from "../draft.js";
import type { AppEnv } from "../env.js";
import { ReportGonePage, SavedReportPage } from "../pages/report.js";
import { page } from "../render.js";

export const reportRoutes = new Hono<AppEnv>();

/** The saved draft as the check form's fields ("<interview id>:<row>" or "<interview id>:recruiter", as the recipient list names them). */
function draftForm(draft: ReportDraft): DraftForm {
  const recipient = draft.recipientRow === "recruiter" ? RECRUITER_CHOICE : (draft.recipientRow ?? "");
  const to = draft.interviewId === null ? "" : `${draft.interviewId}:${recipient}`;
  return { to, subject: draft.subject, text: draft.text };
}

reportRoutes.get("/reports/:id", async (c) => {
  const saved = await loadReportPage(c.env.FOLLOWUP_KV, c.req.param("id"));
  if (!saved) return page(c, <ReportGonePage csrf={c.var.csrfToken} />, 404);
  const interviews = await new KvStore(c.env.FOLLOWUP_KV).listInterviews();
  // The saved link was built from APP_URL when the email went out; on this page it follows the
  // server the page came from, and goes when the interview has been deleted since.
  const interview = interviews.find((i) => i.id === saved.draft.interviewId);
  const report = { ...saved.report, interviewUrl: interview ? interviewLink(new URL(c.req.url).origin, interview) : null };
  return page(c, <SavedReportPage saved={{ ...saved, report }} interviews={interviews} form={draftForm(saved.draft)} zone={c.var.settings.timeZone} csrf={c.var.csrfToken} />);
});
