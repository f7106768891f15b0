/**
 * Stretches of a note that are not prose words and must not be spell-checked or read as
 * template text: URLs, email addresses, @handles, file names, abbreviations with dots
 * ("e.g."), and tokens with digits ("Q4", "24-hour", "2026").
 */
import { memoizeForCheck } from "../text/memo.js";

export interface Range {
  start: number;
  end: number;
}

/** A whitespace-delimited chunk that is a URL, address, handle, path, file name, dotted abbreviation or has a digit. */
const NOT_PROSE = /^\W*(?:https?:|www\.|mailto:)|[@/\\_=#~<>{}|]|\p{N}|[\p{L}\p{N}]\.[\p{L}\p{N}]/iu;

/**
 * A chunk NOT_PROSE may match has one of these: every branch of it needs a ":" or ".", one of
 * its symbols, or a digit, which outside ASCII may be any character. Plain words ("thanks,")
 * have none, and this one class is cheaper to scan for than NOT_PROSE's alternatives.
 */
const MAYBE_NOT_PROSE = /[^\x00-\x7f]|[:.@/\\_=#~<>{}|0-9]/;

const CHUNK = /\S+/g;

/**
 * The chunks of `text` that are not prose, with their offsets. Remembered for the check: two
 * rules ask of every note.
 */
export const nonWordRanges: (text: string) => readonly Range[] = memoizeForCheck(computeNonWordRanges);

function computeNonWordRanges(text: string): Range[] {
  const ranges: Range[] = [];
  CHUNK.lastIndex = 0;
  for (let chunk = CHUNK.exec(text); chunk; chunk = CHUNK.exec(text)) {
    if (MAYBE_NOT_PROSE.test(chunk[0]) && NOT_PROSE.test(chunk[0])) ranges.push({ start: chunk.index, end: chunk.index + chunk[0].length });
  }
  return ranges;
}

/** True when [start, end) overlaps one of `ranges`. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && r.start < end);
}
