import { unaddressed } from "../text/concerns.js";
import { finding, type Rule } from "./rule.js";

/** concern: a saved interview concern is not touched on. */
export const rule: Rule = {
  id: "concern",
  severity: "info",
  why: "A doubt left unanswered tends to grow; one confident sentence can settle it before the panel decides.",
  check(ctx) {
    return unaddressed(ctx, ctx.interview?.concerns ?? []).map((concern) =>
      finding(this, `Address the concern “${concern}” in one brief, confident sentence, e.g. what you have done about it since the interview.`, ""),
    );
  },
};
