/**
 * The words a phrase pattern cannot match without (see phrases.ts), tested before its regular
 * expression. A phrase set's expressions are large (alternations of a hundred verbs) and V8
 * compiles each on its first runs: most of a fresh Worker's first check went there, for
 * patterns that could never match the note ("sorry … rambled" in a note without either word).
 * A need only ever rules a match out, so a set's answers are exactly the expressions' answers.
 */
import { isFunctionWord } from "./stopwords.js";

/** Satisfied when the sentence has one of `words`, a word starting with one of `prefixes`, or every need of one of `all`. */
export interface AnyOf {
  words: Set<string>;
  prefixes: string[];
  all: Need[];
}

/** Satisfied when every one of its parts is; the empty need (a pattern of gaps and wildcards) always is. */
export type Need = AnyOf[];

/**
 * Longest word prefix compared: a sentence's words are looked up by their prefixes up to this
 * length (a 10 000-letter "word" must not make 10 000 look-ups), and a longer prefix need is
 * cut to it, which only weakens it ("appreciat*" needs a word starting "appreciat", so one
 * starting "apprecia" too).
 */
const MAX_PREFIX_CHARS = 8;

/** A word prefix of a pattern ("appreciat*") as it is compared: cut to MAX_PREFIX_CHARS. */
const prefixKey = (word: string) => word.slice(0, MAX_PREFIX_CHARS);

/** Adds one literal word of a pattern, or a word prefix ("help*"), to `part`; returns `part`. */
function addWord(part: AnyOf, word: string, prefix: boolean): AnyOf {
  if (prefix) part.prefixes.push(prefixKey(word));
  else part.words.add(word);
  return part;
}

/** The need part of one literal word of a pattern, or of a word prefix ("help*"). */
export function wordPart(word: string, prefix: boolean): AnyOf {
  return addWord({ words: new Set(), prefixes: [], all: [] }, word, prefix);
}

/** True when a need part names no function word ("a", "the", "of", "i"): such a part says most about a sentence. */
const telling = (any: AnyOf) => ![...any.words].some(isFunctionWord);

/**
 * The part of `need` to file it under, or to stand for it in a group: its last part of plain
 * words and prefixes that names no function word, else its last part of plain words and
 * prefixes ("i (have|had) … (led|built|…)" is filed under the verbs, "a gift" under "gift").
 */
function keyPart(need: Need): AnyOf | undefined {
  const plain = need.filter((any) => any.all.length === 0);
  return plain.filter(telling).at(-1) ?? plain.at(-1);
}

/** One alternative of a group: a lone word or word prefix ("help*"), or the need of a longer alternative. */
export type Alternative = { word: string; prefix: boolean } | Need;

/**
 * The need of a group of alternatives: one of them must be met. An alternative that needs
 * nothing makes the whole group need nothing. A many-part alternative ("gift card") is
 * represented by its key part alone ("card"): a weaker need, still always met when the
 * alternative matches, and the group stays one flat set of words, tested in one go. A lone
 * word goes into that set as it is: groups list up to a hundred verbs, and every pattern is
 * read when its module loads.
 */
export function anyNeed(alternatives: readonly Alternative[]): Need {
  const any: AnyOf = { words: new Set(), prefixes: [], all: [] };
  for (const alternative of alternatives) {
    if (!Array.isArray(alternative)) {
      addWord(any, alternative.word, alternative.prefix);
      continue;
    }
    if (alternative.length === 0) return [];
    const part = alternative.length === 1 ? alternative[0]! : keyPart(alternative);
    if (!part) {
      any.all.push(alternative);
      continue;
    }
    for (const word of part.words) any.words.add(word);
    any.prefixes.push(...part.prefixes);
    any.all.push(...part.all);
  }
  return [any];
}

/** A normalised sentence's words, for testing needs against. */
export interface SentenceWords {
  list: readonly string[];
  set: ReadonlySet<string>;
}

/**
 * The words of a normalize()d sentence (" folded words separated by single spaces "). Their
 * prefixes are not kept: sentences' words are remembered across checks, and a set of every
 * prefix of every word was most of what each one held (and so of what every young-generation
 * collection had to copy); a prefix need is a startsWith over a sentence's twenty words instead.
 */
export function sentenceWords(normalized: string): SentenceWords {
  const trimmed = normalized.trim();
  const list = trimmed === "" ? [] : trimmed.split(" ");
  return { list, set: new Set(list) };
}

function meets(any: AnyOf, words: SentenceWords): boolean {
  // Look the smaller side up in the larger: a group may list a hundred verbs, a sentence has twenty words.
  if (any.words.size > words.list.length) {
    for (const word of words.list) if (any.words.has(word)) return true;
  } else {
    for (const word of any.words) if (words.set.has(word)) return true;
  }
  for (const prefix of any.prefixes) for (const word of words.list) if (word.startsWith(prefix)) return true;
  return any.all.some((need) => holds(need, words));
}

/** True when a sentence with `words` may match a pattern with this need. */
export function holds(need: Need, words: SentenceWords): boolean {
  for (const any of need) if (!meets(any, words)) return false;
  return true;
}

/**
 * Every index's needs, filed under their key words and prefixes in one place: a sentence's
 * words are looked up once for all indexes, not once per phrase set (a check runs some sixty
 * sets over each sentence). Each entry is a flat list of pairs: index id, need number.
 */
const byWord = new Map<string, number[]>();
let indexes = 0;

/** A filed prefix and its entries. */
interface FiledPrefix {
  prefix: string;
  entries: number[];
}

/**
 * The filed prefixes by their first character, shortest first: the phrase sets file some fifty
 * prefixes, at most a handful per first letter, so a sentence's word is compared with those few
 * (startsWith) instead of cutting and looking up each of its first eight prefixes.
 */
const prefixesByFirst = new Map<number, FiledPrefix[]>();

function filePrefix(prefix: string, id: number, i: number): void {
  const first = prefix.charCodeAt(0);
  let list = prefixesByFirst.get(first);
  if (!list) prefixesByFirst.set(first, (list = []));
  const filed = list.find((p) => p.prefix === prefix);
  if (filed) return void filed.entries.push(id, i);
  const longer = list.findIndex((p) => p.prefix.length > prefix.length);
  list.splice(longer === -1 ? list.length : longer, 0, { prefix, entries: [id, i] });
}

const NO_PREFIXES: readonly FiledPrefix[] = [];

/**
 * A sentence's candidates per index id, with the number of indexes they were found for: an
 * index made later (a test's own phrase set) files more words, so the candidates are found again.
 */
interface Anchors {
  indexes: number;
  candidates: (number[] | undefined)[];
}

/** Anchors per sentence's words (an object the phrase matcher remembers per sentence), found on first use. */
const anchorsOf = new WeakMap<SentenceWords, Anchors>();

function candidatesOf(words: SentenceWords): (number[] | undefined)[] {
  const known = anchorsOf.get(words);
  if (known && known.indexes === indexes) return known.candidates;
  const candidates: (number[] | undefined)[] = [];
  const add = (entries: readonly number[] | undefined) => {
    if (!entries) return;
    for (let k = 0; k < entries.length; k += 2) (candidates[entries[k]!] ??= []).push(entries[k + 1]!);
  };
  for (const word of words.set) {
    add(byWord.get(word));
    // A need filed under several of the sentence's prefixes is tried once all the same (needIndex).
    for (const filed of prefixesByFirst.get(word.charCodeAt(0)) ?? NO_PREFIXES) if (word.startsWith(filed.prefix)) add(filed.entries);
  }
  anchorsOf.set(words, { indexes, candidates });
  return candidates;
}

/**
 * Finds whether a sentence meets one of `needs` for which `test` holds, without testing each
 * need: every need is filed under the words of its key part, so a sentence looks up only its
 * own words, and `test` runs (once per need) only for those candidates. A need with no such
 * part is always a candidate. Order does not matter: the answer is "some candidate passes".
 */
export function needIndex(needs: readonly Need[]): (words: SentenceWords, test: (index: number) => boolean) => boolean {
  const id = indexes++;
  const always: number[] = [];
  needs.forEach((need, i) => {
    const anchor = keyPart(need);
    if (!anchor) return void always.push(i);
    for (const word of anchor.words) {
      const entries = byWord.get(word);
      if (entries) entries.push(id, i);
      else byWord.set(word, [id, i]);
    }
    for (const prefix of anchor.prefixes) filePrefix(prefix, id, i);
  });
  // The call each need was last tried in: a need filed under several of a sentence's words is
  // tried once, with no per-call allocation (this runs for every sentence and phrase set).
  const triedIn = new Float64Array(needs.length);
  let call = 0;
  return (words, test) => {
    const current = ++call;
    const anyPasses = (ids: readonly number[] | undefined) => {
      if (ids) {
        for (const i of ids) {
          if (triedIn[i] === current) continue;
          triedIn[i] = current;
          if (test(i)) return true;
        }
      }
      return false;
    };
    return anyPasses(always) || anyPasses(candidatesOf(words)[id]);
  };
}
