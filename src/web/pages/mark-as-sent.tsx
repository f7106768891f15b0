/**
 * Changing the send log by hand: marking a note sent without the Bcc as sent, and removing a
 * send logged by mistake (a confirmation step, so it works without JavaScript).
 */
import type { FC } from "hono/jsx";
import type { Interview, SendRecord } from "../../types.js";
import { wentTo } from "../../send-log.js";
import { ErrorSummary, Field, SelectField } from "../fields.js";
import { CsrfField, Layout } from "../layout.js";
import type { MarkAsSentForm } from "../send-form.js";
import { formatInZone } from "../time.js";

/** Shown when KV refused the write: the change was not made, and what was entered is still on the page. */
const StorageFailed: FC<{ what: string }> = ({ what }) => (
  <div class="alert bad" role="alert">
    <strong>The send log could not be changed just now:</strong> {what} Try again in a minute.
  </div>
);

export interface MarkAsSentPageProps {
  interview: Interview;
  form: MarkAsSentForm;
  errors: Record<string, string>;
  zone: string;
  csrf: string;
  now: Date;
  /** Set when the send could not be written. */
  storageFailed?: boolean;
}

/** Who a note went to and when, for a note sent without Bcc'ing the checker. */
export const MarkAsSentPage: FC<MarkAsSentPageProps> = ({ interview, form, errors, zone, csrf, now, storageFailed }) => (
  <Layout title="Mark a note as sent" current="/" csrf={csrf}>
    <h1>Mark a note as sent</h1>
    <p class="sub">
      {interview.company} · {interview.role}
    </p>
    <ErrorSummary errors={errors} />
    {storageFailed ? <StorageFailed what="nothing was logged, and what you entered is kept below." /> : null}
    <p>
      For a note you sent without Bcc'ing the checker. It counts for the panel and the reminders as if its copy had arrived; its text was never seen, so later
      drafts are not compared with it.
    </p>
    <form method="post" action={`/interviews/${interview.id}/sends`} novalidate>
      <CsrfField token={csrf} />
      <SelectField name="to" label="Sent to" error={errors.to}>
        {interview.interviewers.map((person) => (
          <option value={person.name} selected={form.to === person.name}>
            {person.email ? `${person.name} (${person.email})` : person.name}
          </option>
        ))}
      </SelectField>
      <Field name="sentAt" label="Sent at" type="datetime-local" value={form.sentAt} error={errors.sentAt} hint={`In ${zone} (see Settings); it is now ${formatInZone(now, zone)}.`} />
      <div class="actions">
        <button type="submit">Mark as sent</button>
        <a class="button secondary" href={`/interviews/${interview.id}`}>
          Cancel
        </a>
      </div>
    </form>
  </Layout>
);

/** "the note to Priya Raman, sent Tue 17 Nov 19:10": a send in words. */
export function sendInWords(send: SendRecord, zone: string): string {
  const to = send.interviewers.join(" and ") || send.recipients.join(", ") || "no one on the panel";
  return `the note to ${to}, sent ${formatInZone(new Date(send.sentAt), zone)}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface RemoveSendPageProps {
  interview: Interview;
  /** The send to remove, and every logged send of the interview (to say what changes). */
  send: SendRecord;
  sends: readonly SendRecord[];
  ref: string;
  zone: string;
  csrf: string;
  storageFailed?: boolean;
}

/** The confirmation step for taking a send out of the log, saying what that changes. */
export const RemoveSendPage: FC<RemoveSendPageProps> = ({ interview, send, sends, ref, zone, csrf, storageFailed }) => {
  const people = interview.interviewers.filter((p) => wentTo(send, p));
  const others = sends.filter((s) => s.messageId !== send.messageId);
  const stillOwed = people.filter((p) => !others.some((s) => wentTo(s, p))).map((p) => p.name);
  const source = send.enteredByHand ? "You entered it by hand." : `It was logged from the copy Bcc'd to the checker${send.subject ? `, subject “${send.subject}”` : ""}.`;
  return (
    <Layout title="Remove a send" current="/" csrf={csrf}>
      <h1>Remove this send from the log?</h1>
      <p class="sub">
        {interview.company} · {interview.role}
      </p>
      {storageFailed ? <StorageFailed what="the send is still logged." /> : null}
      <p>
        <strong>{capitalised(sendInWords(send, zone))}.</strong> {source}
      </p>
      <p>
        {stillOwed.length
          ? `${stillOwed.join(" and ")} will show as still owed a note, and the reminders will include them again.`
          : "Everyone it went to keeps another logged note."}
        {send.enteredByHand ? "" : " Later drafts are no longer compared with it, and it is logged again only if the same message arrives at the checker again."}
      </p>
      <form method="post" action={`/interviews/${interview.id}/sends/${ref}/remove`} class="actions">
        <CsrfField token={csrf} />
        <button class="danger" type="submit">
          Remove from the log
        </button>
        <a class="button secondary" href={`/interviews/${interview.id}`}>
          Keep it
        </a>
      </form>
    </Layout>
  );
};
