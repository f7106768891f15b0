/** "Check a draft": paste a note, choose who it is for, and see the same report the email gives. */
import type { FC } from "hono/jsx";
import { ReportView } from "../../report/report-view.js";
import type { Report } from "../../report/model.js";
import type { Interview } from "../../types.js";
import { ErrorSummary, Field, SelectField } from "../fields.js";
import { CsrfField, Layout } from "../layout.js";
import { MAX_DRAFT_CHARS, MAX_SUBJECT_CHARS, RECRUITER_CHOICE, type DraftForm } from "../draft.js";

export interface CheckPageProps {
  interviews: Interview[];
  form: DraftForm;
  errors: Record<string, string>;
  report: Report | null;
  csrf: string;
}

export const CheckPage: FC<CheckPageProps> = ({ interviews, form, errors, report, csrf }) => (
  <Layout title="Check a draft" current="/check" csrf={csrf}>
    <h1>Check a draft</h1>
    <p class="sub">The same checks as forwarding it to the checker address. Nothing is sent or logged.</p>
    <ErrorSummary errors={errors} />
    {report ? (
      <section class="report" aria-labelledby="report-h" id="report">
        <h2 id="report-h">Report</h2>
        <ReportView report={report} />
      </section>
    ) : null}
    <CheckForm interviews={interviews} form={form} errors={errors} csrf={csrf} submitLabel="Check it" />
  </Layout>
);

export interface CheckFormProps {
  interviews: Interview[];
  form: DraftForm;
  errors: Record<string, string>;
  csrf: string;
  submitLabel: string;
}

/** The draft, its subject and who it is for, posted to /check: here and under a saved report (pages/report.tsx). */
export const CheckForm: FC<CheckFormProps> = ({ interviews, form, errors, csrf, submitLabel }) => (
  <form method="post" action="/check" novalidate>
    <CsrfField token={csrf} />
    <SelectField name="to" label="Recipient" error={errors.to} hint="Picks the interview and the interviewer's address the note goes to.">
      {interviews.length === 0 ? <option value="">No interviews yet: the fact-free checks run</option> : null}
      {interviews.map((interview) => (
        <optgroup label={`${interview.company}: ${interview.role}`}>
          {interview.interviewers.map((person, row) => (
            <option value={`${interview.id}:${row}`} selected={form.to === `${interview.id}:${row}`}>
              {person.name} ({interview.company})
            </option>
          ))}
          {interview.recruiter ? (
            <option value={`${interview.id}:${RECRUITER_CHOICE}`} selected={form.to === `${interview.id}:${RECRUITER_CHOICE}`}>
              {interview.recruiter.name}, your recruiter ({interview.company})
            </option>
          ) : null}
          <option value={`${interview.id}:`} selected={form.to === `${interview.id}:`}>
            Someone on the {interview.company} panel (no recipient)
          </option>
        </optgroup>
      ))}
    </SelectField>
    <Field name="subject" label="Subject" value={form.subject} error={errors.subject} maxLength={MAX_SUBJECT_CHARS} />
    <Field name="text" label="The note" multiline="tall" value={form.text} error={errors.text} maxLength={MAX_DRAFT_CHARS} hint="Paste the whole note, greeting to sign-off." />
    <div class="actions">
      <button type="submit">{submitLabel}</button>
    </div>
  </form>
);
