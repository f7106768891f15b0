/**
 * Create or edit an interview. Interviewer rows are added and removed by submitting the form
 * (the server re-renders it with what was typed), so it works without JavaScript.
 */
import type { FC } from "hono/jsx";
import type { Change } from "../changes.js";
import { ChangedElsewhere, ErrorSummary, Field, VersionField } from "../fields.js";
import { INTERVIEW_LABELS as L, INTERVIEWER_LABELS, MAX_INTERVIEWER_ROWS, type FieldErrors, type InterviewForm } from "../forms.js";
import { CsrfField, Layout } from "../layout.js";
import { RecruiterAndOutcomeFields } from "./interview-form-after.js";

const LINES = "One per line.";

const InterviewerRow: FC<{ row: number; form: InterviewForm; errors: FieldErrors; canRemove: boolean }> = ({ row, form, errors, canRemove }) => {
  const person = form.interviewers[row]!;
  const name = (field: string) => `interviewers.${row}.${field}`;
  return (
    <fieldset>
      <legend>Interviewer {row + 1}</legend>
      <div class="grid2">
        <Field name={name("name")} label={INTERVIEWER_LABELS.name} value={person.name} error={errors[name("name")]} maxLength={120} />
        <Field name={name("email")} label={INTERVIEWER_LABELS.email} type="email" value={person.email} error={errors[name("email")]} maxLength={254} hint="Matches your sent notes to them." />
        <Field name={name("title")} label={INTERVIEWER_LABELS.title} value={person.title} error={errors[name("title")]} maxLength={200} />
      </div>
      <div class="grid2">
        <Field name={name("topics")} label={INTERVIEWER_LABELS.topics} multiline value={person.topics} error={errors[name("topics")]} hint={LINES} />
        <Field name={name("requests")} label={INTERVIEWER_LABELS.requests} multiline value={person.requests} error={errors[name("requests")]} hint={LINES} />
      </div>
      {canRemove ? (
        <button class="secondary small" type="submit" name="action" value={`remove-${row}`} formnovalidate>
          Remove interviewer {row + 1}
        </button>
      ) : null}
    </fieldset>
  );
};

export interface InterviewFormPageProps {
  mode: "create" | "edit";
  form: InterviewForm;
  errors: FieldErrors;
  zone: string;
  csrf: string;
  /** Edit mode: the version of the saved interview the form was loaded from (kept through re-renders). */
  version?: string | undefined;
  /** The form was saved from a stale version: changed since (with what differs), or deleted since (the form is then a create form). */
  stale?: { kind: "changed"; changes: Change[] } | { kind: "deleted" } | undefined;
}

export const InterviewFormPage: FC<InterviewFormPageProps> = ({ mode, form, errors, zone, csrf, version, stale }) => {
  const action = mode === "create" ? "/interviews" : `/interviews/${form.id}`;
  const title = mode === "create" ? "New interview" : `Edit ${form.company || form.id}`;
  return (
    <Layout title={title} current="/" csrf={csrf}>
      <h1>{title}</h1>
      <p class="sub">
        Times are in {zone} (change it in <a href="/settings">Settings</a>).
      </p>
      <ErrorSummary errors={errors} />
      {stale?.kind === "changed" ? (
        <ChangedElsewhere heading="This interview was changed in another tab or window since you opened it:" changes={stale.changes} reloadHref={`/interviews/${form.id}/edit`} />
      ) : null}
      {stale?.kind === "deleted" ? (
        <div class="alert bad" role="alert">
          <strong>This interview was deleted in another tab or window since you opened it:</strong> nothing was saved, and what you typed is kept below. Create it to save it again, or cancel.
        </div>
      ) : null}
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        {version ? <VersionField version={version} /> : null}
        {/* Enter in a text field presses the form's first submit button: make that "save", not "remove". */}
        <button class="offscreen" type="submit" name="action" value="save" tabindex={-1} aria-hidden="true">
          Save
        </button>
        <div class="grid2">
          <Field name="company" label={L.company} value={form.company} error={errors.company} maxLength={200} />
          <Field name="role" label={L.role} value={form.role} error={errors.role} maxLength={200} />
          <Field name="start" label={L.start} type="datetime-local" value={form.start} error={errors.start} />
          <Field name="end" label={L.end} type="datetime-local" value={form.end} error={errors.end} />
          <Field name="format" label={L.format} value={form.format} error={errors.format} maxLength={40} placeholder="video, phone, onsite" />
          {mode === "create" ? (
            <Field name="id" label={L.id} value={form.id} error={errors.id} maxLength={64} hint="a-z, 0-9 and -; left empty, it is made from company and role. Tag drafts check+id@." />
          ) : (
            <Field name="id" label={L.id} value={form.id} error={errors.id} readonly hint="Fixed once created: logged sends are filed under it." />
          )}
        </div>
        <h2>Panel</h2>
        {form.interviewers.map((_, row) => (
          <InterviewerRow row={row} form={form} errors={errors} canRemove={form.interviewers.length > 1} />
        ))}
        {errors.interviewers ? <p class="error">Interviewers: {errors.interviewers}</p> : null}
        {form.interviewers.length < MAX_INTERVIEWER_ROWS ? (
          <button class="secondary" type="submit" name="action" value="add" formnovalidate>
            Add another interviewer
          </button>
        ) : null}
        <h2>The whole interview</h2>
        <div class="grid2">
          <Field name="topics" label={L.topics} multiline value={form.topics} error={errors.topics} hint={LINES} />
          <Field name="requests" label={L.requests} multiline value={form.requests} error={errors.requests} hint={LINES} />
          <Field name="concerns" label={L.concerns} multiline value={form.concerns} error={errors.concerns} hint={LINES} />
          <Field name="news" label={L.news} multiline value={form.news} error={errors.news} hint={LINES} />
          <Field name="companyAliases" label={L.companyAliases} multiline value={form.companyAliases} error={errors.companyAliases} hint={LINES} />
          <div>
            <Field name="decisionBy" label={L.decisionBy} value={form.decisionBy} error={errors.decisionBy} placeholder="2026-11-24" hint="A date, or a date-time with offset." />
            <Field name="sendBy" label={L.sendBy} value={form.sendBy} error={errors.sendBy} placeholder="2026-11-19" hint="Your own deadline, optional." />
          </div>
        </div>
        <RecruiterAndOutcomeFields form={form} errors={errors} />
        <div class="actions">
          <button type="submit" name="action" value="save">
            {mode === "create" ? "Create interview" : "Save changes"}
          </button>
          <a class="button secondary" href={mode === "create" ? "/" : `/interviews/${form.id}`}>
            Cancel
          </a>
        </div>
      </form>
    </Layout>
  );
};
