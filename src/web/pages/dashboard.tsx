/** The dashboard: interviews grouped by where their notes stand, a page of them at a time. */
import type { FC } from "hono/jsx";
import type { Page } from "../../store/interview-index.js";
import { formatDuration } from "../../timing.js";
import { Layout, Notice } from "../layout.js";
import type { InterviewStatus, Phase } from "../status.js";
import { formatInZone } from "../time.js";

const GROUPS: Array<{ title: string; phases: Phase[]; empty: string }> = [
  { title: "Awaiting notes", phases: ["awaiting"], empty: "No notes are due right now." },
  { title: "Upcoming", phases: ["in-progress", "upcoming"], empty: "No upcoming interviews." },
  { title: "Done", phases: ["done"], empty: "Nothing here yet." },
];

const InterviewCard: FC<{ status: InterviewStatus; zone: string }> = ({ status, zone }) => {
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
    </article>
  );
};

/** Where a dashboard page is in the list of every interview (interview-index.ts, pageOf). */
type Paging = Omit<Page<unknown>, "items">;

const count = (n: number) => n.toLocaleString("en-US");

/** "Interviews 51–100 of 3,153, newest first." and links to the pages before and after. */
const Pager: FC<{ paging: Paging }> = ({ paging: { page, pages, first, last, total } }) => (
  <nav aria-label="Pages">
    <p class="meta">
      Interviews {count(first)}–{count(last)} of {count(total)}, newest first.
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

export const DashboardPage: FC<{ statuses: InterviewStatus[]; paging: Paging; zone: string; csrf: string; notice?: string }> = ({ statuses, paging, zone, csrf, notice }) => (
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
                <InterviewCard status={s} zone={zone} />
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
