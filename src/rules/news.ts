import { unmentioned } from "../text/conversation.js";
import { phraseSet } from "../text/phrases.js";
import { finding, type Rule, type RuleContext } from "./rule.js";

/**
 * Congratulating the reader ("congrats on closing the round", "congratulations again on the
 * grant"): news of theirs is acknowledged even when the note names it in other words than the
 * saved item ("series a announced" is "the funding round").
 */
const CONGRATULATIONS = phraseSet([
  "(congratulations|congrats|congratulate|kudos) (again|once again|to you|to you all|to the team|to everyone)? (on|for|to|about|with)",
  "(great|wonderful|exciting|fantastic|brilliant) news (about|on|that)",
]);

/**
 * News of the writer's own: in the first person, or an offer, an exam, a qualification or a
 * date of the writer's studies ("competing offer from Fabrikam", "passed ptcb exam",
 * "graduating in december"). Congratulating the reader does not mention it.
 */
const WRITERS_NEWS = /\b(?:i|i'm|i've|me|my|mine|offers?|exams?|passed|accepted|graduat\w*|certifi\w*|licen[cs]\w*|degree|diploma|course|renewals?|promot\w*)\b/i;

/** The saved news a congratulation to the reader settles: theirs, not the writer's. */
function congratulated(ctx: RuleContext, item: string): boolean {
  return !WRITERS_NEWS.test(item) && ctx.sentences.some((s) => CONGRATULATIONS.test(s.text));
}

/** news: saved news since the interview is not mentioned. */
export const rule: Rule = {
  id: "news",
  severity: "info",
  why: "News since the interview (another offer, an award) is a natural reason to follow up and can move a decision.",
  check(ctx) {
    return unmentioned(ctx, ctx.interview?.news ?? [])
      .filter((item) => !congratulated(ctx, item))
      .map((item) => finding(this, `Mention your news in one sentence: “${item}”.`, ""));
  },
};
