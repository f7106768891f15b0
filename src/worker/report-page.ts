/**
 * The emailed report of a draft links to its own page in the web app, where the draft can be
 * edited and checked again: the page is saved here (store/report-pages.ts keeps it 30 days).
 */
import { addressesRecruiter } from "../note-kind.js";
import type { CheckOutcome } from "../pipeline.js";
import { NO_APP_URL_NOTE, REPORT_PAGE_DAYS, reportPageLink, type Report } from "../report/model.js";
import { StoreError } from "../store/kv-store.js";
import { newReportPageId, saveReportPage, type ReportDraft, type ReportPage } from "../store/report-pages.js";
import { logEvent } from "./log.js";

const DAY_MS = 24 * 3_600_000;

/** Whom a checked draft was for, as a report page keeps it: the interviewer's row, the recruiter, or null. */
function recipientOf(outcome: CheckOutcome): ReportDraft["recipientRow"] {
  const { match, message } = outcome;
  const interview = match?.interview;
  if (!match || !interview) return null;
  // As note-kind.ts reads it, so a draft checked as a note to the recruiter is checked as one again.
  if (addressesRecruiter(interview, message.note, match.recipients, match.addressee)) return "recruiter";
  const person = match.addressee ?? match.recipients[0] ?? null;
  const row = person ? interview.interviewers.findIndex((p) => p.name === person.name && p.email === person.email) : -1;
  return row >= 0 ? row : null;
}

/** What a report page keeps of a checked draft. */
function pageOf(outcome: CheckOutcome, report: Report, id: string, now: Date): ReportPage {
  const { match, message } = outcome;
  return {
    id,
    checkedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + REPORT_PAGE_DAYS * DAY_MS).toISOString(),
    report,
    draft: { interviewId: match?.interview?.id ?? null, recipientRow: recipientOf(outcome), subject: message.note.subject, text: message.note.text },
  };
}

/**
 * The report of a checked draft with a link to its own page, saved for REPORT_PAGE_DAYS; any
 * other report as it is. Without the app's address there is nothing to link to, so nothing is
 * saved and the report says how to give the Worker its address; when KV fails, the report goes
 * out without the link rather than not at all.
 */
export async function withReportPage(kv: KVNamespace, outcome: CheckOutcome, appUrl: string | null, now: Date): Promise<Report | null> {
  const { report } = outcome;
  if (report && !appUrl) return { ...report, notices: [...report.notices, NO_APP_URL_NOTE] };
  // A draft too large to read was not checked: there is no text to edit again.
  if (!report || outcome.kind !== "draft" || !outcome.message.note.text.trim()) return report;
  const id = newReportPageId();
  try {
    await saveReportPage(kv, pageOf(outcome, report, id, now));
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    logEvent({ event: "report-page-failed", error: String(error.cause) }, "error");
    return report;
  }
  return { ...report, pageUrl: reportPageLink(appUrl, id) };
}
