/**
 * Words the spelling and name rules accept because the user's own facts use them: every
 * saved interview's company, aliases, role, interviewer names and titles, topics, requests,
 * concerns and news, the writer's own name, and the personal word list.
 */
import type { RuleContext } from "../rules/rule.js";
import { memoizeByObject } from "../text/memo.js";
import { tokenize } from "../text/tokens.js";
import type { Interview } from "../types.js";

function interviewTexts(interview: Interview): string[] {
  return [
    interview.company,
    ...interview.companyAliases,
    interview.role,
    ...interview.topics,
    ...interview.requests,
    ...interview.concerns,
    ...interview.news,
    ...interview.interviewers.flatMap((p) => [p.name, p.title ?? "", ...p.topics, ...p.requests]),
  ];
}

/**
 * Folded words (and the parts of hyphenated ones) from the facts, the writer's name and
 * personal words; once per rule context (the spelling and both name rules ask).
 */
export const factWords: (ctx: RuleContext) => ReadonlySet<string> = memoizeByObject(computeFactWords);

function computeFactWords(ctx: RuleContext): ReadonlySet<string> {
  const interviews = [...(ctx.interview ? [ctx.interview] : []), ...ctx.otherInterviews];
  const texts = [...interviews.flatMap(interviewTexts), ctx.note.from?.name ?? "", ...ctx.settings.personalWords];
  const words = new Set<string>();
  for (const token of tokenize(texts.join("\n"))) {
    words.add(token.folded);
    // Most words have no parts: split only those that do.
    if (/['-]/.test(token.folded)) for (const part of token.folded.split(/['-]/)) words.add(part);
  }
  return words;
}
