/**
 * What email-forward-parser is given to read. Its ~250 patterns are tried at every line, and
 * some backtrack: `^.+\s*[<[].+[>\]]\s?wrote.+:` once per bracket on a line (a line of L
 * characters costs up to L² steps: 5 ms at 1,000 characters of brackets, 90 ms at 5,000), and
 * `^\s*From\s?:` across a run of quote-only lines (300 lines of ">" cost 77 ms). A forward's
 * separator and header block are short lines near the top, so the library is given the first
 * lines within a budget, and one line of each run of quote-only lines; every other line is
 * replaced by a short marker it cannot match, and put back exactly as it was in whatever it
 * returns. A masked line keeps its quote marks and indent, which the library takes off the
 * lines of a forwarded original ("> " in Apple Mail's): the text behind the marker comes back
 * where the library left the line, so a long quoted note is not returned still quoted.
 */

/**
 * Σ length² of the lines the library reads: about 5 ms of its worst case, and more than 150
 * lines of 80 characters, which holds any forward's separator and header block with the note
 * typed above it.
 */
export const LIBRARY_LINE_BUDGET = 1_000_000;

/** Lines the library reads at most: a note typed above a forward and its header block fit many times over. */
export const MAX_LIBRARY_LINES = 300;

/** A line of quote markers and spaces only (an empty line of a quoted original). */
const QUOTE_ONLY = /^[ \t>]*>[ \t>]*$/;

/** A masked line: private-use characters around its index, which no pattern of the library matches. */
const MARKER = /\uE000(\d+)\uE001/g;

/** What the library takes off the start of each line of a forwarded original: quote marks and one space, then a four-space indent. */
const QUOTE_MARKS = /^>+\s?/;
const INDENT = /^ {4}\s?/;

/** The part of `line` the library may take off, kept in front of its marker. */
function strippedPrefix(line: string): string {
  const marks = QUOTE_MARKS.exec(line)?.[0] ?? "";
  return marks + (INDENT.exec(line.slice(marks.length))?.[0] ?? "");
}

export interface MaskedBody {
  /** The body with the lines past the budget replaced by markers. */
  text: string;
  /** Puts the masked lines back into any string the library returned. */
  restore: (text: string) => string;
}

/** The body the library reads, and how to undo the masking in what it returns. */
export function maskForLibrary(body: string, budget = LIBRARY_LINE_BUDGET): MaskedBody {
  const lines = body.split("\n");
  let spent = 0;
  let masked = false;
  /** Each masked line's text behind its marker, by line index. */
  const hidden = new Map<number, string>();
  const shown = lines.map((line, i) => {
    // A line already holding a marker character is masked too, so restoring is exact.
    const repeatsQuoteOnly = i > 0 && QUOTE_ONLY.test(line) && QUOTE_ONLY.test(lines[i - 1]!);
    if (i < MAX_LIBRARY_LINES && spent + line.length * line.length <= budget && !repeatsQuoteOnly && !/[\uE000\uE001]/.test(line)) {
      spent += line.length * line.length;
      return line;
    }
    masked = true;
    const prefix = strippedPrefix(line);
    hidden.set(i, line.slice(prefix.length));
    return `${prefix}\uE000${i}\uE001`;
  });
  if (!masked) return { text: body, restore: (text) => text };
  return { text: shown.join("\n"), restore: (text) => text.replace(MARKER, (_, i: string) => hidden.get(Number(i))!) };
}

/** `result` with every string in it restored (the library returns plain JSON-like objects). */
export function restoreDeep<T>(result: T, restore: (text: string) => string): T {
  if (typeof result === "string") return restore(result) as T;
  if (Array.isArray(result)) return result.map((item) => restoreDeep(item, restore)) as T;
  if (result && typeof result === "object") {
    return Object.fromEntries(Object.entries(result).map(([key, value]) => [key, restoreDeep(value, restore)])) as T;
  }
  return result;
}
