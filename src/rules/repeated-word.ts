/**
 * repeated-word: a word doubled by mistake ("and and", "the the"), also across a line
 * break, but not across a sentence or paragraph break and not a legitimate double.
 */
import { hasWord } from "../spelling/dictionary.js";
import { excerptAt, excerptOf } from "../text/excerpt.js";
import type { Token } from "../text/tokens.js";
import type { Finding } from "../types.js";
import { finding, type Rule } from "./rule.js";

/** Words that are correctly doubled in ordinary English. */
const LEGITIMATE_DOUBLES = new Set([
  "had", // "she had had a long day"
  "that", // "I said that that was fine"
  "is", // "what it is is a redesign": only after a clause that ends in "is" (LEGITIMATE_IS_IS)
  "bye", "very", "really", "so", "no", "yes", "ha", "knock", "tut", // emphasis and set phrases, written on purpose
]);

/**
 * "is is" is right when the first "is" ends a clause that names a thing: "what it is is",
 * "the problem is is" (spoken style), "all it is is". Those clauses start with one of these
 * words within the few words before; otherwise ("the list is is a problem") it is a slip.
 */
const CLAUSE_BEFORE_IS = new Set(["what", "all", "thing", "problem", "point", "issue", "question", "truth", "reason", "fact", "trouble", "idea"]);
const IS_IS_REACH = 4;

function isLegitimateIsIs(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 2; j >= Math.max(0, i - 1 - IS_IS_REACH); j--) if (CLAUSE_BEFORE_IS.has(tokens[j]!.folded)) return true;
  return false;
}

/** Words of context either side of a pair split over two lines, for the excerpt. */
const CONTEXT_WORDS = 4;

/** Between the two words there is only spacing with at most one line break (no blank line, no punctuation). */
const SAME_SENTENCE_GAP = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;

/** The sentence around the pair; when a line break split it into two sentences, the words around the pair. */
function excerpt(tokens: readonly Token[], i: number, text: string): string {
  const first = tokens[i - 1]!;
  const quoted = excerptAt(text, first.start, tokens[i]!.end);
  if (quoted.includes(`${first.text} ${tokens[i]!.text}`)) return quoted;
  const from = tokens[Math.max(0, i - 1 - CONTEXT_WORDS)]!.start;
  const to = tokens[Math.min(tokens.length - 1, i + CONTEXT_WORDS)]!.end;
  return excerptOf(text.slice(from, to));
}

/** True when the tokens from `from` to `to` follow each other in one sentence (SAME_SENTENCE_GAP between each two). */
function inOneRun(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  for (let j = from + 1; j <= to; j++) if (!SAME_SENTENCE_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
  return true;
}

/** A pair of words written twice ("the same the same", "in the in the"): no English phrase doubles two words in a row. */
function doubledPair(tokens: readonly Token[], i: number, text: string): boolean {
  if (i < 3) return false;
  const a = tokens[i - 3]!;
  const b = tokens[i - 2]!;
  const c = tokens[i - 1]!;
  const d = tokens[i]!;
  if (a.folded !== c.folded || b.folded !== d.folded || a.folded === b.folded || /\p{N}/u.test(a.text + b.text)) return false;
  return inOneRun(tokens, i - 3, i, text);
}

export const rule: Rule = {
  id: "repeated-word",
  severity: "error",
  why: "A doubled word is the classic slip a proofread catches; it tells the reader the note was rushed.",
  check(ctx) {
    const { text } = ctx.note;
    const findings: Finding[] = [];
    ctx.tokens.forEach((token, i) => {
      if (doubledPair(ctx.tokens, i, text)) {
        const [first, second] = [ctx.tokens[i - 3]!, ctx.tokens[i - 2]!];
        const pair = `${first.text} ${second.text}`;
        findings.push(finding(rule, `Delete the repeated "${pair}" in "${pair} ${pair}".`, excerptAt(text, first.start, token.end)));
        return;
      }
      const previous = ctx.tokens[i - 1];
      if (!previous || previous.folded !== token.folded || /\p{N}/u.test(token.text)) return;
      if (token.folded === "is" ? isLegitimateIsIs(ctx.tokens, i) : LEGITIMATE_DOUBLES.has(token.folded)) return;
      if (!inOneRun(ctx.tokens, i - 1, i, text)) return;
      // A capitalised double that is no English word is a name or place ("Walla Walla"), not a slip.
      if (/^\p{Lu}/u.test(previous.text) && /^\p{Lu}/u.test(token.text) && !hasWord(token.folded)) return;
      findings.push(finding(rule, `Delete the repeated "${token.text}" in "${previous.text} ${token.text}".`, excerpt(ctx.tokens, i, text)));
    });
    return findings;
  },
};
