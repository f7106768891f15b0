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
 */
import { fold } from "./fold.js";
import type { Span } from "./sentences.js";

/** "..": room for an adverb or two ("I am really very excited"). */
const SHORT_GAP_WORDS = 3;
/** "...": room for a clause ("sorry that in the second round I rambled"). */
const LONG_GAP_WORDS = 8;

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
  [/\bcan not\b/g, "cannot"],
];

/** A sentence as the patterns see it: " folded words separated by single spaces ". */
export function normalize(text: string): string {
  let s = fold(text).replace(/[^a-z0-9']+/g, " ").replace(/(^| )'+|'+(?= |$)/g, "$1");
  for (const [from, to] of CONTRACTIONS) s = s.replace(from, to);
  return ` ${s.replace(/\s+/g, " ").trim()} `;
}

/** Compiles one pattern to a regular expression over normalize()d text. */
export function compile(pattern: string): RegExp {
  let pos = 0;
  const seq = (): string => {
    let out = "";
    while (pos < pattern.length && pattern[pos] !== "|" && pattern[pos] !== ")") {
      if (pattern[pos] === " ") pos++;
      else out += item();
    }
    return out;
  };
  const group = (): string => {
    pos++; // "("
    const alternatives = [seq()];
    while (pattern[pos] === "|") {
      pos++;
      alternatives.push(seq());
    }
    if (pattern[pos++] !== ")") throw new Error(`unclosed group in phrase "${pattern}"`);
    return `(?:${alternatives.join("|")})`;
  };
  const item = (): string => {
    const rest = pattern.slice(pos);
    if (rest.startsWith("...")) return (pos += 3), `(?:[^ ]+ ){0,${LONG_GAP_WORDS}}`;
    if (rest.startsWith("..")) return (pos += 2), `(?:[^ ]+ ){0,${SHORT_GAP_WORDS}}`;
    if (rest.startsWith("$")) return pos++, "$";
    if (rest.startsWith("#")) return pos++, "[0-9]+ ";
    if (rest.startsWith("!(")) return pos++, `(?!${group()})`;
    if (rest.startsWith("(")) {
      const g = group();
      return pattern[pos] === "?" ? (pos++, `${g}?`) : g;
    }
    const suffix = /^\*([a-z']*)/.exec(rest);
    if (suffix) return (pos += suffix[0].length), suffix[1] ? `[a-z0-9']*${suffix[1]} ` : "[a-z0-9']+ ";
    const word = /^([a-z0-9']+)(\*?)/.exec(rest);
    if (!word?.[1]) throw new Error(`unexpected "${rest[0]}" in phrase "${pattern}"`);
    pos += word[0].length;
    return `${word[1]}${word[2] ? "[a-z0-9']*" : ""} `;
  };
  const body = seq();
  if (pos < pattern.length) throw new Error(`unbalanced ")" in phrase "${pattern}"`);
  return new RegExp(` ${body}`);
}

/** A list of phrasings, with phrasings that cancel a match in the same sentence ("not interested"). */
export interface PhraseSet {
  test(sentence: string): boolean;
}

/** Builds a PhraseSet from patterns in the notation above. */
export function phraseSet(patterns: readonly string[], unless: readonly string[] = []): PhraseSet {
  const yes = patterns.map(compile);
  const no = unless.map(compile);
  return {
    test(sentence) {
      const s = normalize(sentence);
      return yes.some((r) => r.test(s)) && !no.some((r) => r.test(s));
    },
  };
}

/** The sentences a phrase set matches, in order. */
export function matchingSentences(sentences: readonly Span[], set: PhraseSet): Span[] {
  return sentences.filter((s) => set.test(s.text));
}
