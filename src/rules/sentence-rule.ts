/**
 * A rule that fires once per sentence matching a phrase set (gift, needy-tone, apology):
 * the shape is shared, the phrases and the advice are each rule's own.
 */
import { excerptAt } from "../text/excerpt.js";
import { matchingSentences, type PhraseSet } from "../text/phrases.js";
import { finding, type Rule } from "./rule.js";

/** Builds a rule that quotes every sentence in `phrases` with the same advice. */
export function sentenceRule(spec: Omit<Rule, "check"> & { phrases: PhraseSet; message: string }): Rule {
  const { phrases, message, ...rule } = spec;
  return {
    ...rule,
    check(ctx) {
      return matchingSentences(ctx.sentences, phrases).map((s) => finding(rule, message, excerptAt(ctx.note.text, s.start, s.end)));
    },
  };
}
