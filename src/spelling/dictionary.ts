/**
 * Dictionary look-ups straight over the generated sorted word string, without building a Set
 * or an array at start-up: a Worker has a few milliseconds of CPU per message. Each look-up
 * is a binary search over the lines of the block of words sharing the key's first two
 * letters; a block's line offsets are found the first time it is searched, then remembered.
 */
import { COMMON_WORDS, WORDS } from "./words.generated.js";

interface Block {
  from: number;
  to: number;
}

/** Compares the line words[start, end) with `key` in code-unit order, without slicing. */
function compareLine(words: string, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const diff = words.charCodeAt(start + i) - key.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return end - start - key.length;
}

/** Offset of the first line in [from, to) of `words` that sorts at or after `key` (`to` if none). */
function lowerBound(words: string, key: string, from = 0, to = words.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // lo is always a line start, so the line holding `mid` starts at or after lo.
    const start = Math.max(lo, words.lastIndexOf("\n", mid - 1) + 1);
    const newline = words.indexOf("\n", start);
    const end = newline < 0 ? words.length : newline;
    if (compareLine(words, start, end, key) < 0) lo = end + 1;
    else hi = start;
  }
  return Math.min(lo, to);
}

/** A sorted word list whose two-letter blocks get a line-offset index the first time they are searched. */
class WordList {
  private readonly blocks = new Map<string, Int32Array>();
  constructor(private readonly words: string) {}

  /** The offsets of the words starting with `prefix` (a contiguous block of lines). */
  private range(prefix: string): Block {
    const from = lowerBound(this.words, prefix);
    return { from, to: lowerBound(this.words, `${prefix}\uffff`, from) };
  }

  /** Line start offsets of the two-letter block `key`, with the block's end offset last. */
  private lines(key: string): Int32Array {
    let lines = this.blocks.get(key);
    if (lines) return lines;
    const { from, to } = this.range(key);
    const starts = [from];
    for (let at = this.words.indexOf("\n", from); at >= 0 && at < to; at = this.words.indexOf("\n", at + 1)) starts.push(at + 1);
    if (starts[starts.length - 1]! < to) starts.push(to + 1);
    lines = Int32Array.from(starts);
    this.blocks.set(key, lines);
    return lines;
  }

  has(word: string): boolean {
    if (!word) return false;
    const lines = this.lines(word.slice(0, 2));
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const cmp = compareLine(this.words, lines[mid]!, lines[mid + 1]! - 1, word);
      if (cmp === 0) return true;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  startingWith(prefix: string): string[] {
    const { from, to } = this.range(prefix);
    return to > from ? this.words.slice(from, to).replace(/\n$/, "").split("\n") : [];
  }
}

const all = new WordList(WORDS);
const common = new WordList(COMMON_WORDS);

/** True when `word` (folded, lower case, letters only) is an English word. */
export function hasWord(word: string): boolean {
  return all.has(word);
}

/** True when `word` is among the most frequent English words (for ranking suggestions). */
export function isCommonWord(word: string): boolean {
  return common.has(word);
}

/** The dictionary words that start with `prefix`, in order. */
export function wordsStartingWith(prefix: string): string[] {
  return all.startingWith(prefix);
}
