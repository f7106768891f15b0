/**
 * The interview page's "After the interview" card: the recruiter, how it went and how it
 * ended as the owner marked them, what that means for the notes, and, once the decision date
 * has passed with nothing marked, the check-in that is due. Marked on the edit form.
 */
import type { FC } from "hono/jsx";
import type { HowItWent, Outcome } from "../../facts/schema.js";
import { waitingPastDecision, wentToRecruiter } from "../../note-kind.js";
import { OPTIONAL_NOTE_ADVICE, paceAdvice } from "../../timing.js";
import type { InterviewStatus } from "../status.js";
import { formatDeadline } from "../time.js";

const HOW_IT_WENT: Record<HowItWent, string> = { well: "well", unsure: "not sure", badly: "badly" };
const OUTCOME: Record<Outcome, string> = { waiting: "still waiting", offer: "an offer", rejected: "rejected", withdrawn: "you withdrew" };

export const InterviewOutcome: FC<{ status: InterviewStatus; now: Date; zone: string }> = ({ status, now, zone }) => {
  const { interview, window } = status;
  const { recruiter, howItWent, outcome, decisionBy } = interview;
  const recruiterSends = status.sends.filter((v) => wentToRecruiter(v.send, interview));
  const advice = window.optional ? OPTIONAL_NOTE_ADVICE : paceAdvice(window, interview);
  return (
    <section class="card" aria-labelledby="after-h">
      <h2 id="after-h">After the interview</h2>
      <p>
        How it went: <strong>{howItWent ? HOW_IT_WENT[howItWent] : "not said"}</strong> · Outcome: <strong>{outcome ? OUTCOME[outcome] : "not marked yet"}</strong>
      </p>
      {recruiter ? (
        <p class="meta">
          Recruiter: {[recruiter.name, recruiter.agency ?? "in-house", recruiter.email].filter(Boolean).join(" · ")}
          {recruiterSends.length ? ` · ${recruiterSends.length} note${recruiterSends.length === 1 ? "" : "s"} to them logged (not counted as panel notes)` : ""}
        </p>
      ) : null}
      {advice ? <p>{advice}</p> : null}
      {decisionBy && waitingPastDecision(interview, now) ? (
        <p class="warn">
          The decision date ({formatDeadline(decisionBy, zone)}) has passed{outcome === "waiting" ? "" : " with no outcome marked"}. If you have heard nothing, send a short check-in: the role and the date of
          the interview, still interested, and a polite question about their timeline.
        </p>
      ) : null}
      <p class="meta">
        <a href={`/interviews/${interview.id}/edit#f-outcome`}>{outcome ? "Change how it went or the outcome" : "Mark how it went or the outcome"}</a>
      </p>
    </section>
  );
};
