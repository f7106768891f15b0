import { similarity } from "../text/fingerprint.js";
import { excerptOf } from "../text/excerpt.js";
import { formatForInterview } from "../timing.js";
import { finding, type Rule } from "./rule.js";

/**
 * Share of word 3-grams two notes must have in common to count as the same note. A template
 * with the names swapped and one sentence changed stays well above it (about 0.7); two notes
 * written separately that share stock phrases stay far below (under 0.2).
 */
export const DUPLICATE_SIMILARITY = 0.5;

/** duplicate-note: (near-)identical, names aside, to a note already sent to another interviewer. */
export const rule: Rule = {
  id: "duplicate-note",
  severity: "error",
  why: "Panelists compare notes; the same text sent to each of them reads as a form letter.",
  check(ctx) {
    const { interview, addressee, sends, sentences, note } = ctx;
    // Nothing logged yet: the fingerprint (computed on first read of ctx.fingerprint) is not needed.
    if (!interview || !addressee || sends.length === 0) return [];
    const fingerprint = ctx.fingerprint;
    if (fingerprint.length === 0) return [];
    const earlier = sends.find(
      (send) =>
        send.interviewers.length > 0 &&
        !send.interviewers.includes(addressee.name) &&
        !(addressee.email && send.recipients.includes(addressee.email.toLowerCase())) &&
        similarity(send.fingerprint, fingerprint) >= DUPLICATE_SIMILARITY,
    );
    if (!earlier) return [];
    const topics = addressee.topics.length ? ` (for example ${addressee.topics[0]})` : "";
    const message = `This is nearly the same note you sent ${earlier.interviewers.join(" and ")} on ${formatForInterview(new Date(earlier.sentAt), interview)}. Write ${addressee.name} a note of their own about what you discussed with them${topics}.`;
    const opening = sentences.find((s) => s.text !== note.greeting) ?? sentences[0];
    return [finding(this, message, excerptOf(opening?.text ?? ""))];
  },
};
