/**
 * Word tokens with their offsets in the note, so every rule can quote the exact words it
 * is about.
 */
import { fold } from "./fold.js";
import { memoize, TEXT_CACHE_CHARS } from "./memo.js";

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
 * Splits text into word tokens. Remembered per text: the rules' helpers tokenize the same
 * note and the same sentences many times.
 */
export const tokenize: (text: string) => readonly Token[] = memoize(computeTokens, TEXT_CACHE_CHARS);

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

/** Number of words as a reader would count them. Remembered per text, like tokenize. */
export const countWords: (text: string) => number = memoize((text) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, TEXT_CACHE_CHARS);
