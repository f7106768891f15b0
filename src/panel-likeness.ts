/**
 * How alike the logged notes to an interview's panel are, pair by pair, from their
 * fingerprints alone (no note's text is stored): whether each panel member got a note of
 * their own. Pure: the interview and its send log in, the comparison out.
 */
import { sendKindOf } from "./note-kind.js";
import { DUPLICATE_SIMILARITY } from "./rules/duplicate-note.js";
import { bySentAt } from "./send-log.js";
import { FINGERPRINT_SLOTS, similarity } from "./text/fingerprint.js";
import type { Interview, SendRecord } from "./types.js";

/** "same": the duplicate-note rule's verdict; "overlapping": whole passages in common; "distinct": written separately. */
export type Likeness = "same" | "overlapping" | "distinct";

/**
 * Share of word 3-grams from which two notes have whole passages in common. Notes written
 * separately to one panel, stock phrases and all, stay under 0.08 (the development set's
 * 1,496 such pairs); a note that copies a long sentence of another reaches about 0.2, two of
 * its sentences about 0.4: clear of the fingerprint's ±0.06 error either way.
 */
export const OVERLAP_SIMILARITY = 0.2;

export interface NotePair {
  first: SendRecord;
  second: SendRecord;
  /** Estimated share of word 3-grams in common, names aside (0..1). */
  similarity: number;
  likeness: Likeness;
}

/** Why a logged note cannot be compared. */
export type Uncompared = "entered by hand" | "too short";

export interface PanelComparison {
  /** The thank-you notes logged, earliest first: compared or not. */
  notes: SendRecord[];
  /** Every pair of compared notes to different people, most alike first. */
  pairs: NotePair[];
  /** The thank-you notes with no fingerprint to compare, earliest first. */
  uncompared: Array<{ send: SendRecord; why: Uncompared }>;
}

/** The verdict for a similarity, on the same scale as the duplicate-note rule. */
export function likenessOf(value: number): Likeness {
  return value >= DUPLICATE_SIMILARITY ? "same" : value >= OVERLAP_SIMILARITY ? "overlapping" : "distinct";
}

/** True when two sends reached someone in common: a note sent again, not two panel members' notes. */
function shareSomeone(a: SendRecord, b: SendRecord): boolean {
  return a.interviewers.some((name) => b.interviewers.includes(name)) || a.recipients.some((address) => b.recipients.includes(address));
}

/**
 * Compares the thank-you notes logged for `interview` (check-ins and notes to the recruiter
 * are not panel notes) pair by pair. A note entered by hand, or too short to fingerprint,
 * is listed as not compared rather than counted as distinct.
 */
export function comparePanelNotes(interview: Interview, sends: readonly SendRecord[]): PanelComparison {
  const notes = sends.filter((send) => sendKindOf(send, interview) === "thank-you").sort(bySentAt);
  const compared = notes.filter((send) => send.fingerprint.length === FINGERPRINT_SLOTS);
  const pairs: NotePair[] = [];
  compared.forEach((first, i) => {
    for (const second of compared.slice(i + 1)) {
      if (shareSomeone(first, second)) continue;
      const value = similarity(first.fingerprint, second.fingerprint);
      pairs.push({ first, second, similarity: value, likeness: likenessOf(value) });
    }
  });
  const uncompared = notes
    .filter((send) => send.fingerprint.length !== FINGERPRINT_SLOTS)
    .map((send) => ({ send, why: send.enteredByHand ? ("entered by hand" as const) : ("too short" as const) }));
  return { notes, pairs: pairs.sort((a, b) => b.similarity - a.similarity), uncompared };
}
