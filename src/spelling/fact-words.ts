/**
 * Words the spelling and name rules accept because the user's own facts use them: every
 * saved interview's company, aliases, role, interviewer names and titles, topics, requests,
 * concerns and news, the recruiter's name and agency, the writer's own name, and the personal word list.
 */
import type { RuleContext } from "../rules/rule.js";
import { memoizeByObject } from "../text/memo.js";
import { fold } from "../text/fold.js";
import { tokenize } from "../text/tokens.js";
import { hasWholeWords, wholeWordNames } from "../text/whole-words.js";
import { hasWord } from "./dictionary.js";
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
    interview.recruiter?.name ?? "",
    interview.recruiter?.agency ?? "",
  ];
}

/**
 * Folded words (and the parts of hyphenated ones) from the facts, the writer's name and
 * personal words; once per rule context (the spelling and both name rules ask).
 */
export const factWords: (ctx: RuleContext) => ReadonlySet<string> = memoizeByObject(computeFactWords);

/** A number per interview object, so a list of them can be a key; objects are shared between checks while their facts are unchanged. */
const serials = new WeakMap<Interview, number>();
let nextSerial = 0;
function serialOf(interview: Interview): number {
  let serial = serials.get(interview);
  if (serial === undefined) serials.set(interview, (serial = nextSerial++));
  return serial;
}

/**
 * Sets made, by what they were made from: the next check of the same user's mail (a draft's
 * sent copy, the next note to the same panel) has the same interview objects and strings and
 * gets the same set object, so what is remembered per set (knownIn in checker.ts) carries over.
 * More than one is kept: the matched interview comes whole and the others as the index has
 * them, so a user's notes to their different interviews are made from different objects.
 */
const made = new Map<string, ReadonlySet<string>>();
/** Sets kept: one per interview a user writes about, for a user with dozens of interviews; the words of each are a few hundred. */
const MAX_SETS_KEPT = 64;

function computeFactWords(ctx: RuleContext): ReadonlySet<string> {
  // In one order whichever interview the note matched: the set is the same union.
  const interviews = [...(ctx.interview ? [ctx.interview] : []), ...ctx.otherInterviews].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const own = [ctx.note.from?.name ?? "", ...ctx.settings.personalWords];
  const key = `${interviews.map(serialOf).join(" ")}\n${own.join("\n")}`;
  const known = made.get(key);
  if (known) return known;
  const words = new Set<string>();
  for (const interview of interviews) for (const word of interviewWords(interview)) words.add(word);
  addWords(words, own);
  if (made.size >= MAX_SETS_KEPT) made.clear();
  made.set(key, words);
  return words;
}

/**
 * The words of one interview's facts, remembered per interview: the interview objects are
 * shared between checks while their facts are unchanged, and every check reads them all.
 */
const interviewWords = memoizeByObject((interview: Interview): ReadonlySet<string> => addWords(new Set(), interviewTexts(interview)));

/**
 * Shortest plural the dictionary lacks whose singular is added too: the facts clip and coin
 * words in the plural ("4+ somms", "the kpis") that the note uses in the singular.
 */
const MIN_COINED_PLURAL_CHARS = 5;

/** Adds the folded words of `texts`, the singular of a plural no dictionary holds, and the parts of hyphenated or possessive words. */
function addWords(words: Set<string>, texts: readonly string[]): Set<string> {
  // No word spans a line break: one tokenize call reads them all.
  for (const token of tokenize(texts.join("\n"))) {
    words.add(token.folded);
    if (token.folded.length >= MIN_COINED_PLURAL_CHARS && token.folded.endsWith("s") && !hasWord(token.folded)) words.add(token.folded.slice(0, -1));
    // Most words have no parts: split only those that do.
    if (/['-]/.test(token.folded)) for (const part of token.folded.split(/['-]/)) words.add(part);
  }
  return words;
}

/** One saved interview's facts texts, folded, one per line. */
const interviewLines = memoizeByObject((interview: Interview): string => interviewTexts(interview).map(fold).join("\n"));

/**
 * True when some saved interview's facts write `phrase` as it is, as whole words ("Calder Vale"
 * is not written by facts holding "Calder Valley" and "Ashdown Vale"): a name the user typed on
 * purpose, not a slip.
 */
export function factsWrite(ctx: Pick<RuleContext, "interview" | "otherInterviews">, phrase: string): boolean {
  const names = wholeWordNames([fold(phrase)]);
  return [...(ctx.interview ? [ctx.interview] : []), ...ctx.otherInterviews].some((interview) => hasWholeWords(interviewLines(interview), names));
}
