/**
 * Terms a note quotes rather than uses: "every 'velayet' must become the right kind of custody",
 * "a note on “hisseli tapu”". A writer who puts a word or two in quotation marks is naming it,
 * often in another language or a field's jargon, so it is not spell-checked.
 */
import type { Range } from "./non-words.js";

/** Words a quoted term runs to at most: a longer quotation is prose, checked like the rest. */
const MAX_TERM_WORDS = 3;

/**
 * A quotation mark that opens (after a space, a bracket or the start, before a letter), a short
 * run without quotation marks or line breaks, and one that closes (after a letter, before a space,
 * punctuation or the end): never the apostrophe inside "don't" or "the team's".
 */
const QUOTED = /(?<![\p{L}\p{N}])['‘"“]([\p{L}\p{M}][^'‘’"“”\n]{0,60}?[\p{L}\p{M}]|[\p{L}\p{M}])['’"”](?![\p{L}\p{N}])/gu;

/** Where the note quotes a term of at most MAX_TERM_WORDS words. */
export function quotedTerms(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(QUOTED)) {
    if (match[1]!.trim().split(/\s+/).length > MAX_TERM_WORDS) continue;
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}
