/**
 * "Does this word start with a capital?", asked of most words of a note by several rules. An
 * ASCII first character is tested on its code; only other text goes to the Unicode property
 * regex (most words are ASCII, and the regex costs more per call).
 */

/** True when `word` starts with an upper-case letter ("Priya", "Émile"). */
export function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(word);
}

/** True when `word` starts with an upper-case letter or a digit, as names do ("Northwind", "3M"). */
export function startsUpperCaseOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : /^[\p{Lu}\p{N}]/u.test(word);
}

/** True when `text` has no capital letter at all: its writer types names in lower case too ("hi priya", "the seneca"). */
export function writesWithoutCapitals(text: string): boolean {
  return !/\p{Lu}/u.test(text);
}
