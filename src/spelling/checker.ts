/**
 * Is this word English, and if not, what was probably meant? Works on folded, lower-case
 * words as tokenize() yields them: letters with inner apostrophes and hyphens.
 */
import { memoize, memoizeByObject } from "../text/memo.js";
import { commonWordsStartingWith, hasPrefix, hasWord, isCommonWord, nextLetters, wordsStartingWith } from "./dictionary.js";
import { editDistance, isTransposition } from "./edit-distance.js";
import { EXTRA_WORDS } from "./extra-words.js";
import { isCoined, nearCoined } from "./coined.js";
import { isClosedCompound } from "./compound.js";
import { isRegularDerivation } from "./derivation.js";
import { afterPrefix, inflectionBases, respellings } from "./variants.js";

/** Extra words to accept, folded: terms from the facts and the user's personal words. */
export type WordSet = ReadonlySet<string>;

const NO_WORDS: WordSet = new Set();

/** Contractions whose stem is not a word by itself. */
const IRREGULAR_CONTRACTIONS = new Set(["can't", "won't", "shan't", "ain't", "o'clock", "ma'am", "y'all"]);
/** Possessive and contraction endings, checked on the stem: "team's", "I'd", "don't". */
const CLITIC = /^(.+?)(n't|'(?:s|d|re|ve|ll|m))$/;
/** Parts before a hyphen that are prefixes, not words: "e-mail", "co-founder", "re-engage". */
const HYPHEN_PREFIXES = new Set(["e", "ex", "co", "re", "pre", "non", "anti", "multi", "semi", "mid", "post", "sub", "inter", "x"]);

/**
 * Contractions typed without the apostrophe and phrases run together: no dictionary word is one
 * edit away. A Map, not an object: a note's "constructor" must not find Object.prototype's.
 */
const RUN_TOGETHER: ReadonlyMap<string, string> = new Map<string, string>([
  ...["do", "does", "did", "is", "was", "are", "were", "have", "has", "had", "could", "would", "should", "must", "need"].map(
    (aux): [string, string] => [`${aux}nt`, `${aux}n't`],
  ),
  ["im", "I'm"], ["ive", "I've"], ["youre", "you're"], ["youve", "you've"], ["theyre", "they're"],
  ["theyve", "they've"], ["thats", "that's"], ["weve", "we've"], ["wouldve", "would've"], ["couldve", "could've"],
  ["alot", "a lot"], ["thankyou", "thank you"], ["infact", "in fact"], ["aswell", "as well"], ["incase", "in case"],
]);

/** Suggestions need this many letters before two edits are tried: shorter words reach too many. */
const MIN_LENGTH_FOR_TWO_EDITS = 5;
/** Longest word suggestions are computed for (bounds the candidate work per word). */
const MAX_SUGGEST_LENGTH = 24;
/** Characters of words whose verdict is remembered per set of extra words: a long note's vocabulary. */
const KNOWN_CACHE_CHARS = 100_000;

const inLexicon = (w: string, extra: WordSet) => hasWord(w) || EXTRA_WORDS.has(w) || extra.has(w);
const inExtras = (w: string, extra: WordSet) => EXTRA_WORDS.has(w) || extra.has(w);

/** A single word without hyphens or apostrophes, including the shapes SCOWL leaves out. */
function knownPlain(word: string, extra: WordSet): boolean {
  if (inLexicon(word, extra)) return true;
  // SCOWL lists its own words' inflections, so stripping suffixes against it would hide typos
  // ("commited" → "commit"): isRegularDerivation accepts only forms SCOWL spells no other way.
  // Inflect the extras freely.
  const inflected = (w: string) => inflectionBases(w).some((base) => inExtras(base, extra)) || isRegularDerivation(w, (base) => inExtras(base, extra));
  if (inflected(word)) return true;
  if (respellings(word).some((w) => inLexicon(w, extra) || inflected(w))) return true;
  const rest = afterPrefix(word);
  // "untill" is un + till by letters but a typo of "until": a prefixed or compound form one slip from a common word is that word.
  return ((rest !== null && knownPlain(rest, extra)) || isClosedCompound(word)) && !knownEdits1(word).some(isCommonWord);
}

function knownPart(part: string, extra: WordSet): boolean {
  if (knownPlain(part, extra) || IRREGULAR_CONTRACTIONS.has(part)) return true;
  const clitic = CLITIC.exec(part);
  return clitic !== null && knownPlain(clitic[1]!, extra);
}

/** Shortest clipped word considered, and how much longer the word it clips must be. */
const MIN_CLIPPED_LENGTH = 4;
const MIN_CLIPPED_LETTERS = 3;

/**
 * A word clipped to "-o" the way speech shortens long ones ("reno", "convo", "sesho"): English
 * clips at a syllable and ends the stump in "o", while a dropped-letter typo ("realy") stops a
 * letter or two short of its word.
 */
function isClipped(word: string): boolean {
  return word.length >= MIN_CLIPPED_LENGTH && word.endsWith("o") && wordsStartingWith(word, word.length + MIN_CLIPPED_LETTERS).length > 0;
}

/** True when `word` (folded) is correctly spelled English or one of the `extra` words. */
export function isKnown(word: string, extra: WordSet = NO_WORDS): boolean {
  if (knownPart(word, extra) || isClipped(word)) return true;
  if (!word.includes("-")) return false;
  const parts = word.split("-");
  // A hyphenated compound takes its plural on the whole ("fourteen-year-olds", "grown-ups").
  const plural = (part: string) => part.endsWith("s") && knownPart(part.slice(0, -1), extra);
  return parts.every(
    (part, i) => knownPart(part, extra) || (i < parts.length - 1 ? HYPHEN_PREFIXES.has(part) : plural(part)),
  );
}

/**
 * isKnown with its answers remembered, for one set of extra words (the spelling rule's, one
 * per check): the rule asks about every word twice, and a note repeats its words. Most words
 * are known without the extras (remembered for every check); only the rest are asked again.
 */
export const knownIn: (extra: WordSet) => (word: string) => boolean = memoizeByObject((extra: WordSet) => {
  const knownWithExtra = memoize((word) => isKnown(word, extra), KNOWN_CACHE_CHARS);
  return (word: string) => knownAlone(word) || knownWithExtra(word);
});

/**
 * isKnown without extra words, remembered for every check: extra words only ever add words
 * (each test above is an "or" over them, or does not read them), so a word known without them
 * is known with any, and only the few words it rejects are asked again with a check's extras.
 */
const knownAlone = memoize((word) => isKnown(word, NO_WORDS), KNOWN_CACHE_CHARS);

export interface Suggestion {
  word: string;
  distance: number;
}

/**
 * The dictionary words one edit (delete, swap, replace, insert) from `word`, Norvig-style,
 * but pruned like a trie walk: a candidate is looked up only when some word starts with its
 * head, which cuts the ~54n look-ups to a few dozen.
 */
function knownEdits1(word: string): string[] {
  const out = new Set<string>();
  const add = (candidate: string) => {
    if (candidate !== word && hasWord(candidate)) out.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    // Every candidate below starts with `head`; if no word does, no longer head will either.
    if (i > 0 && !hasPrefix(head)) break;
    const tail = word.slice(i);
    if (tail) add(head + tail.slice(1));
    if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of nextLetters(head)) {
      if (tail) add(head + c + tail.slice(1));
      add(head + c + tail);
    }
  }
  for (const extra of EXTRA_WORDS) if (Math.abs(extra.length - word.length) <= 1 && editDistance(word, extra) === 1) out.add(extra);
  return [...out];
}

/**
 * Orders candidates as typos usually happen: fewest edits; a swap, then a dropped letter
 * ("wich" → "which") before other edits; common words; the same first letter; closest length.
 */
function best(word: string, candidates: string[]): Suggestion | null {
  const scored = candidates.map((c) => ({
    word: c,
    distance: editDistance(word, c),
    key: [isTransposition(word, c) ? 0 : 1, c.length > word.length ? 0 : 1, isCommonWord(c) ? 0 : 1, c[0] === word[0] ? 0 : 1, Math.abs(c.length - word.length)],
  }));
  scored.sort((a, b) => a.distance - b.distance || compareKeys(a.key, b.key) || (a.word < b.word ? -1 : 1));
  const top = scored[0];
  return top ? { word: top.word, distance: top.distance } : null;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * Whether a dictionary word one slip from an unknown `word` is a likely intent: a common word
 * is; a rare one only with the same first letter, since people rarely mistype that letter and a
 * rare word reached by changing it is likelier a coincidence than what a term the dictionary
 * lacks was meant to be ("garums" is not "arums", "pharma" not "dharma").
 */
function isPlausibleIntent(word: string, candidate: string): boolean {
  return isCommonWord(candidate) || candidate[0] === word[0];
}

/**
 * The likeliest intended word for an unknown plain word, one edit away, else two. Remembered
 * (0.3-2 ms each): a draft's typo is asked about again in its sent copy and in a fixed draft.
 */
const suggestPlain: (word: string) => Suggestion | null = memoize(computeSuggestPlain, KNOWN_CACHE_CHARS);

function computeSuggestPlain(word: string): Suggestion | null {
  const fix = RUN_TOGETHER.get(word);
  if (fix) return { word: fix, distance: 1 };
  if (word.length > MAX_SUGGEST_LENGTH) return null;
  const near = knownEdits1(word).filter((c) => isPlausibleIntent(word, c));
  if (near.length) return best(word, near);
  if (word.length < MIN_LENGTH_FOR_TWO_EDITS) return null;
  // Two edits: generating them all would be ~300k look-ups; people rarely mistype the first
  // letter, so scan only the block of words that shares it. Two slips away, only a common
  // word is a likelier intent than a term the dictionary lacks ("beurre" is not "blurred"),
  // so that block is the common words'.
  const far = commonWordsStartingWith(word[0]!, word.length - 2, word.length + 2).filter((c) => editDistance(word, c) <= 2);
  // A coined word is real (no suggestion); one a letter away from one is its typo.
  if (far.length === 0 && isCoined(word)) return null;
  const coined = far.length ? null : nearCoined(word);
  return coined ? { word: coined, distance: 1 } : best(word, far);
}

/** What a contraction typed without its apostrophe or a phrase run together stands for ("im" → "I'm", "alot" → "a lot"), if it is one. */
export function runTogether(word: string): string | undefined {
  return RUN_TOGETHER.get(word);
}

/**
 * A suggested spelling for an unknown `word` (folded), or null. Hyphenated words are fixed
 * part by part and possessive or contraction endings are kept ("recieve's" → "receive's").
 */
export function suggest(word: string, extra: WordSet = NO_WORDS): Suggestion | null {
  if (word.includes("-")) {
    const parts = word.split("-").map((part) => (knownPart(part, extra) ? { word: part, distance: 0 } : suggest(part, extra)));
    if (parts.some((p) => p === null)) return null;
    return { word: parts.map((p) => p!.word).join("-"), distance: parts.reduce((sum, p) => sum + p!.distance, 0) };
  }
  const clitic = CLITIC.exec(word);
  if (clitic) {
    const stem = suggestPlain(clitic[1]!);
    return stem ? { word: stem.word + clitic[2]!, distance: stem.distance } : null;
  }
  return suggestPlain(word);
}
