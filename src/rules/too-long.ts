import { excerptOf } from "../text/excerpt.js";
import { finding, type Rule } from "./rule.js";

/** too-long: a note, not a letter (quotes and signature are already excluded from the count). */
export const rule: Rule = {
  id: "too-long",
  severity: "warning",
  why: "A follow-up is a note, not a letter: interviewers skim, and the point gets lost in length.",
  check({ wordCount, partWords, settings, sentences }) {
    const cut = partWords !== null;
    if (wordCount <= settings.longWarningWords && !cut) return [];
    const severity = wordCount > settings.longErrorWords || cut ? "error" : "warning";
    const limit = wordCount > settings.longErrorWords ? settings.longErrorWords : settings.longWarningWords;
    const over = wordCount > limit ? `, over ${limit}` : "";
    // A body past what any note needs is only read in part (text/checked-part.ts): say so, so silence on the rest is not taken for a pass.
    const unread = cut ? ` Only its first ${partWords} words were checked; the rest was not read.` : "";
    const message = `The note has ${wordCount} words${over}.${unread} Cut it to under ${settings.longWarningWords}: keep the one or two points that build on your conversation.`;
    return [finding(this, message, excerptOf(sentences[1]?.text ?? sentences[0]?.text ?? ""), severity)];
  },
};
