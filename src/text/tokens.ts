/**
 * Word tokens with their offsets in the note, so every rule can quote the exact words it
 * is about.
 */
import { fold } from "./fold.js";
import { memoizeForCheck } from "./memo.js";

export interface Token {
  /** The word as written. */
  text: string;
  /** Folded form: lower case, no accents, straight apostrophes. */
  folded: string;
  start: number;
  end: number;
}

/** A word: letters, with inner apostrophes and hyphens ("don't", "Raman-Smith"), or a run of digits. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['\u2019\-][\p{L}\p{M}]+)*|\p{N}+/gu;

/**
 * Splits text into word tokens. Remembered per text for the check: the rules' helpers
 * tokenize the same note and the same sentences many times.
 */
export const tokenize: (text: string) => readonly Token[] = memoizeForCheck(computeTokens);

function computeTokens(text: string): readonly Token[] {
  const tokens: Token[] = [];
  // An exec loop rather than matchAll: no iterator and no copy of the pattern per text, on the
  // path every rule's helpers take for every sentence of every new note.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    tokens.push({ text: word, folded: fold(word), start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/** White space as `\s` matches it outside ASCII. */
const WIDE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Number of words as a reader would count them: the runs of text between white space that hold
 * a letter or a digit (what splitting at `\s+` and keeping the pieces with one would count), in
 * one pass without the pieces. Not remembered: a check counts its note once.
 */
export function countWords(text: string): number {
  let count = 0;
  let counted = false; // the current run already has a letter or a digit
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) counted = false;
      else if (!counted && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a || (c >= 0x30 && c <= 0x39))) (counted = true), count++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (char.length === 2) i++;
    if (WIDE_SPACE.test(char)) counted = false;
    else if (!counted && LETTER_OR_DIGIT.test(char)) (counted = true), count++;
  }
  return count;
}
