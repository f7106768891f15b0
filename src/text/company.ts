/**
 * Company names in notes, compared on a key that ignores how a name is punctuated: "&", "+"
 * and "and"; "St.", "St" and "Saint"; dots ("Fareway.io"), hyphens and apostrophes; a leading
 * "The"; legal suffixes ("Inc.", "Ltd", "GmbH"); and a possessive ("Marlow & Quince's").
 * Word tokens drop "&" and split at dots, so company runs are read with their own tokens.
 */
import { doubleMetaphone } from "double-metaphone";
import { startsUpperCaseOrDigit } from "./capitals.js";
import { fold } from "./fold.js";
import { memoizeForCheck } from "./memo.js";

/** A word of a company run as written, with its comparison forms ("St." → "st", "&" → "and"). */
export interface CompanyToken {
  text: string;
  /** Folded: "brigid's", "fareway.io", "and" for "&". */
  key: string;
  /** Letters and digits of the key ("brigids", "farewayio"). */
  plain: string;
  /** `plain` without a possessive ("brigid"). */
  bare: string;
  /** Starts with a capital or a digit, as names do. */
  capital: boolean;
  start: number;
  end: number;
}

/** Consecutive tokens of the note that may spell a company name. */
export interface CompanyRun {
  tokens: CompanyToken[];
  key: string;
  start: number;
  end: number;
}

/** Words with inner dots, apostrophes and hyphens ("Fareway.io", "Aldhelm's", "Coca-Cola"), and "&" / "+". */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019.\-][\p{L}\p{M}\p{N}]+)*|[&+]/gu;

/** Endings that name a company's legal form, not the company; dropped from the end of a key. */
const LEGAL_SUFFIXES = new Set([
  "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "ag", "corp", "corporation", "co",
  "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty", "pte", "kg", "oy", "ab", "as",
]);

/** Abbreviations of this many letters or fewer may carry a dot inside a name ("St. Brigid's", "Co."). */
const MAX_ABBREVIATION = 3;

/** Keys that are letters and digits only, the common case: nothing to strip, no Unicode regex needed. */
const PLAIN_ASCII = /^[a-z0-9]*$/;

const letters = (key: string) => (PLAIN_ASCII.test(key) ? key : key.replace(/[^\p{L}\p{N}]/gu, ""));


function toToken(text: string, start: number): CompanyToken {
  const folded = fold(text);
  const key = folded === "&" || folded === "+" ? "and" : folded === "saint" ? "st" : folded;
  const plain = letters(key);
  // Only a key ending in "'s" has a bare form different from its plain one.
  const bare = key.endsWith("'s") ? letters(key.slice(0, -2)) : plain;
  return { text, key, plain, bare, capital: startsUpperCaseOrDigit(text), start, end: start + text.length };
}

/** The tokens of `text` a company name can be made of, remembered for the check: its names and the phrases naming employers recur. */
export const companyTokens: (text: string) => readonly CompanyToken[] = memoizeForCheck(readCompanyTokens);

/**
 * companyTokens without remembering, for a whole note: wrong-company reads a note's tokens
 * once, into its runs.
 */
export function readCompanyTokens(text: string): CompanyToken[] {
  // An exec loop, not [...matchAll].map: no intermediate array of match objects on every check.
  const tokens: CompanyToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push(toToken(m[0], m.index));
  return tokens;
}

/**
 * The comparison key of a run of tokens: no leading "the", no trailing legal suffix, no
 * possessive, letters and digits only ("The Larkspur Group" → "larkspurgroup").
 */
export function companyKey(tokens: readonly CompanyToken[]): string {
  let from = 0;
  let to = tokens.length;
  while (to - from > 1 && tokens[from]!.key === "the") from++;
  while (to - from > 1 && LEGAL_SUFFIXES.has(tokens[to - 1]!.plain)) to--;
  let key = "";
  for (let i = from; i < to - 1; i++) key += tokens[i]!.plain;
  return key + (tokens[to - 1]?.bare ?? "");
}

/** True when the gap between two tokens keeps them in one name: spaces, one line break, a dot after an abbreviation, a comma before a legal suffix. */
function joins(text: string, left: CompanyToken, right: CompanyToken): boolean {
  // One space, the usual gap, without slicing or regexes.
  if (right.start === left.end + 1 && text.charCodeAt(left.end) === 0x20) return true;
  const gap = text.slice(left.end, right.start);
  if (/^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/.test(gap)) return true;
  if (/^\.[ \t\u00a0]+$/.test(gap)) return left.plain.length <= MAX_ABBREVIATION;
  return /^,[ \t\u00a0]+$/.test(gap) && LEGAL_SUFFIXES.has(right.plain);
}

/**
 * Every run of 1..`maxSize` joined tokens, except runs that start with "the" or "and" (the run
 * after it is the name), in order of start then size. `keep(first, last)` may drop runs by
 * their end tokens before their key is built: building every run's key is most of the cost.
 */
export function companyRuns(
  text: string,
  tokens: readonly CompanyToken[],
  maxSize: number,
  keep: (first: CompanyToken, last: CompanyToken) => boolean = () => true,
): CompanyRun[] {
  const joined = tokens.map((t, i) => i + 1 < tokens.length && joins(text, t, tokens[i + 1]!));
  const runs: CompanyRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.key === "the" || first.key === "and") continue;
    for (let size = 1; size <= maxSize && i + size <= tokens.length; size++) {
      if (size > 1 && !joined[i + size - 2]) break;
      const last = tokens[i + size - 1]!;
      if (!keep(first, last)) continue;
      const run = tokens.slice(i, i + size);
      runs.push({ tokens: run, key: companyKey(run), start: first.start, end: last.end });
    }
  }
  return runs;
}

/** True when two keys sound alike (Double Metaphone): "Bridget" for "Brigid", "Feenix" for "Phoenix". */
export function soundsAlike(a: string, b: string): boolean {
  const codes = new Set(doubleMetaphone(a));
  return doubleMetaphone(b).some((code) => code !== "" && codes.has(code));
}
