/** One interview: the facts, each interviewer's note status, the timeline and the send log. */
import type { FC } from "hono/jsx";
import { taggedAddress, type CheckerAddress } from "../../checker-address.js";
import { formatDuration } from "../../timing.js";
import { VersionField } from "../fields.js";
import { CsrfField, Layout, Notice } from "../layout.js";
import type { InterviewStatus, SendView, Timing } from "../status.js";
import { Timeline } from "../timeline.js";
import { PanelComparison } from "../panel-comparison.js";
import { MarkAsSentLink, RemoveSendLink, SendNotes } from "./send-parts.js";
import { InterviewOutcome } from "./interview-outcome.js";
import { formatDeadline, formatInZone } from "../time.js";

const TIMING_CLASS: Record<Timing, string> = { "too early": "bad", "on time": "good", late: "warn", "too late": "bad" };

const TimingPill: FC<{ view: SendView }> = ({ view }) => <span class={`pill ${TIMING_CLASS[view.timing]}`}>{view.timing}</span>;

const List: FC<{ label: string; items: string[] }> = ({ label, items }) =>
  items.length ? (
    <p class="meta">
      <strong>{label}:</strong> {items.join("; ")}
    </p>
  ) : null;

export interface InterviewPageProps {
  status: InterviewStatus;
  now: Date;
  zone: string;
  csrf: string;
  checker: CheckerAddress | null;
  /** Each logged send's reference (by Message-ID), for its remove link. */
  refs: ReadonlyMap<string, string>;
  notice?: string | undefined;
}

export const InterviewPage: FC<InterviewPageProps> = ({ status, now, zone, csrf, checker, refs, notice }) => {
  const { interview, window, panel, sends, sentCount, timeLeftMs } = status;
  return (
    <Layout title={interview.company} current="/" csrf={csrf}>
      <h1>{interview.company}</h1>
      <p class="sub">
        {interview.role} · {formatInZone(new Date(interview.start), zone)} to {formatInZone(new Date(interview.end), zone)}
        {interview.format ? ` · ${interview.format}` : ""}
      </p>
      <Notice text={notice} />
      <div class="actions">
        <a class="button" href={`/check?interview=${interview.id}`}>
          Check a draft
        </a>
        <a class="button secondary" href={`/interviews/${interview.id}/edit`}>
          Edit
        </a>
        <a class="button secondary" href={`/interviews/${interview.id}/delete`}>
          Delete…
        </a>
      </div>
      <section class="card" aria-labelledby="window-h">
        <h2 id="window-h">Send window</h2>
        <p>
          Best sent between <strong>{formatInZone(window.opens, zone)}</strong> and <strong>{formatInZone(window.late, zone)}</strong>; at the latest by{" "}
          <strong>{formatInZone(window.closes, zone)}</strong> ({window.closesBecause}).
          {timeLeftMs !== null ? ` ${formatDuration(timeLeftMs)} left.` : ""}
        </p>
        <Timeline status={status} now={now} zone={zone} />
        {checker ? (
          <p class="meta">
            Forward drafts to <code>{taggedAddress(checker, interview.id)}</code>; Bcc it on the note you send so it is logged.
          </p>
        ) : null}
      </section>
      <InterviewOutcome status={status} now={now} zone={zone} />
      <h2>
        Panel <span class="muted">({sentCount} of {panel.length} sent)</span>
      </h2>
      <div class="cards">
        {panel.map(({ person, sends: theirs }) => (
          <article class="card">
            <h3>{person.name}</h3>
            <p class="meta">{[person.title, person.email].filter(Boolean).join(" · ")}</p>
            {theirs.length ? (
              <ul class="plain">
                {theirs.map((view) => (
                  <li>
                    <span class="good">✓ Note sent</span> {formatInZone(new Date(view.send.sentAt), zone)} <TimingPill view={view} />
                    {view.duplicateOf.length ? <div class="bad">Nearly the same as the note to {view.duplicateOf.join(" and ")}.</div> : null}
                    <SendNotes interview={interview} view={view} refs={refs} zone={zone} />
                  </li>
                ))}
              </ul>
            ) : (
              <p class="warn">No note yet.</p>
            )}
            <p class="meta">
              <MarkAsSentLink interview={interview} person={person} />
            </p>
            <List label="Talked about" items={person.topics} />
            <List label="Asked for" items={person.requests} />
          </article>
        ))}
      </div>
      <PanelComparison interview={interview} sends={sends.map((view) => view.send)} zone={zone} />
      <h2>Facts the checks use</h2>
      <div class="card">
        <List label="Topics" items={interview.topics} />
        <List label="Things to send" items={interview.requests} />
        <List label="Concerns" items={interview.concerns} />
        <List label="News" items={interview.news} />
        <List label="Other names" items={interview.companyAliases} />
        <List label="Decision by" items={interview.decisionBy ? [formatDeadline(interview.decisionBy, zone)] : []} />
        <List label="Send by" items={interview.sendBy ? [formatDeadline(interview.sendBy, zone)] : []} />
        <p class="meta">
          Id: <code>{interview.id}</code>
        </p>
      </div>
      <h2>Send log</h2>
      {sends.length ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Timing</th>
              </tr>
            </thead>
            <tbody>
              {sends.map((view) => (
                <tr>
                  <td>
                    {formatInZone(new Date(view.send.sentAt), zone)}
                    <div class="meta">
                      <RemoveSendLink interview={interview} view={view} refs={refs} zone={zone} />
                    </div>
                  </td>
                  <td>{view.to}</td>
                  <td>{view.send.enteredByHand ? <span class="muted">entered by hand</span> : view.send.subject}</td>
                  <td>
                    <TimingPill view={view} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">No sent notes logged yet. Bcc the checker address on the notes you send.</p>
      )}
      <p>
        Sent one without the Bcc? <MarkAsSentLink interview={interview} />
      </p>
    </Layout>
  );
};

export interface DeletePageProps {
  status: InterviewStatus;
  csrf: string;
  /** The version of the saved interview this page shows; the delete is refused once it is stale. */
  version: string;
  /** Set when a delete was refused because the interview changed since the page was opened. */
  stale?: boolean;
}

/** The confirmation step for deleting (a form, so it works without JavaScript). */
export const DeletePage: FC<DeletePageProps> = ({ status, csrf, version, stale }) => (
  <Layout title="Delete interview" current="/" csrf={csrf}>
    <h1>Delete {status.interview.company}?</h1>
    {stale ? (
      <div class="alert bad" role="alert">
        <strong>This interview was changed in another tab or window since you opened it:</strong> nothing was deleted. This page now shows the saved version;{" "}
        <a href={`/interviews/${status.interview.id}`}>look at it</a> first, and delete it again if you still mean to.
      </div>
    ) : null}
    <p>
      This removes the interview's facts ({status.interview.role}). Logged sends are kept, so importing the interview again restores its panel status.
    </p>
    <form method="post" action={`/interviews/${status.interview.id}/delete`} class="actions">
      <CsrfField token={csrf} />
      <VersionField version={version} />
      <button class="danger" type="submit">
        Delete interview
      </button>
      <a class="button secondary" href={`/interviews/${status.interview.id}`}>
        Keep it
      </a>
    </form>
  </Layout>
);
