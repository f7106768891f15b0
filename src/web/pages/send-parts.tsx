/** The interview page's parts for changing the send log: marking a note as sent, and a send's own notes and remove link. */
import type { FC } from "hono/jsx";
import type { Interview, Interviewer } from "../../types.js";
import type { SendView } from "../status.js";
import { sendInWords } from "./mark-as-sent.js";

/** The link to mark a note to `person` (or to anyone on the panel) as sent. */
export const MarkAsSentLink: FC<{ interview: Interview; person?: Interviewer }> = ({ interview, person }) => (
  <a href={`/interviews/${interview.id}/sends/new${person ? `?to=${encodeURIComponent(person.name)}` : ""}`}>
    Mark a note as sent<span class="offscreen">{person ? ` to ${person.name}` : ""}</span>…
  </a>
);

/** The link to the confirmation step for removing a send. */
export const RemoveSendLink: FC<{ interview: Interview; view: SendView; refs: ReadonlyMap<string, string>; zone: string }> = ({ interview, view, refs, zone }) => {
  const ref = refs.get(view.send.messageId);
  return ref ? (
    <a href={`/interviews/${interview.id}/sends/${ref}/remove`}>
      Remove<span class="offscreen"> {sendInWords(view.send, zone)}</span>…
    </a>
  ) : null;
};

/** Under a send on an interviewer's card: entered by hand, what it left out that is still owed, and its remove link. */
export const SendNotes: FC<{ interview: Interview; view: SendView; refs: ReadonlyMap<string, string>; zone: string }> = ({ interview, view, refs, zone }) => (
  <>
    {view.send.enteredByHand ? <div class="meta">Entered by hand.</div> : null}
    {view.missingRequests.length ? (
      <div class="bad">
        Left out what was asked for: {view.missingRequests.map((r) => `“${r}”`).join(", ")}. {view.missingRequests.length === 1 ? "Send it" : "Send them"} in a short
        follow-up, or take {view.missingRequests.length === 1 ? "it" : "them"} out of the facts if dealt with another way.
      </div>
    ) : null}
    <div class="meta">
      <RemoveSendLink interview={interview} view={view} refs={refs} zone={zone} />
    </div>
  </>
);
