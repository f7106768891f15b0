import { excerptOf } from "../text/excerpt.js";
import { finding, type Rule } from "./rule.js";

/**
 * Words a check-in may run to: the role and the date, still interested, a polite question on
 * the timeline, thanks. Career advisers put it at three to five sentences; 120 words leaves
 * room for a greeting, a sign-off and one line of news.
 */
export const CHECK_IN_WORDS = 120;

/** check-in-length: a check-in after the decision date runs longer than a few lines. */
export const rule: Rule = {
  id: "check-in-length",
  severity: "warning",
  why: "A check-in is a nudge, not a second thank-you: a few lines get read and answered at once, a long one waits.",
  check({ wordCount, settings, sentences }) {
    if (wordCount <= CHECK_IN_WORDS) return [];
    // As long as a thank-you that is already too long: plainly a letter, not a nudge.
    const severity = wordCount > settings.longWarningWords ? "error" : "warning";
    const message = `This check-in has ${wordCount} words, over ${CHECK_IN_WORDS}. Keep it to a few lines: the role and when you interviewed, that you are still interested, and a polite question about their timeline.`;
    return [finding(this, message, excerptOf(sentences[1]?.text ?? sentences[0]?.text ?? ""), severity)];
  },
};
