/**
 * Words coined by English's productive suffixes that SCOWL does not list ("explainability",
 * "composability"): a real word of this shape is left alone, since no dictionary can list them
 * all; but one letter away from such a word ("explainabilty") is a typo of it, which the
 * dictionary alone cannot suggest because it does not know the intended word either.
 */
import { hasWord } from "./dictionary.js";

/**
 * Suffix and the words it is built on: "-ability" on an "-able" adjective or on a verb
 * ("explainable", "explain"; "scale" + "-ability" drops the "e"), "-ibility" only on an
 * "-ible" adjective, "-ization" on an "-ize" verb or a noun ("containerize", "tokenize").
 */
const PRODUCTIVE_SUFFIXES: readonly (readonly [suffix: string, bases: readonly string[]])[] = [
  ["ability", ["able", "", "e"]],
  ["ibility", ["ible"]],
  ["ization", ["ize", "e", ""]],
  ["isation", ["ise", "e", ""]],
  ["ness", [""]],
  ["ment", [""]],
];

/** Shortest base considered: shorter stems make accidental words of typos. */
const MIN_BASE_LENGTH = 4;

/** True when `word` is a dictionary base plus a productive suffix. */
export function isCoined(word: string): boolean {
  for (const [suffix, bases] of PRODUCTIVE_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (bases.some((end) => stem.length + end.length >= MIN_BASE_LENGTH && hasWord(stem + end))) return true;
  }
  return false;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/** A coined word one edit (delete, swap, replace, insert) from `word`, or null. */
export function nearCoined(word: string): string | null {
  const tried = (candidate: string) => candidate !== word && isCoined(candidate);
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail && tried(head + tail.slice(1))) return head + tail.slice(1);
    if (tail.length > 1 && tried(head + tail[1] + tail[0] + tail.slice(2))) return head + tail[1] + tail[0] + tail.slice(2);
    for (const c of ALPHABET) {
      if (tail && tried(head + c + tail.slice(1))) return head + c + tail.slice(1);
      if (tried(head + c + tail)) return head + c + tail;
    }
  }
  return null;
}
