/**
 * Phrase patterns written as data. Rules list what they look for in a small notation and
 * one matcher applies it to each sentence, so a rule reads as a list of phrasings, not as
 * regular expressions.
 *
 * Notation (matched against a normalised sentence: folded, punctuation dropped, contractions
 * expanded, so write "i am", "i would", "do not", never "I'm", "I'd", "don't"):
 *   word        the word itself          help*     any word starting with "help"
 *   *ing        any word ending in "ing"     *         any one word
 *   (a|b c)     one of the alternatives  (a|b)?    optionally one of them
 *   ..          up to 3 other words      ...       up to 8 other words
 *   !(a|b)      not followed by these    $         end of the sentence
 *   #           any number ("5", "40")
 *   ^           start of the sentence (for subjectless sentences: "Very much want this role.")
 */
import { fold } from "./fold.js";
import { memoizeForCheck } from "./memo.js";
import { holds, needIndex, sentenceWords } from "./phrase-needs.js";
import { compilePattern } from "./phrase-pattern.js";
import { registerTypoTargets, withTyposRead } from "./typo-reading.js";
import type { Span } from "./sentences.js";

/** Contractions expanded so patterns need only spell out the long form. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, "cannot"],
  [/\bwon't\b/g, "will not"],
  [/\bshan't\b/g, "shall not"],
  [/n't\b/g, " not"],
  [/\bi'm\b/g, "i am"],
  [/\blet's\b/g, "let us"],
  [/\b(it|that|there|here|what|he|she)'s\b/g, "$1 is"],
  [/'re\b/g, " are"],
  [/'ve\b/g, " have"],
  [/'ll\b/g, " will"],
  [/'d\b/g, " would"],
];

/** The one expansion without an apostrophe, so the rest are tried only where there is one. */
const CAN_NOT = /\bcan not\b/g;

/** A sentence as the patterns see it: " folded words separated by single spaces ". Remembered: every phrase set of every rule reads the same sentences. */
export const normalize: (text: string) => string = memoizeForCheck(computeNormalize);

/** normalize() with obvious typos read as the words meant (typo-reading.ts), for the phrase sets that ask for it. */
const normalizeReadingTypos = (text: string): string => computeNormalize(withTyposRead(text));

function computeNormalize(text: string): string {
  // Every run of other characters is one space: words are now separated by single spaces.
  let s = fold(text).replace(/[^a-z0-9']+/g, " ");
  if (s.includes("'")) {
    // Only quotes trimmed and contractions expanded can leave two spaces side by side.
    s = s.replace(/(^| )'+|'+(?= |$)/g, "$1");
    if (s.includes("'")) for (const [from, to] of CONTRACTIONS) s = s.replace(from, to);
    s = s.replace(CAN_NOT, "cannot").replace(/\s+/g, " ");
  } else if (s.includes("can not")) s = s.replace(CAN_NOT, "cannot");
  return ` ${s.trim()} `;
}

/** A list of phrasings, with phrasings that cancel a match in the same sentence ("not interested"). */
export interface PhraseSetOptions {
  /**
   * Read obvious typos as the words meant before matching ("im very intrested"): for the sets
   * whose phrasings a hurried writer must not lose by a slip (interest, fit). Costs a dictionary
   * look-up per word, so the other sets read the text as written.
   */
  readTypos?: boolean;
}

export interface PhraseSet {
  test(sentence: string): boolean;
}

/**
 * Characters of normalised sentences whose words are remembered (every phrase set asks): less
 * than for other texts, as a sentence's words, their set and the candidates found for them
 * (phrase-needs.ts) take several times its size.
 */
const SENTENCE_WORDS_CACHE_CHARS = 50_000;

/** A normalised sentence's words and their set, remembered for the check: every phrase set and linked-strength.ts read them. */
export const wordsOf = memoizeForCheck(sentenceWords, SENTENCE_WORDS_CACHE_CHARS);

/**
 * Patterns that may match a normalised sentence are found through their needs, and only
 * their matchers run (see phrase-needs.ts).
 */
function anyMatch(patterns: readonly string[]): (s: string) => boolean {
  const compiled = patterns.map(compilePattern);
  const candidates = needIndex(compiled.map((p) => p.need));
  return (s) => {
    const words = wordsOf(s);
    return candidates(words, (i) => holds(compiled[i]!.need, words) && compiled[i]!.matches(words.list));
  };
}

/**
 * Builds a PhraseSet from patterns in the notation above. Build sets once, at module level:
 * each is filed in an index shared by all sets (phrase-needs.ts) for the life of the isolate.
 */
export function phraseSet(patterns: readonly string[], unless: readonly string[] = [], options: PhraseSetOptions = {}): PhraseSet {
  const yes = anyMatch(patterns);
  const no = anyMatch(unless);
  if (options.readTypos) registerTypoTargets(patterns);
  const read = options.readTypos ? normalizeReadingTypos : normalize;
  // Each set's answer is remembered per sentence for the check: rules ask a set of the same
  // sentence more than once.
  const test = memoizeForCheck((sentence) => {
    const s = read(sentence);
    return yes(s) && !no(s);
  });
  return { test };
}

/** The sentences a phrase set matches, in order. */
export function matchingSentences(sentences: readonly Span[], set: PhraseSet): Span[] {
  return sentences.filter((s) => set.test(s.text));
}
