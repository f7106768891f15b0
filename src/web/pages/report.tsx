/**
 * A draft's report on its own page (the link in the emailed report), with the draft below it
 * to edit and check again; and the page saying a report is gone once it has been deleted.
 */
import type { FC } from "hono/jsx";
import { REPORT_PAGE_DAYS } from "../../report/model.js";
import { ReportView } from "../../report/report-view.js";
import type { ReportPage } from "../../store/report-pages.js";
import type { Interview } from "../../types.js";
import type { DraftForm } from "../draft.js";
import { Layout } from "../layout.js";
import { formatDateInZone, formatInZone } from "../time.js";
import { CheckForm } from "./check.js";

export interface ReportPageProps {
  saved: ReportPage;
  interviews: Interview[];
  /** The saved draft as the check form takes it. */
  form: DraftForm;
  zone: string;
  csrf: string;
}

export const SavedReportPage: FC<ReportPageProps> = ({ saved, interviews, form, zone, csrf }) => {
  const subject = saved.draft.subject.trim();
  return (
    <Layout title="Report" current="/check" csrf={csrf}>
      <h1>{subject ? `Report on “${subject}”` : "Report on your draft"}</h1>
      <p class="sub">
        Checked {formatInZone(new Date(saved.checkedAt), zone)}. This page is kept until {formatDateInZone(new Date(saved.expiresAt), zone)}, then deleted.
      </p>
      <section class="report" aria-labelledby="report-h" id="report">
        <h2 id="report-h">Report</h2>
        <ReportView report={saved.report} />
      </section>
      <h2>Edit and check again</h2>
      <p class="sub">Change the draft and check it again: the new report appears on Check a draft. Nothing is sent or logged.</p>
      <CheckForm interviews={interviews} form={form} errors={{}} csrf={csrf} submitLabel="Check again" />
    </Layout>
  );
};

/** Said for a report id that is unknown: deleted after REPORT_PAGE_DAYS, or a link cut short. */
export const ReportGonePage: FC<{ csrf: string }> = ({ csrf }) => (
  <Layout title="Report not found" current="/check" csrf={csrf}>
    <h1>This report is no longer here</h1>
    <p>
      A report is kept for {REPORT_PAGE_DAYS} days after the check, then deleted. This one has been deleted, or the link was not copied whole.
    </p>
    <p>
      To check the draft again, forward it to the checker address once more, or <a href="/check">paste it into Check a draft</a>.
    </p>
  </Layout>
);
