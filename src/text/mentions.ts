/**
 * "Does the note mention this topic, even loosely?" A topic (a saved interview topic,
 * request, concern or news item) is reduced to its distinctive words, folded and stemmed;
 * the note mentions it when enough of those stems appear anywhere in the note, in any form
 * ("your plans for the rotation" touches "on-call rotation redesign").
 */
import { stemmer } from "stemmer";
import { fold } from "./fold.js";
import { isFunctionWord, isStopword } from "./stopwords.js";
import { tokenize, type Token } from "./tokens.js";

/** Words this short are compared as written, not stemmed, so the language "Go" is not the verb "go". */
const SHORT_WORD_CHARS = 3;

/** British spellings folded to American ones so "prioritisation" meets "prioritization". */
function unBritish(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, "iz$1")
    .replace(/our(s|ed|ing)?$/, (m, s: string | undefined) => (word.length > 5 ? `or${s ?? ""}` : m));
}

/**
 * The comparison key of one word, or null when the word is not distinctive (or, with
 * `generic` set, when it is a mere function word).
 */
export function wordKey(written: string, generic = false): string | null {
  const folded = fold(written).replace(/'s?$/, "");
  if (folded.length < 2 || (generic ? isFunctionWord(folded) : isStopword(folded))) return null;
  if (folded.length <= SHORT_WORD_CHARS) return /\p{Lu}/u.test(written) ? written : folded;
  return stemmer(unBritish(folded));
}

/** Parts of a token worth keying: hyphenated and possessive tokens split into words. */
function parts(token: Token): string[] {
  return token.text.replace(/['\u2019]s$/i, "").split(/[-\u2010\u2011]/).filter(Boolean);
}

/** Distinct keys of the distinctive (or, with `generic`, all content) words of `text`, without those in `ignore`. */
export function distinctiveKeys(text: string, ignore: ReadonlySet<string> = new Set(), generic = false): string[] {
  const keys = new Set<string>();
  for (const token of tokenize(text)) {
    for (const part of parts(token)) {
      const key = wordKey(part, generic);
      if (key && !ignore.has(key)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * Every key a text offers for matching: each word's key (short words also lower-cased, so
 * "SQL" in a note meets "sql" in a topic) and each pair of adjacent words joined, so
 * "post-mortem" and "post mortem" meet "postmortem".
 */
export function keySet(text: string): Set<string> {
  const keys = new Set<string>();
  const words = tokenize(text).flatMap(parts);
  const add = (word: string) => {
    const key = wordKey(word, true);
    if (key) keys.add(key).add(fold(key));
  };
  words.forEach((word, i) => {
    add(word);
    const next = words[i + 1];
    if (next && /^\p{L}+$/u.test(word + next)) add(word + next);
  });
  return keys;
}

/**
 * How many of a topic's distinctive keys must appear: at least half, rounded down, and at
 * least one. Saved topics are short labels (1-5 content words) and a note echoes them in
 * its own words, usually through the head noun plus at most one modifier; asking for more
 * would miss paraphrases like "your plans for the rotation" for "on-call rotation
 * redesign". Stop words and the interview's own names already keep a single echoed word
 * distinctive.
 */
export function keysNeeded(topicKeys: number): number {
  return Math.max(1, Math.floor(topicKeys / 2));
}

/**
 * The keys of `topic` that count: its distinctive keys minus `ignore` (the interview's
 * company, role and people), else all its distinctive keys. With `generic` set, a topic made
 * only of everyday words ("no people-management background") falls back to those words;
 * without it such a topic has no keys, so it never makes a note look specific.
 */
export function topicKeys(topic: string, ignore: ReadonlySet<string> = new Set(), generic = false): string[] {
  for (const keys of [distinctiveKeys(topic, ignore), distinctiveKeys(topic)]) if (keys.length > 0) return keys;
  return generic ? distinctiveKeys(topic, ignore, true) : [];
}

/** True when `keys` (a note's keySet) touch `topic` loosely enough; `generic` as for topicKeys. */
export function mentions(keys: ReadonlySet<string>, topic: string, ignore: ReadonlySet<string> = new Set(), generic = false): boolean {
  const wanted = topicKeys(topic, ignore, generic);
  if (wanted.length === 0) return false;
  return wanted.filter((k) => keys.has(k)).length >= keysNeeded(wanted.length);
}
