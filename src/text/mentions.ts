/**
 * "Does the note mention this topic, even loosely?" A topic (a saved interview topic,
 * request, concern or news item) is reduced to its distinctive words, folded and stemmed;
 * the note mentions it when enough of those stems appear anywhere in the note, in any form
 * ("your plans for the rotation" touches "on-call rotation redesign").
 */
import { stemmer } from "stemmer";
import { fold } from "./fold.js";
import { memoize, memoizeByObject, memoizeForCheck, TEXT_CACHE_CHARS } from "./memo.js";
import { KeysWithPairs } from "./pair-keys.js";
import { clippedKeys, hasRelated } from "./related-terms.js";
import { isFunctionWord, isGenericStem } from "./stopwords.js";
import { tokenize } from "./tokens.js";

/** Words this short are compared as written, not stemmed, so the language "Go" is not the verb "go". */
const SHORT_WORD_CHARS = 3;

/** Characters of words remembered with their keys: a long note's vocabulary, well under a megabyte. */
const WORD_CACHE_CHARS = 100_000;

const NO_KEYS: ReadonlySet<string> = new Set();

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
  return generic ? genericKey(written) : distinctiveKey(written);
}

/** A short word's key: as written when it has a capital ("Go", "SQL"), else folded. */
const shortKey = (written: string, folded: string) => (/\p{Lu}/u.test(written) ? written : folded);

function computeKey(written: string, generic: boolean): string | null {
  const folded = fold(written).replace(/'s?$/, "");
  if (folded.length < 2 || isFunctionWord(folded)) return null;
  if (generic && folded.length <= SHORT_WORD_CHARS) return shortKey(written, folded);
  // Stemmed once: the stem tells generic vocabulary ("opportunities") and is most words' key.
  const stem = stemmer(folded);
  if (!generic && isGenericStem(stem)) return null;
  if (folded.length <= SHORT_WORD_CHARS) return shortKey(written, folded);
  const american = unBritish(folded);
  return american === folded ? stem : stemmer(american);
}

// Folding and stemming are most of a check's cost, and a note repeats its words.
const distinctiveKey = memoize((written) => computeKey(written, false), WORD_CACHE_CHARS);
const genericKey = memoize((written) => computeKey(written, true), WORD_CACHE_CHARS);

/** A part of a token worth keying (hyphenated and possessive tokens split into words), as keySet reads it. */
interface Part {
  word: string;
  /** All letters: may join its neighbour ("post" + "mortem"). */
  letters: boolean;
  /** Its generic key and that key folded, or nothing (see keySet). */
  keys: readonly string[];
}

const LETTERS = /^\p{L}+$/u;

/** A generic key with its folded form, as keySet offers it (short words keep their capitals: "SQL" and "sql"). */
function keyPair(written: string): readonly string[] {
  const key = wordKey(written, true);
  return key ? [key, fold(key)] : [];
}

/** The parts of a token's text, remembered: a note repeats its words, and several texts of one note hold the same word. */
const partsOf = memoize(
  (text: string): readonly Part[] =>
    text
      .replace(/['\u2019]s$/i, "")
      .split(/[-\u2010\u2011]/)
      .filter(Boolean)
      .map((word) => ({ word, letters: LETTERS.test(word), keys: keyPair(word) })),
  WORD_CACHE_CHARS,
);

/** Distinct keys of the distinctive (or, with `generic`, all content) words of `text`, without those in `ignore`. */
export function distinctiveKeys(text: string, ignore: ReadonlySet<string> = NO_KEYS, generic = false): string[] {
  const keys = new Set<string>();
  for (const token of tokenize(text)) {
    for (const { word } of partsOf(token.text)) {
      const key = wordKey(word, generic);
      if (key && !ignore.has(key)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * Every key a text offers for matching: each word's key (short words also lower-cased, so
 * "SQL" in a note meets "sql" in a topic) and each pair of adjacent words joined, so
 * "post-mortem" and "post mortem" meet "postmortem" (stemmed only when asked for: see
 * pair-keys.ts). Remembered per text: several rules ask for the keys of the same note and of
 * the same sentences.
 */
export const keySet = (text: string): ReadonlySet<string> => keysOfText(text).keys;

/** A text's keys with its first and last parts, where pairs meet across line breaks (see keySetOfLines). */
interface TextKeys {
  keys: KeysWithPairs;
  first: Part | undefined;
  last: Part | undefined;
}

const keysOfText: (text: string) => TextKeys = memoizeForCheck(computeKeySet);

/** Files the pair of adjacent parts: two words of letters join into a word of letters (stemmed only when asked for). */
function addPair(keys: KeysWithPairs, part: Part, next: Part | undefined): void {
  if (next && part.letters && next.letters) keys.addPair(part.word + next.word);
}

function computeKeySet(text: string): TextKeys {
  const keys = new KeysWithPairs(keyPair);
  let first: Part | undefined;
  let last: Part | undefined;
  for (const token of tokenize(text)) {
    for (const part of partsOf(token.text)) {
      if (last) addPair(keys, last, part);
      else first = part;
      for (const key of part.keys) keys.add(key);
      last = part;
    }
  }
  return { keys, first, last };
}

/**
 * keySet(lines.join("\n")), built from each line's remembered key set: no word spans a line
 * break, so the joined text's keys are the lines' keys plus the pairs that meet across the
 * breaks (between the last word of one line and the first word of the next line that has one).
 */
export function keySetOfLines(lines: readonly string[]): ReadonlySet<string> {
  return keysOfLines(lines.join("\n"));
}

/** keySetOfLines by the joined text, remembered for the check (memoizeForCheck). */
const keysOfLines = memoizeForCheck((joined: string): ReadonlySet<string> => {
  const keys = new KeysWithPairs(keyPair);
  let last: Part | undefined;
  // Splitting a line that held a break itself changes nothing: no word spans a line break.
  for (const line of joined.split("\n")) {
    const text = keysOfText(line);
    if (!text.first) continue;
    if (last) addPair(keys, last, text.first);
    keys.addAll(text.keys);
    last = text.last;
  }
  return keys;
});

/** Two adjacent content words of a topic: the key the pair makes joined (as keySet joins them) and each word's key. */
export interface WordPair {
  joined: string;
  words: readonly [string, string];
}

/**
 * A topic's adjacent pairs of content words ("learning stories for parents": "learning
 * stories"). A note that writes such a pair whole echoes the topic even when each word alone
 * is everyday vocabulary. Remembered per topic.
 */
export const topicPairs = memoize((topic: string): readonly WordPair[] => {
  const parts = tokenize(topic).flatMap((t) => partsOf(t.text));
  const pairs: WordPair[] = [];
  for (let i = 1; i < parts.length; i++) {
    const [a, b] = [parts[i - 1]!, parts[i]!];
    const joined = a.letters && b.letters ? wordKey(a.word + b.word, true) : null;
    if (joined && a.keys[0] && b.keys[0]) pairs.push({ joined, words: [a.keys[0], b.keys[0]] });
  }
  return pairs;
}, TEXT_CACHE_CHARS);

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
export function topicKeys(topic: string, ignore: ReadonlySet<string> = NO_KEYS, generic = false): readonly string[] {
  const memo = topicKeysIgnoring(ignore);
  return generic ? memo.generic(topic) : memo.distinctive(topic);
}

function computeTopicKeys(topic: string, ignore: ReadonlySet<string>, generic: boolean): readonly string[] {
  for (const keys of [distinctiveKeys(topic, ignore), distinctiveKeys(topic)]) if (keys.length > 0) return keys;
  return generic ? distinctiveKeys(topic, ignore, true) : [];
}

/**
 * topicKeys remembered per `ignore` set (one per interview and note: see familiarKeys) and
 * topic: a rule asks for the same topics' keys once per sentence, and several rules ask.
 */
const topicKeysIgnoring = memoizeByObject((ignore: ReadonlySet<string>) => ({
  distinctive: memoize((topic) => computeTopicKeys(topic, ignore, false), TEXT_CACHE_CHARS),
  generic: memoize((topic) => computeTopicKeys(topic, ignore, true), TEXT_CACHE_CHARS),
}));

/**
 * Keys of business words that are content words but too common to identify a topic alone: a
 * note saying "products that customers love" has not touched "recruiting research
 * participants from branch customers", nor "over fifteen years" "exit in ~3 yrs". They count
 * alongside a more telling word.
 */
const BROAD_KEYS: ReadonlySet<string> = new Set(
  distinctiveKeys(
    `customers clients users products services processes projects systems tools data markets sales revenue costs
    quality results metrics teams people work growth culture staff employees organizations business operations
    hour hours hr hrs week weeks wk wks year years yr yrs month months mo mos day days`,
    NO_KEYS,
    true,
  ),
);

/**
 * True when `keys` (a note's keySet) touch `topic` loosely enough; `generic` as for topicKeys.
 * A topic's key is present when the note has it or a related term (related-terms.ts).
 * Enough of the topic's keys must appear (keysNeeded), and at least one of them a telling
 * word, unless the topic has nothing but broad words.
 */
export function mentions(keys: ReadonlySet<string>, topic: string, ignore: ReadonlySet<string> = NO_KEYS, generic = false): boolean {
  const wanted = topicKeys(topic, ignore, generic);
  if (wanted.length === 0) return false;
  const clipped = clippedKeys(topic);
  const present = wanted.filter((k) => hasRelated(keys, k, clipped));
  if (present.length < keysNeeded(wanted.length)) return false;
  // A number ("yr 3", "9 under 2s") says how many, not what: broad like a span of time.
  const broad = (k: string) => BROAD_KEYS.has(k) || /^\d/.test(k);
  return present.some((k) => !broad(k)) || wanted.every(broad);
}
