/**
 * Word tokens with their offsets in the note, so every rule can quote the exact words it
 * is about.
 */
import { fold } from "./fold.js";

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

/** Splits text into word tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], folded: fold(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Number of words as a reader would count them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
