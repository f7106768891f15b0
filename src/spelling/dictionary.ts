/**
 * Dictionary look-ups straight over the generated sorted word string, without building a Set,
 * an array or an index at start-up: a Worker has a few milliseconds of CPU per message, and
 * a binary search over character offsets (~17 steps, no allocation) is fast enough.
 */
import { memoize } from "../text/memo.js";
import { COMMON_WORDS, WORDS } from "./words.generated.js";

/**
 * What separates the generated string's words: a space, which its literal writes as itself.
 * With "\n" the literal held 127 000 escapes, and decoding them cost the Worker's start-up
 * 1.7 ms of its parse (docs/performance.md).
 */
const SEPARATOR = " ";

/** Compares the word words[start, end) with `key` in code-unit order, without slicing. */
function compareWord(words: string, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const diff = words.charCodeAt(start + i) - key.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return end - start - key.length;
}

/** Offset of the first word of `words` at or after `from` that sorts at or after `key` (words.length if none). */
function lowerBound(words: string, key: string, from = 0): number {
  let lo = from;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // lo is always a word start, so the word holding `mid` starts at or after lo.
    const start = Math.max(lo, words.lastIndexOf(SEPARATOR, mid - 1) + 1);
    const separator = words.indexOf(SEPARATOR, start);
    const end = separator < 0 ? words.length : separator;
    if (compareWord(words, start, end, key) < 0) lo = end + 1;
    else hi = start;
  }
  return Math.min(lo, words.length);
}

function contains(words: string, word: string): boolean {
  if (!word) return false;
  const at = lowerBound(words, word);
  const end = at + word.length;
  return words.startsWith(word, at) && (end === words.length || words[end] === SEPARATOR);
}

/** Characters of words remembered with their answer: the look-ups of a few notes and their suggestions. */
const LOOKUP_CACHE_CHARS = 200_000;

/**
 * True when `word` (folded, lower case, letters only) is an English word. Remembered: every
 * rule that asks "is this an ordinary word?" asks it of the same words of the same note.
 */
export const hasWord: (word: string) => boolean = memoize((word) => contains(WORDS, word), LOOKUP_CACHE_CHARS);

/** True when some English word starts with `prefix` (prunes suggestion candidates). */
export function hasPrefix(prefix: string): boolean {
  return WORDS.startsWith(prefix, lowerBound(WORDS, prefix));
}

/**
 * The distinct characters that follow `prefix` in the dictionary's words, in order: one
 * look-up per letter that occurs there (a handful after a long prefix) rather than one per
 * letter of the alphabet.
 */
export function nextLetters(prefix: string): string[] {
  const out: string[] = [];
  const end = lowerBound(WORDS, `${prefix}\uffff`);
  let at = lowerBound(WORDS, prefix);
  // The prefix itself, when it is a word, sorts first in its block and has no next letter.
  if (at < end && (WORDS[at + prefix.length] === SEPARATOR || at + prefix.length === WORDS.length)) at += prefix.length + 1;
  while (at < end) {
    const letter = WORDS[at + prefix.length]!;
    out.push(letter);
    at = lowerBound(WORDS, `${prefix}${letter}\uffff`, at);
  }
  return out;
}

/** True when `word` is among the most frequent English words (for ranking suggestions). */
export function isCommonWord(word: string): boolean {
  return contains(COMMON_WORDS, word);
}

/** The dictionary words that start with `prefix` and have a length within [minLength, maxLength], in order. */
export function wordsStartingWith(prefix: string, minLength = 0, maxLength = Infinity): string[] {
  return blockOf(WORDS, prefix, minLength, maxLength);
}

/**
 * wordsStartingWith among the most frequent words only: the same words, in the same order, as
 * filtering wordsStartingWith by isCommonWord (every common word is in the dictionary), from a
 * list a tenth of its size.
 */
export function commonWordsStartingWith(prefix: string, minLength = 0, maxLength = Infinity): string[] {
  return blockOf(COMMON_WORDS, prefix, minLength, maxLength);
}

/** The words of the sorted `words` that start with `prefix` and have a fitting length. */
function blockOf(words: string, prefix: string, minLength: number, maxLength: number): string[] {
  const from = lowerBound(words, prefix);
  const to = lowerBound(words, `${prefix}\uffff`, from);
  const out: string[] = [];
  // Walk the block's words by offset so only words of a fitting length become strings.
  for (let start = from; start < to; ) {
    const separator = words.indexOf(SEPARATOR, start);
    const end = separator < 0 || separator > to ? Math.min(to, words.length) : separator;
    const length = end - start;
    if (length >= minLength && length <= maxLength) out.push(words.slice(start, end));
    start = end + 1;
  }
  return out;
}
