/**
 * One phrase pattern (the notation in phrases.ts) read into a matcher over a sentence's words
 * and the need that rules sentences out before it runs (phrase-needs.ts).
 *
 * Patterns are matched word by word, by small closures that every pattern shares, rather than
 * as regular expressions: V8 compiles each regular expression on its first runs, and the
 * phrase sets' 220 expressions (alternations of a hundred verbs) cost some 100 ms at start-up
 * and a millisecond or more for each one a new note reached first. The closures are the same
 * few functions for every pattern, compiled once; a group of plain words is one Set look-up.
 * The answers are those of the expression the notation stands for: a word item matches one
 * whole word, gaps take any words, and a match may start at any word (test/text/phrases.test.ts
 * checks this against the expressions themselves).
 */
import { anyNeed, wordPart, type Alternative, type Need } from "./phrase-needs.js";

/** "..": room for an adverb or two ("I am really very excited"). */
const SHORT_GAP_WORDS = 3;
/** "...": room for a clause ("sorry that in the second round I rambled"). */
const LONG_GAP_WORDS = 8;

/** One item of a pattern, as written. */
export type Item =
  | { kind: "word"; word: string; prefix: boolean }
  | { kind: "suffix"; suffix: string }
  | { kind: "gap"; max: number }
  | { kind: "number" }
  | { kind: "start" }
  | { kind: "end" }
  | { kind: "not"; alternatives: Item[][] }
  | { kind: "group"; alternatives: Item[][]; optional: boolean };

/** Whether `words` from index `at` on can complete the rest of a pattern. */
type Matcher = (words: readonly string[], at: number) => boolean;

/** A pattern made ready: its matcher over a sentence's words, and the words it needs. */
export interface CompiledPattern {
  /** True when the pattern matches somewhere in the sentence whose words these are. */
  matches(words: readonly string[]): boolean;
  need: Need;
}

/** A suffix item ("*ing", always a match at a "*") and a word item ("help", "help*"), read where they start: sticky, so no item copies the rest of the pattern. */
const SUFFIX_ITEM = /\*([a-z']*)/y;
const WORD_ITEM = /([a-z0-9']+)(\*?)/y;

/** `sticky` matched at `pos` of `text`, or null. */
function readAt(sticky: RegExp, text: string, pos: number): RegExpExecArray | null {
  sticky.lastIndex = pos;
  return sticky.exec(text);
}

/**
 * Reads a pattern in the notation of phrases.ts into its items; throws on a malformed one.
 * Every phrase set is read when its module loads, inside the Worker's start-up time: the
 * reader looks at the pattern in place, item by item.
 */
export function parsePattern(pattern: string): Item[] {
  let pos = 0;
  const seq = (): Item[] => {
    const items: Item[] = [];
    while (pos < pattern.length && pattern[pos] !== "|" && pattern[pos] !== ")") {
      if (pattern[pos] === " ") pos++;
      else items.push(item());
    }
    return items;
  };
  const alternatives = (): Item[][] => {
    pos++; // "("
    const alts = [seq()];
    while (pattern[pos] === "|") {
      pos++;
      alts.push(seq());
    }
    if (pattern[pos++] !== ")") throw new Error(`unclosed group in phrase "${pattern}"`);
    return alts;
  };
  const item = (): Item => {
    switch (pattern[pos]) {
      case ".":
        if (pattern.startsWith("...", pos)) return (pos += 3), { kind: "gap", max: LONG_GAP_WORDS };
        if (pattern.startsWith("..", pos)) return (pos += 2), { kind: "gap", max: SHORT_GAP_WORDS };
        break;
      case "$":
        return pos++, { kind: "end" };
      case "^":
        return pos++, { kind: "start" };
      case "#":
        return pos++, { kind: "number" };
      case "!":
        if (pattern[pos + 1] === "(") return pos++, { kind: "not", alternatives: alternatives() };
        break;
      case "(": {
        const alts = alternatives();
        const optional = pattern[pos] === "?";
        if (optional) pos++;
        return { kind: "group", alternatives: alts, optional };
      }
      case "*": {
        const suffix = readAt(SUFFIX_ITEM, pattern, pos)!;
        return (pos += suffix[0].length), { kind: "suffix", suffix: suffix[1]! };
      }
    }
    const word = readAt(WORD_ITEM, pattern, pos);
    if (!word) throw new Error(`unexpected "${pattern[pos]}" in phrase "${pattern}"`);
    pos += word[0].length;
    return { kind: "word", word: word[1]!, prefix: word[2] === "*" };
  };
  const items = seq();
  if (pos < pattern.length) throw new Error(`unbalanced ")" in phrase "${pattern}"`);
  return items;
}

/** What a sequence of items needs: every need of its items (an optional or negated group, a gap or a wildcard needs nothing). */
function needOf(items: readonly Item[]): Need {
  const need: Need = [];
  for (const item of items) {
    if (item.kind === "word") need.push(wordPart(item.word, item.prefix));
    else if (item.kind === "group" && !item.optional) need.push(...anyNeed(item.alternatives.map(alternativeOf)));
  }
  return need;
}

/** A group's alternative as anyNeed takes it: a lone word as it is, any other its need. */
function alternativeOf(items: readonly Item[]): Alternative {
  const only = items.length === 1 ? items[0]! : null;
  return only?.kind === "word" ? only : needOf(items);
}

const ACCEPT: Matcher = () => true;

const isDigits = (word: string) => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
};

/** The matcher of `items` followed by `next`. */
function sequence(items: readonly Item[], next: Matcher): Matcher {
  let matcher = next;
  for (let i = items.length - 1; i >= 0; i--) matcher = single(items[i]!, matcher);
  return matcher;
}

/** A group's matcher: its plain one-word alternatives as one set, the others each in turn. */
function oneOf(alternatives: readonly Item[][], next: Matcher): Matcher {
  const plain = new Set<string>();
  const others: Matcher[] = [];
  for (const alt of alternatives) {
    const only = alt.length === 1 ? alt[0]! : null;
    if (only?.kind === "word" && !only.prefix) plain.add(only.word);
    else others.push(sequence(alt, next));
  }
  return (words, at) => {
    if (plain.has(words[at]!) && next(words, at + 1)) return true;
    for (const other of others) if (other(words, at)) return true;
    return false;
  };
}

function single(item: Item, next: Matcher): Matcher {
  switch (item.kind) {
    case "word": {
      const { word } = item;
      return item.prefix ? (words, at) => at < words.length && words[at]!.startsWith(word) && next(words, at + 1) : (words, at) => words[at] === word && next(words, at + 1);
    }
    case "suffix": {
      const { suffix } = item;
      return (words, at) => at < words.length && words[at]!.endsWith(suffix) && next(words, at + 1);
    }
    case "number":
      return (words, at) => at < words.length && isDigits(words[at]!) && next(words, at + 1);
    case "gap": {
      const { max } = item;
      return (words, at) => {
        const last = Math.min(at + max, words.length);
        for (let end = at; end <= last; end++) if (next(words, end)) return true;
        return false;
      };
    }
    case "start":
      return (words, at) => at === 0 && next(words, at);
    case "end":
      return (words, at) => at === words.length && next(words, at);
    case "not": {
      const ahead = oneOf(item.alternatives, ACCEPT);
      return (words, at) => !ahead(words, at) && next(words, at);
    }
    case "group": {
      const group = oneOf(item.alternatives, next);
      return item.optional ? (words, at) => group(words, at) || next(words, at) : group;
    }
  }
}

/** Compiles one pattern of the notation in phrases.ts. */
export function compilePattern(pattern: string): CompiledPattern {
  const items = parsePattern(pattern);
  const whole = sequence(items, ACCEPT);
  return {
    matches(words) {
      for (let at = 0; at <= words.length; at++) if (whole(words, at)) return true;
      return false;
    },
    need: needOf(items),
  };
}
