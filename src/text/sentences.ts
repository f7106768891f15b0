/**
 * Sentence spans. Notes are short and informal: a sentence ends at . ! ? followed by a
 * capital (any letter, in a note that never capitalises one), at a blank line, or at a line break after a short or punctuated line (a greeting,
 * a sign-off, a list item). Hard-wrapped plain text (lines joined by single breaks) stays
 * one sentence, so phrases split across wrapped lines are still seen whole.
 */
import { memoizeForCheck } from "./memo.js";

export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Sentence-ending punctuation followed by a space and a capital, digit or quote. A match
 * starts only at the first mark of a run, so a run of dots is scanned once, not once per dot.
 */
const SENTENCE_BREAK = /(?<![.!?])[.!?]+["')\]]?\s+(?=[\p{Lu}\p{N}"'(])/gu;

/**
 * The same for a writer who does not capitalise ("thanks so much! the tablet charting …"):
 * any letter may open their next sentence.
 */
const LOWER_CASE_SENTENCE_BREAK = /(?<![.!?])[.!?]+["')\]]?\s+(?=[\p{L}\p{N}"'(])/gu;

/** A capital after sentence-ending punctuation somewhere: the writer capitalises their sentences. */
const CAPITALISED_SENTENCE = /[.!?]["')\]]?\s+\p{Lu}/u;

/** Words ending in a period that do not end a sentence ("Dr. Okafor", "Acme Inc. was"). */
const ABBREVIATION = /(?:^|[\s(])(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|vs|etc|inc|ltd|co|corp|no|e\.g|i\.e|a\.m|p\.m|approx|dept|est)\.$/i;

/** Mail clients wrap at 72-78 columns; a line shorter than this ends where its writer ended it. */
const WRAPPED_LINE_MIN_CHARS = 40;

/**
 * Splits text into trimmed, non-empty sentence spans with offsets into `text`. Remembered per
 * text for the check: the same spans (and sentence strings) for every rule and quote.
 */
export const sentences: (text: string) => readonly Span[] = memoizeForCheck(computeSentences);

/**
 * The span of `spans` (sentences() of a text) containing offset `at`, if any. Spans are in
 * order and do not overlap, so it is found by halving: a hostile note has thousands of
 * findings to quote, and a scan from the first span for each made quoting them quadratic.
 */
export function sentenceAt(spans: readonly Span[], at: number): Span | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  const span = spans[low];
  return span && span.start <= at ? span : undefined;
}

function computeSentences(text: string): Span[] {
  const spans: Span[] = [];
  const breaks = CAPITALISED_SENTENCE.test(text) ? SENTENCE_BREAK : LOWER_CASE_SENTENCE_BREAK;
  for (const block of logicalLines(text)) {
    let cursor = 0;
    for (const end of block.text.matchAll(breaks)) {
      if (end[0].startsWith(".") && ABBREVIATION.test(block.text.slice(cursor, end.index + 1))) continue;
      const stop = end.index + end[0].trimEnd().length;
      pushTrimmed(spans, block.text.slice(cursor, stop), block.start + cursor);
      cursor = end.index + end[0].length;
    }
    pushTrimmed(spans, block.text.slice(cursor), block.start + cursor);
  }
  return spans;
}

/** Physical lines joined where a mail client wrapped them. */
function logicalLines(text: string): Span[] {
  const blocks: Span[] = [];
  let open: Span | null = null;
  for (const match of text.matchAll(/[^\n]*/g)) {
    const line = match[0];
    if (match.index > 0 && line === "" && text[match.index - 1] !== "\n") continue;
    const trimmed = line.trim();
    if (!trimmed) {
      open = null;
      continue;
    }
    if (open) {
      open.text = text.slice(open.start, match.index + line.length);
      open.end = match.index + line.length;
    } else {
      open = { text: line, start: match.index, end: match.index + line.length };
      blocks.push(open);
    }
    if (trimmed.length < WRAPPED_LINE_MIN_CHARS || /[.!?,:;]["')\]]?$/.test(trimmed)) open = null;
  }
  return blocks;
}

function pushTrimmed(spans: Span[], raw: string, offset: number): void {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) spans.push({ text, start: offset + lead, end: offset + lead + text.length });
}
