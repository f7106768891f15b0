/**
 * The part of a note the rules read. A follow-up is a few hundred words; a body of thousands
 * is a pasted document or hostile input, and every rule's cost grows with the text (about
 * 7 µs per word in all), so the rules read only the note's first part and `too-long` says what
 * was left out.
 */
import { sentences } from "./sentences.js";
import { countWords, tokenize } from "./tokens.js";

/**
 * Five times the default too-long error threshold (400): any real note is read whole, and the
 * worst 100 KB input stays inside the 50 ms pipeline budget (bench: adversarialMaxMs).
 */
export const MAX_CHECKED_WORDS = 2_000;

/** The same bound for text that is not words (punctuation, symbols, one endless "word"): 2,000 words of eight characters. */
export const MAX_CHECKED_CHARS = 16_000;

/**
 * The same bound in sentences, for text of short lines or sentences ("Harbor\n", "Thanks! "):
 * most rules weigh each sentence whole, so a sentence costs them more than its words, and the
 * 2,000 one-word lines that fit in MAX_CHECKED_CHARS took 57–109 ms. MAX_CHECKED_WORDS in
 * sentences of four words: 20 times the development set's longest note (25 sentences).
 */
export const MAX_CHECKED_SENTENCES = 500;

/** A cut inside a word moves back to a space this close before it, so no word is read in half. */
const WORD_BOUNDARY_SEARCH = 64;

export interface CheckedPart {
  /** The text the rules read: the whole note, or its first part. */
  text: string;
  /** Words in the whole note, as a reader counts them (countWords). */
  words: number;
  /** Words in `text` when it is only the note's first part; null when it is the whole note. */
  partWords: number | null;
}

/** The note, or its first MAX_CHECKED_WORDS words, MAX_CHECKED_CHARS characters or MAX_CHECKED_SENTENCES sentences, whichever ends first. */
export function checkedPart(text: string, maxWords = MAX_CHECKED_WORDS, maxChars = MAX_CHECKED_CHARS, maxSentences = MAX_CHECKED_SENTENCES): CheckedPart {
  const words = countWords(text);
  let end = Math.min(text.length, maxChars);
  const tokens = tokenize(text.slice(0, end));
  if (tokens.length > maxWords) end = tokens[maxWords]!.start;
  else if (end < text.length && /\S/.test(text[end]!)) {
    const space = text.slice(end - WORD_BOUNDARY_SEARCH, end).search(/\s\S*$/);
    if (space >= 0) end = end - WORD_BOUNDARY_SEARCH + space;
  }
  // The rules split the note into sentences anyway (remembered for the check): a whole note's are not split again.
  const read = sentences(end >= text.length ? text : text.slice(0, end));
  if (read.length > maxSentences) end = read[maxSentences - 1]!.end;
  if (end >= text.length) return { text, words, partWords: null };
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end--;
  const part = text.slice(0, end).trimEnd();
  return { text: part, words, partWords: countWords(part) };
}
