/** Dashboard, interview pages, and create / edit / delete through forms. */
import { Hono, type Context } from "hono";
import { parseCheckerAddress } from "../../checker-address.js";
import { INTERVIEW_ID_PATTERN, type Interview } from "../../facts/schema.js";
import { bySentAt } from "../../send-log.js";
import { pageOf } from "../../store/interview-index.js";
import { SEND_REF_PATTERN } from "../../store/kv-keys.js";
import { KvStore, type LoggedSend } from "../../store/kv-store.js";
import { interviewChanges } from "../changes.js";
import type { AppEnv } from "../env.js";
import { blankInterviewer, emptyInterviewForm, formToInterview, interviewToForm, readInterviewForm, withoutBlankRows, type FieldErrors, type InterviewForm } from "../forms.js";
import { DashboardPage } from "../pages/dashboard.js";
import { InterviewFormPage, type InterviewFormPageProps } from "../pages/interview-form.js";
import { DeletePage, InterviewPage } from "../pages/interview.js";
import { sendInWords } from "../pages/mark-as-sent.js";
import { page } from "../render.js";
import { interviewStatus, type InterviewStatus } from "../status.js";
import { submittedVersion, versionOf } from "../versions.js";
import { sendRoutes } from "./send-routes.js";

export const interviewRoutes = new Hono<AppEnv>();
interviewRoutes.route("/", sendRoutes);

/** Fixed notices chosen by a code in the URL: the URL's text itself is never shown. */
const NOTICES: Record<string, string> = {
  saved: "Saved.",
  created: "Interview created.",
  deleted: "Interview deleted.",
  marked: "Marked as sent.",
  "send-removed": "Removed from the send log.",
  "send-gone": "That send was no longer in the log: it had been removed already.",
};

const store = (c: Context<AppEnv>) => new KvStore(c.env.FOLLOWUP_KV);

async function loadStatus(c: Context<AppEnv>, id: string): Promise<InterviewStatus | null> {
  if (!INTERVIEW_ID_PATTERN.test(id)) return null;
  const interview = await store(c).getInterview(id);
  return interview ? interviewStatus(interview, await store(c).listSends(id), c.var.settings, new Date()) : null;
}

const notFound = (c: Context<AppEnv>) => c.text("No interview with that id.", 404);

/** Awaiting first (least time left), then upcoming (soonest), then done (latest first). */
function dashboardOrder(a: InterviewStatus, b: InterviewStatus): number {
  const rank = { awaiting: 0, "in-progress": 1, upcoming: 1, done: 2 } as const;
  if (rank[a.phase] !== rank[b.phase]) return rank[a.phase] - rank[b.phase];
  if (a.phase === "awaiting") return (a.timeLeftMs ?? 0) - (b.timeLeftMs ?? 0);
  // By the instant, not the text: "14:00+01:00" starts before "09:00-05:00" of the same day.
  const byStart = Date.parse(a.interview.start) - Date.parse(b.interview.start);
  return a.phase === "done" ? -byStart : byStart;
}

/**
 * Interviews a dashboard page shows, newest first. A card reads its interview's send log (a KV
 * list and a read), so 50 keep a page near 100 of the 1,000 KV operations a request may make
 * however many interviews are saved; the page finds them in the interview index.
 */
const DASHBOARD_PAGE_SIZE = 50;

interviewRoutes.get("/", async (c) => {
  const kv = store(c);
  const listed = pageOf((await kv.interviewIndex()).newestFirst(), Number(c.req.query("page") ?? "1"), DASHBOARD_PAGE_SIZE);
  const interviews = (await kv.getInterviews(listed.items.map((entry) => entry.id))).filter((i): i is Interview => i !== null);
  const now = new Date();
  const statuses = await Promise.all(interviews.map(async (i) => interviewStatus(i, await kv.listSends(i.id), c.var.settings, now)));
  const { items: _, ...paging } = listed;
  return page(c, <DashboardPage statuses={statuses.sort(dashboardOrder)} paging={paging} now={now} zone={c.var.settings.timeZone} csrf={c.var.csrfToken} notice={NOTICES[c.req.query("notice") ?? ""]} />);
});

type FormExtras = Pick<InterviewFormPageProps, "version" | "stale">;

const formPage = (c: Context<AppEnv>, mode: "create" | "edit", form: InterviewForm, errors: FieldErrors, status: 200 | 400 | 409 = 200, extras: FormExtras = {}) =>
  page(c, <InterviewFormPage mode={mode} form={form} errors={errors} zone={c.var.settings.timeZone} csrf={c.var.csrfToken} {...extras} />, status);

/**
 * Add/remove a row, or validate and save; re-renders with what was typed on anything but success.
 * An edit (`saved`: the interview as stored now) is refused when the form was loaded from
 * another version, unless what it would save is what is saved already: see versions.ts.
 */
async function submit(c: Context<AppEnv>, mode: "create" | "edit", saved: Interview | null): Promise<Response> {
  const body = await c.req.parseBody();
  const { form, action } = readInterviewForm(body);
  // The version stays the one the form was loaded from through row changes and failed saves,
  // so a change made elsewhere in the meantime is still caught when the form is saved.
  const loaded = submittedVersion(body) ?? undefined;
  if (saved) form.id = saved.id;
  if (action.kind === "add") return formPage(c, mode, { ...form, interviewers: [...form.interviewers, blankInterviewer()] }, {}, 200, { version: loaded });
  if (action.kind === "remove") {
    const interviewers = form.interviewers.filter((_, row) => row !== action.row);
    return formPage(c, mode, { ...form, interviewers: interviewers.length ? interviewers : [blankInterviewer()] }, {}, 200, { version: loaded });
  }
  const cleaned = withoutBlankRows(form);
  const result = formToInterview(cleaned, c.var.settings.timeZone);
  if (!result.ok) return formPage(c, mode, cleaned, result.errors, 400, { version: loaded });
  if (mode === "create" && (await store(c).getInterview(result.interview.id))) {
    return formPage(c, mode, { ...cleaned, id: result.interview.id }, { id: `an interview with the id "${result.interview.id}" already exists; choose another id` }, 409);
  }
  if (saved && loaded !== undefined) {
    const current = await versionOf(saved);
    if (loaded !== current && (await versionOf(result.interview)) !== current) {
      // The form now carries the saved version, so saving it again replaces that on purpose.
      const changes = interviewChanges(result.interview, saved, c.var.settings.timeZone);
      return formPage(c, mode, cleaned, {}, 409, { version: current, stale: { kind: "changed", changes } });
    }
  }
  await store(c).putInterview(result.interview);
  return c.redirect(`/interviews/${result.interview.id}?notice=${mode === "create" ? "created" : "saved"}`, 303);
}

interviewRoutes.get("/interviews/new", (c) => formPage(c, "create", emptyInterviewForm(), {}));
interviewRoutes.post("/interviews", (c) => submit(c, "create", null));

/**
 * The interview's logged sends as its page shows them just after the send log changed: a KV
 * listing can lag a fresh write or delete by up to a minute, so the send just marked as sent
 * is read by its key and the one just removed is left out, whatever the listing says.
 */
async function sendsAfterChange(kv: KvStore, id: string, notice: string | undefined, ref: string | undefined): Promise<LoggedSend[]> {
  const listed = await kv.listLoggedSends(id);
  if (!ref || !SEND_REF_PATTERN.test(ref)) return listed;
  const others = listed.filter((logged) => logged.ref !== ref);
  if (notice === "send-removed") return others;
  const marked = notice === "marked" ? await kv.getLoggedSend(id, ref) : null;
  return marked ? [...others, marked].sort((a, b) => bySentAt(a.send, b.send)) : listed;
}

interviewRoutes.get("/interviews/:id", async (c) => {
  const id = c.req.param("id");
  const kv = store(c);
  const interview = INTERVIEW_ID_PATTERN.test(id) ? await kv.getInterview(id) : null;
  if (!interview) return notFound(c);
  const notice = c.req.query("notice");
  const logged = await sendsAfterChange(kv, id, notice, c.req.query("send"));
  const now = new Date();
  const status = interviewStatus(interview, logged.map((l) => l.send), c.var.settings, now);
  const refs = new Map(logged.map((l) => [l.send.messageId, l.ref]));
  const zone = c.var.settings.timeZone;
  const marked = notice === "marked" ? logged.find((l) => l.ref === c.req.query("send")) : undefined;
  const noticeText = marked ? `Marked as sent: ${sendInWords(marked.send, zone)}.` : NOTICES[notice ?? ""];
  const checker = parseCheckerAddress(c.env.CHECKER_ADDRESS ?? "");
  return page(c, <InterviewPage status={status} now={now} zone={zone} csrf={c.var.csrfToken} checker={checker} refs={refs} notice={noticeText} />);
});

interviewRoutes.get("/interviews/:id/edit", async (c) => {
  const status = await loadStatus(c, c.req.param("id"));
  if (!status) return notFound(c);
  return formPage(c, "edit", interviewToForm(status.interview, c.var.settings.timeZone), {}, 200, { version: await versionOf(status.interview) });
});

interviewRoutes.post("/interviews/:id", async (c) => {
  const id = c.req.param("id");
  if (!INTERVIEW_ID_PATTERN.test(id)) return notFound(c);
  const saved = await store(c).getInterview(id);
  if (saved) return submit(c, "edit", saved);
  // A form carrying a version was opened on a saved interview, deleted since: offer to create it again with what was typed.
  const body = await c.req.parseBody();
  if (submittedVersion(body) === null) return notFound(c);
  const typed = withoutBlankRows({ ...readInterviewForm(body).form, id });
  return formPage(c, "create", typed, {}, 409, { stale: { kind: "deleted" } });
});

interviewRoutes.get("/interviews/:id/delete", async (c) => {
  const status = await loadStatus(c, c.req.param("id"));
  return status ? page(c, <DeletePage status={status} csrf={c.var.csrfToken} version={await versionOf(status.interview)} />) : notFound(c);
});

interviewRoutes.post("/interviews/:id/delete", async (c) => {
  const status = await loadStatus(c, c.req.param("id"));
  if (!status) return notFound(c);
  const loaded = submittedVersion(await c.req.parseBody());
  const current = await versionOf(status.interview);
  // Deleting what was confirmed on an older version would drop the change made since unseen: show the saved one and ask again.
  if (loaded !== null && loaded !== current) return page(c, <DeletePage status={status} csrf={c.var.csrfToken} version={current} stale />, 409);
  await store(c).deleteInterview(status.interview.id);
  return c.redirect("/?notice=deleted", 303);
});
