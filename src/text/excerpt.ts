/**
 * Excerpts: the words of the note a finding is about, short enough for one report line.
 */
import { sentenceAt, sentences, type Span } from "./sentences.js";

/** Longest excerpt shown; longer sentences are cut around the match with an ellipsis. */
export const MAX_EXCERPT_CHARS = 140;

/**
 * Longest match quoted whole: a finding about a whole sentence quotes all of it, and written
 * sentences stay well under this (the development set's longest quoted one has 278
 * characters). A longer match is a run with no sentence break in it (pasted or hostile
 * text), and only its start is quoted.
 */
export const MAX_WHOLE_MATCH_CHARS = 400;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The sentences of the last text excerpted: every rule quotes the same note, often many
 * times, and splitting it again for each quote made long notes quadratic. sentences()
 * remembers notes itself, but not one longer than its cache (TEXT_CACHE_CHARS); this keeps that one.
 */
let lastSplit: { text: string; spans: readonly Span[] } | null = null;

function sentencesOf(text: string): readonly Span[] {
  if (lastSplit?.text !== text) lastSplit = { text, spans: sentences(text) };
  return lastSplit.spans;
}

/**
 * The sentence of `text` containing [start, end), cut to MAX_EXCERPT_CHARS around the match;
 * a match longer than that is quoted whole, up to MAX_WHOLE_MATCH_CHARS, and past it from its
 * start. The result is always a substring of the note, whitespace collapsed, with an ellipsis
 * where it was cut.
 */
export function excerptAt(text: string, start: number, end: number = start): string {
  const sentence = sentenceAt(sentencesOf(text), start) ?? { text: text.slice(start, end), start };
  const relStart = start - sentence.start;
  const relEnd = Math.min(sentence.text.length, Math.max(relStart, end - sentence.start));
  if (sentence.text.length <= MAX_EXCERPT_CHARS) return squash(sentence.text);
  const line = sentence.text;
  if (relEnd - relStart > MAX_WHOLE_MATCH_CHARS) {
    const opening = excerptOf(line.slice(relStart, relEnd));
    return `${relStart > 0 ? "…" : ""}${opening}${!opening.endsWith("…") && relEnd < line.length ? "…" : ""}`;
  }
  const room = Math.max(0, MAX_EXCERPT_CHARS - (relEnd - relStart));
  let from = Math.max(0, relStart - Math.floor(room / 2));
  let to = Math.min(line.length, from + Math.max(MAX_EXCERPT_CHARS, relEnd - relStart));
  from = Math.max(0, Math.min(from, to - MAX_EXCERPT_CHARS));
  // Cut between words, never inside one, and never into the words the finding is about.
  while (from > 0 && from < relStart && /\S/.test(line[from - 1]!) && /\S/.test(line[from]!)) from++;
  while (to < line.length && to > relEnd && /\S/.test(line[to - 1]!) && /\S/.test(line[to]!)) to--;
  return `${from > 0 ? "…" : ""}${squash(line.slice(from, to))}${to < line.length ? "…" : ""}`;
}

/** An excerpt of a whole sentence or line, collapsed and cut to MAX_EXCERPT_CHARS. */
export function excerptOf(fragment: string): string {
  const text = squash(fragment);
  if (text.length <= MAX_EXCERPT_CHARS) return text;
  const cut = text.slice(0, MAX_EXCERPT_CHARS - 1);
  const wordEnd = cut.lastIndexOf(" ");
  return `${wordEnd > 0 ? cut.slice(0, wordEnd) : cut}…`;
}
