/**
 * What email-forward-parser is given to read. Its ~250 patterns are tried at every line, and
 * some backtrack: `^.+\s*[<[].+[>\]]\s?wrote.+:` once per bracket on a line (a line of L
 * characters costs up to L² steps: 5 ms at 1,000 characters of brackets, 90 ms at 5,000), and
 * `^\s*From\s?:` across a run of quote-only lines (300 lines of ">" cost 77 ms). A forward's
 * separator and header block are short lines near the top, so the library is given the first
 * lines within a budget, and one line of each run of quote-only lines; every other run of lines
 * is replaced by a short marker it cannot match, and put back exactly as it was in whatever it
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

/** Lines the library reads at most: as many as the budget holds of 80 characters, room for a note typed above a forward and its header block (it tries its ~250 patterns at each). */
export const MAX_LIBRARY_LINES = 150;

/** A line of quote markers and spaces only (an empty line of a quoted original). */
const QUOTE_ONLY = /^[ \t>]*>[ \t>]*$/;

/**
 * A masked run of lines on the library's output: what the library left in front of the marker
 * on its line, then private-use characters around the run's first line index, which no pattern
 * of the library matches.
 */
const MARKED = /([^\n\uE000]*?)\uE000(\d+)\uE001/g;

/** What the library takes off the start of each line of a forwarded original: quote marks and one space, then a four-space indent. */
const QUOTE_MARKS = /^>+\s?/;
const INDENT = /^ {4}\s?/;

/** The part of `line` the library may take off, kept in front of its marker. */
function strippedPrefix(line: string): string {
  const marks = QUOTE_MARKS.exec(line)?.[0] ?? "";
  return marks + (INDENT.exec(line.slice(marks.length))?.[0] ?? "");
}

export interface MaskedBody {
  /** The body with the lines past the budget replaced by markers, one per run of them. */
  text: string;
  /** Puts the masked lines back into any string the library returned. */
  restore: (text: string) => string;
}

/** Masked lines side by side with the same prefix, behind one marker. */
interface MaskedRun {
  /** What the library may take off each of them (strippedPrefix), the same for all. */
  prefix: string;
  /** The lines without it. */
  lines: string[];
}

/**
 * The body the library reads, and how to undo the masking in what it returns. The library
 * tries its patterns at every line, so each run of masked lines with the same prefix is one
 * marker line (a 100 KB note of 2,600 lines is then read as some 300, not as 2,600). What the
 * library does to a marker's line it would have done to each line of the run, as they start
 * alike: the prefix it left in front of the marker is put in front of each line restored.
 */
export function maskForLibrary(body: string, budget = LIBRARY_LINE_BUDGET): MaskedBody {
  const lines = body.split("\n");
  let spent = 0;
  /** Each run's lines behind its marker, by the index of the run's first line. */
  const hidden = new Map<number, MaskedRun>();
  let run: MaskedRun | null = null;
  const shown: string[] = [];
  lines.forEach((line, i) => {
    // A line already holding a marker character is masked too, so restoring is exact.
    const repeatsQuoteOnly = i > 0 && QUOTE_ONLY.test(line) && QUOTE_ONLY.test(lines[i - 1]!);
    if (i < MAX_LIBRARY_LINES && spent + line.length * line.length <= budget && !repeatsQuoteOnly && !/[\uE000\uE001]/.test(line)) {
      spent += line.length * line.length;
      run = null;
      shown.push(line);
      return;
    }
    const prefix = strippedPrefix(line);
    if (run?.prefix === prefix) return void run.lines.push(line.slice(prefix.length));
    run = { prefix, lines: [line.slice(prefix.length)] };
    hidden.set(i, run);
    shown.push(`${prefix}\uE000${i}\uE001`);
  });
  if (hidden.size === 0) return { text: body, restore: (text) => text };
  const restoreRun = (_: string, lead: string, index: string) => {
    const { prefix, lines: behind } = hidden.get(Number(index))!;
    // The library only takes a prefix off, so what it left is one of the prefix's endings.
    return lead + behind.join(`\n${prefix.endsWith(lead) ? lead : prefix}`);
  };
  return { text: shown.join("\n"), restore: (text) => text.replace(MARKED, restoreRun) };
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
