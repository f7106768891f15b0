/** The dashboard: interviews grouped by where their notes stand, a page of them at a time. */
import type { FC } from "hono/jsx";
import { waitingPastDecision } from "../../note-kind.js";
import type { Page } from "../../store/interview-index.js";
import { withCommas } from "../../text/count.js";
import { formatDuration } from "../../timing.js";
import { Layout, Notice } from "../layout.js";
import type { InterviewStatus, Phase } from "../status.js";
import { formatDeadline, formatInZone } from "../time.js";

const GROUPS: Array<{ title: string; phases: Phase[]; empty: string }> = [
  { title: "Awaiting notes", phases: ["awaiting"], empty: "No notes are due right now." },
  { title: "Upcoming", phases: ["in-progress", "upcoming"], empty: "No upcoming interviews." },
  { title: "Done", phases: ["done"], empty: "Nothing here yet." },
];

/**
 * Once the decision date has passed with no ending marked: that a short check-in is due, with
 * a link to what to send on the interview's page; once one is logged, or once the owner marked
 * "still waiting" (which stops the check-in reminder), that the outcome is to be marked when
 * word comes. Nothing before the date or once an ending is marked.
 */
const CheckInDue: FC<{ status: InterviewStatus; now: Date; zone: string }> = ({ status, now, zone }) => {
  const { interview } = status;
  if (!interview.decisionBy || !waitingPastDecision(interview, now)) return null;
  const markOutcome = <a href={`/interviews/${interview.id}/edit#f-outcome`}>Mark the outcome once you hear</a>;
  // The log's views are oldest first: the last is the latest check-in.
  const checkIn = status.sends.filter((v) => v.kind === "check-in").at(-1);
  if (checkIn) {
    return (
      <p class="meta">
        Decision date passed: check-in sent {formatInZone(new Date(checkIn.send.sentAt), zone)}. {markOutcome}
      </p>
    );
  }
  if (interview.outcome === "waiting") {
    return (
      <p class="meta">
        Still waiting for word; the decision date was {formatDeadline(interview.decisionBy, zone)}. {markOutcome}
      </p>
    );
  }
  return (
    <p class="meta warn">
      Decision date passed ({formatDeadline(interview.decisionBy, zone)}): a short check-in is due. <a href={`/interviews/${interview.id}#after-h`}>What to send</a>
    </p>
  );
};

const InterviewCard: FC<{ status: InterviewStatus; now: Date; zone: string }> = ({ status, now, zone }) => {
  const { interview, phase, sentCount, panel, timeLeftMs } = status;
  const total = panel.length;
  return (
    <article class="card">
      <h3>
        <a href={`/interviews/${interview.id}`}>{interview.company}</a>
      </h3>
      <p class="meta">{interview.role}</p>
      <p class="meta">
        {formatInZone(new Date(interview.start), zone)}
        {interview.format ? ` · ${interview.format}` : ""}
      </p>
      {phase === "upcoming" || phase === "in-progress" ? (
        <p class="meta">
          {phase === "in-progress" ? <span class="pill info">in progress</span> : null} {total} interviewer{total === 1 ? "" : "s"}
        </p>
      ) : (
        <>
          <div class="progress" role="img" aria-label={`${sentCount} of ${total} notes sent`}>
            <span style={`width:${total ? Math.round((sentCount / total) * 100) : 0}%`} />
          </div>
          <p class="meta">
            <strong class={sentCount === total ? "good" : phase === "done" ? "bad" : "warn"}>
              {sentCount} of {total} sent
            </strong>
            {timeLeftMs !== null ? ` · ${formatDuration(timeLeftMs)} left in the send window` : phase === "done" && sentCount < total ? " · send window closed" : ""}
          </p>
        </>
      )}
      <CheckInDue status={status} now={now} zone={zone} />
    </article>
  );
};

/** Where a dashboard page is in the list of every interview (interview-index.ts, pageOf). */
type Paging = Omit<Page<unknown>, "items">;


/** "Interviews 51–100 of 3,153, newest first." and links to the pages before and after. */
const Pager: FC<{ paging: Paging }> = ({ paging: { page, pages, first, last, total } }) => (
  <nav aria-label="Pages">
    <p class="meta">
      Interviews {withCommas(first)}–{withCommas(last)} of {withCommas(total)}, newest first.
    </p>
    <div class="actions">
      {page > 1 ? (
        <a class="button secondary" href={`/?page=${page - 1}`}>
          Newer
        </a>
      ) : null}
      {page < pages ? (
        <a class="button secondary" href={`/?page=${page + 1}`}>
          Older
        </a>
      ) : null}
    </div>
  </nav>
);

/** `now`: the moment the statuses were worked out at, which says whether a check-in is due. */
export const DashboardPage: FC<{ statuses: InterviewStatus[]; paging: Paging; now: Date; zone: string; csrf: string; notice?: string }> = ({ statuses, paging, now, zone, csrf, notice }) => (
  <Layout title="Interviews" current="/" csrf={csrf}>
    <h1>Interviews</h1>
    <p class="sub">Times in {zone}.</p>
    <Notice text={notice} />
    <div class="actions">
      <a class="button" href="/interviews/new">
        New interview
      </a>
      <a class="button secondary" href="/check">
        Check a draft
      </a>
    </div>
    {GROUPS.map((group) => {
      const items = statuses.filter((s) => group.phases.includes(s.phase));
      return (
        <section aria-labelledby={`g-${group.phases[0]}`}>
          <h2 id={`g-${group.phases[0]}`}>
            {group.title} <span class="muted">({paging.pages > 1 ? `${items.length} on this page` : items.length})</span>
          </h2>
          {items.length ? (
            <div class="cards">
              {items.map((s) => (
                <InterviewCard status={s} now={now} zone={zone} />
              ))}
            </div>
          ) : (
            <p class="empty">{group.empty}</p>
          )}
        </section>
      );
    })}
    {paging.pages > 1 ? <Pager paging={paging} /> : null}
  </Layout>
);
