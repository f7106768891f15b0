import { NEEDY } from "../text/pleading.js";
import { sentenceRule } from "./sentence-rule.js";

/** needy-tone: begging or desperation. */
export const rule = sentenceRule({
  id: "needy-tone",
  severity: "warning",
  why: "Neediness undercuts the confidence a follow-up should convey and can make the reader uneasy.",
  phrases: NEEDY,
  message: "Rephrase this with confidence: say what you would bring and that you want the role, not how much you need it.",
});
