/**
 * The interview page's "How alike your notes are": each pair of logged notes to the panel,
 * how much they share and what that reads as, in words (the colour only repeats them).
 */
import type { FC } from "hono/jsx";
import { comparePanelNotes, type Likeness, type Uncompared } from "../panel-likeness.js";
import { rule as duplicateNote } from "../rules/duplicate-note.js";
import type { Interview, SendRecord } from "../types.js";
import { formatInZone } from "./time.js";

const READS_AS: Record<Likeness, { words: string; tone: string }> = {
  same: { words: "Reads as the same note", tone: "bad" },
  overlapping: { words: "Shares whole passages", tone: "warn" },
  distinct: { words: "Written separately", tone: "good" },
};

const WHY_UNCOMPARED: Record<Uncompared, string> = {
  "entered by hand": "entered by hand, so its text was never seen",
  "too short": "too short to compare",
};

/** Whom a note went to: its interviewers by name, else its addresses. */
const addressees = (send: SendRecord) => (send.interviewers.length ? send.interviewers.join(" & ") : send.recipients.join(", "));

/**
 * Names each note by whom it went to, with the time it went out when that person had more
 * than one note, so every row says which notes it compares.
 */
function noteLabels(notes: readonly SendRecord[], zone: string): Map<SendRecord, string> {
  const count = new Map<string, number>();
  for (const send of notes) count.set(addressees(send), (count.get(addressees(send)) ?? 0) + 1);
  return new Map(notes.map((send) => [send, count.get(addressees(send))! > 1 ? `${addressees(send)} (${formatInZone(new Date(send.sentAt), zone)})` : addressees(send)]));
}

/** The sentence above the table: what the owner most needs to know at a glance. */
function summary(same: number, overlapping: number): string {
  if (same === 0 && overlapping === 0) return "Every note reads as written on its own.";
  const parts = [same ? `${same} ${same === 1 ? "pair reads" : "pairs read"} as the same note` : "", overlapping ? `${overlapping} ${overlapping === 1 ? "pair shares" : "pairs share"} whole passages` : ""];
  return `${parts.filter(Boolean).join(", and ")}. ${duplicateNote.why}`;
}

/** The comparison, or nothing until two notes to the panel are logged. */
export const PanelComparison: FC<{ interview: Interview; sends: readonly SendRecord[]; zone: string }> = ({ interview, sends, zone }) => {
  const { notes, pairs, uncompared } = comparePanelNotes(interview, sends);
  // Nothing to compare yet, or only a note sent again to the same person.
  if (notes.length < 2 || (pairs.length === 0 && uncompared.length === 0)) return null;
  const labels = noteLabels(notes, zone);
  const count = (likeness: Likeness) => pairs.filter((p) => p.likeness === likeness).length;
  return (
    <section aria-labelledby="likeness-h">
      <h2 id="likeness-h">How alike your notes are</h2>
      <p class="sub">Compared by each note's fingerprint, names left out; the notes' text is never stored.</p>
      {pairs.length ? (
        <>
          <p>{summary(count("same"), count("overlapping"))}</p>
          <div class="table-wrap">
            <table aria-labelledby="likeness-h">
              <thead>
                <tr>
                  <th scope="col">Notes to</th>
                  <th scope="col">Alike</th>
                  <th scope="col">Reads as</th>
                </tr>
              </thead>
              <tbody>
                {pairs.map((pair) => (
                  <tr>
                    <th scope="row">
                      {labels.get(pair.first)} and {labels.get(pair.second)}
                    </th>
                    <td>{Math.round(pair.similarity * 100)}%</td>
                    <td>
                      <span class={`pill ${READS_AS[pair.likeness].tone}`}>{READS_AS[pair.likeness].words}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {uncompared.length ? (
        <ul class="plain meta">
          {uncompared.map(({ send, why }) => (
            <li>
              Not compared: the note to {labels.get(send)}, {WHY_UNCOMPARED[why]}.
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
};
