/**
 * wrong-company: the note names another saved interview's company (a copy-paste from an
 * earlier note), or misspells this interview's company ("Northwnd", "Contosso").
 */
import { hasWord } from "../spelling/dictionary.js";
import { editDistance } from "../spelling/edit-distance.js";
import { factWords } from "../spelling/fact-words.js";
import { excerptAt } from "../text/excerpt.js";
import { fold } from "../text/fold.js";
import { maxNameEdits } from "../text/names.js";
import { tokenize, type Token } from "../text/tokens.js";
import type { Finding, Interview } from "../types.js";
import { finding, type Rule, type RuleContext } from "./rule.js";

/** Shortest first word of a company name that stands for the company by itself ("Northwind"). */
const MIN_SHORT_NAME_CHARS = 4;

interface CompanyName {
  text: string;
  words: string[];
}

const toName = (text: string): CompanyName => ({ text, words: tokenize(text).map((t) => t.folded) });
const stripPossessive = (folded: string) => folded.replace(/'s$/, "");

/**
 * The names a company goes by: its name, its aliases, and the first word of a multi-word
 * name when that word is no English word ("Northwind" of "Northwind Logistics"). Longest first.
 */
function companyNames(interview: Interview): CompanyName[] {
  const names = [interview.company, ...interview.companyAliases].map(toName);
  const first = names[0]!.words[0];
  if (names[0]!.words.length > 1 && first && first.length >= MIN_SHORT_NAME_CHARS && !hasWord(first)) {
    names.push({ text: tokenize(interview.company)[0]!.text, words: [first] });
  }
  const unique = new Map(names.filter((n) => n.words.length > 0).map((n) => [n.words.join(" "), n]));
  return [...unique.values()].sort((a, b) => b.words.join(" ").length - a.words.join(" ").length);
}

/** Runs of `size` consecutive tokens separated only by spaces (one line break allowed). */
function* windows(ctx: RuleContext, size: number): Generator<Token[]> {
  for (let i = 0; i + size <= ctx.tokens.length; i++) {
    const run = ctx.tokens.slice(i, i + size);
    if (run.every((t, j) => j === 0 || /^[ \t\u00a0]*\r?\n?[ \t\u00a0]*$/.test(ctx.note.text.slice(run[j - 1]!.end, t.start)))) yield run;
  }
}

const foldedRun = (run: Token[]) => stripPossessive(run.map((t) => t.folded).join(" "));
const span = (run: Token[]) => ({ start: run[0]!.start, end: run[run.length - 1]!.end });
const overlaps = (a: { start: number; end: number }, list: { start: number; end: number }[]) => list.some((b) => a.start < b.end && b.start < a.end);

/** The words of a run as written, without a possessive ending. */
const quoted = (text: string, run: Token[]) => text.slice(span(run).start, span(run).end).replace(/['\u2019]s$/u, "");

/** Where the note names this interview's company correctly. */
function ownMentions(ctx: RuleContext, own: CompanyName[]): { start: number; end: number }[] {
  return own.flatMap((name) => [...windows(ctx, name.words.length)].filter((run) => foldedRun(run) === name.words.join(" ")).map(span));
}

export const rule: Rule = {
  id: "wrong-company",
  severity: "error",
  why: "Naming the wrong company, or misspelling the right one, tells the reader the note was reused or rushed.",
  check(ctx) {
    const interview = ctx.interview;
    if (!interview) return [];
    const { text } = ctx.note;
    const own = companyNames(interview);
    const ownFolded = new Set(own.map((n) => n.words.join(" ")));
    const correct = ownMentions(ctx, own);
    const reported: { start: number; end: number }[] = [];
    const seen = new Set<string>();
    const sentenceStarts = new Set(ctx.sentences.map((s) => s.start));
    const findings: Finding[] = [];
    const report = (run: Token[], message: string) => {
      reported.push(span(run));
      seen.add(foldedRun(run));
      findings.push(finding(rule, message, excerptAt(text, run[0]!.start, run[run.length - 1]!.end)));
    };

    const otherNames = new Set<string>();
    for (const other of ctx.otherInterviews) {
      for (const name of companyNames(other)) {
        const key = name.words.join(" ");
        otherNames.add(key);
        if (ownFolded.has(key)) continue;
        // A name that is also a word ("Square") counts only capitalised, mid-sentence.
        const ordinary = name.words.every(hasWord);
        const run = [...windows(ctx, name.words.length)].find(
          (r) => foldedRun(r) === key && !overlaps(span(r), [...correct, ...reported]) && (!ordinary || (/^\p{Lu}/u.test(r[0]!.text) && !sentenceStarts.has(r[0]!.start))),
        );
        if (run) {
          report(run, `"${quoted(text, run)}" is the company of another interview you saved (${other.company}); this note is for ${interview.company}: use the right name.`);
        }
      }
    }

    const deliberate = factWords(ctx);
    for (const name of own) {
      const target = name.words.join(" ");
      const allowed = maxNameEdits(target.replace(/[^a-z]/g, "").length);
      for (const run of windows(ctx, name.words.length)) {
        const written = foldedRun(run);
        if (!/^\p{Lu}/u.test(run[0]!.text) || written === target || seen.has(written) || overlaps(span(run), reported)) continue;
        if (otherNames.has(written) || ownFolded.has(written)) continue;
        // Ordinary words ("North wind", "Contact") and words the user chose in the facts are not misspellings.
        if (run.every((t) => hasWord(stripPossessive(t.folded))) || (run.length === 1 && deliberate.has(written))) continue;
        const distance = editDistance(written, target);
        if (distance === 0 || distance > allowed) continue;
        report(run, `"${quoted(text, run)}" looks like a misspelling of "${name.text}": write the company's name exactly.`);
      }
    }
    return findings;
  },
};
