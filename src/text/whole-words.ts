/**
 * Finding names (a company, a role title) as whole words in a text without building a regular
 * expression per name. Names come from the owner's facts, so an expression for them is new for
 * every interview, and V8 compiles one with Unicode letter classes and case folding in
 * 0.5–1 ms: more than the rest of a rule costs on a new note. A search with indexOf over the
 * lower-cased text finds the same places in microseconds.
 */

/** A letter or digit of any script: what a whole word may not touch on either side. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(code: number | undefined): boolean {
  if (code === undefined) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** The letter that ends just before `at` (a surrogate pair read whole), if any. */
function letterBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.codePointAt(at - 2) : code;
}

const isSpace = (ch: string) => ch === " " || /\s/.test(ch);

/**
 * `text` lower-cased letter by letter, so that each index still points at the same letter:
 * toLowerCase lengthens a few letters ("İ"), which are then left as they are.
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Where `words` (lower case) are written from `at` on, any run of white space between them: the end, or -1. */
function wordsEndAt(lower: string, at: number, words: readonly string[]): number {
  let i = at;
  for (const [n, word] of words.entries()) {
    if (n > 0) {
      const spaced = i;
      while (i < lower.length && isSpace(lower[i]!)) i++;
      if (i === spaced) return -1;
    }
    if (!lower.startsWith(word, i)) return -1;
    i += word.length;
  }
  return i;
}

/** A set of names to look for: each as its lower-case words. Build once per set of names. */
export interface WholeWordNames {
  /** Longest name first, as a regular expression's alternatives would be tried. */
  readonly names: readonly (readonly string[])[];
}

/** The names to look for; names made of nothing but white space are dropped. */
export function wholeWordNames(names: readonly string[]): WholeWordNames {
  const split = names.map((n) => n.toLowerCase().trim().split(/\s+/).filter(Boolean)).filter((w) => w.length > 0);
  const length = (words: readonly string[]) => words.join(" ").length;
  return { names: split.sort((a, b) => length(b) - length(a)) };
}

/** Each place from which `words` are written as whole words in `lower`, with where they end. */
function* occurrences(lower: string, words: readonly string[]): Generator<{ start: number; end: number }> {
  const first = words[0]!;
  for (let at = lower.indexOf(first); at !== -1; at = lower.indexOf(first, at + 1)) {
    if (isLetterOrDigit(letterBefore(lower, at))) continue;
    const end = wordsEndAt(lower, at, words);
    if (end !== -1 && !isLetterOrDigit(lower.codePointAt(end))) yield { start: at, end };
  }
}

/**
 * Every place in `text` where one of `set`'s names is written as whole words, case-insensitively,
 * left to right without overlaps: at each place the longest name that fits is taken, as
 * `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` with the flags giu would take it.
 * Linear in the text for each name.
 */
export function findWholeWords(text: string, set: WholeWordNames): Array<{ start: number; end: number }> {
  if (set.names.length === 0) return [];
  const lower = lowerInPlace(text);
  const found = set.names.flatMap((words, rank) => [...occurrences(lower, words)].map((o) => ({ ...o, rank })));
  found.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const taken: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const { start, end } of found) {
    if (start < from) continue;
    taken.push({ start, end });
    from = end;
  }
  return taken;
}

/** `text` with each of `set`'s names written in it replaced by as many spaces, so offsets still hold. */
export function blankWholeWords(text: string, set: WholeWordNames): string {
  let out = "";
  let from = 0;
  for (const { start, end } of findWholeWords(text, set)) {
    out += text.slice(from, start) + " ".repeat(end - start);
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when `text` holds one of `set`'s names as whole words. */
export function hasWholeWords(text: string, set: WholeWordNames): boolean {
  const lower = lowerInPlace(text);
  return set.names.some((words) => !occurrences(lower, words).next().done);
}
