import { excerptOf } from "../text/excerpt.js";
import { finding, type Rule } from "./rule.js";

/** too-long: a note, not a letter (quotes and signature are already excluded from the count). */
export const rule: Rule = {
  id: "too-long",
  severity: "warning",
  why: "A follow-up is a note, not a letter: interviewers skim, and the point gets lost in length.",
  check({ wordCount, settings, sentences }) {
    if (wordCount <= settings.longWarningWords) return [];
    const severity = wordCount > settings.longErrorWords ? "error" : "warning";
    const limit = severity === "error" ? settings.longErrorWords : settings.longWarningWords;
    const message = `The note has ${wordCount} words, over ${limit}. Cut it to under ${settings.longWarningWords}: keep the one or two points that build on your conversation.`;
    return [finding(this, message, excerptOf(sentences[1]?.text ?? sentences[0]?.text ?? ""), severity)];
  },
};
