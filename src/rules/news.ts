import { unmentioned } from "../text/conversation.js";
import { finding, type Rule } from "./rule.js";

/** news: saved news since the interview is not mentioned. */
export const rule: Rule = {
  id: "news",
  severity: "info",
  why: "News since the interview (another offer, an award) is a natural reason to follow up and can move a decision.",
  check(ctx) {
    return unmentioned(ctx, ctx.interview?.news ?? []).map((item) => finding(this, `Mention your news in one sentence: “${item}”.`, ""));
  },
};
