/**
 * The word shapes SCOWL does not list but a writer may rightly use: inflections of words it
 * lacks, British/American spellings of them, and prefixed compounds ("rebookings").
 */

/** Suffixes stripped to find an inflected word's base, each with the endings to restore. */
const INFLECTIONS: ReadonlyArray<readonly [suffix: string, restore: readonly string[]]> = [
  ["ies", ["y"]],
  ["es", ["", "e"]],
  ["s", [""]],
  ["ied", ["y"]],
  ["ed", ["", "e"]],
  ["ing", ["", "e"]],
  ["ers", ["", "e"]],
  ["er", ["", "e"]],
];

/** Shortest base an inflection may be stripped to: shorter stems make too many accidental words. */
const MIN_STEM_LENGTH = 2;

/** Candidate base forms of an inflected word ("timeboxed" → "timebox", "hotfixes" → "hotfix"). */
export function inflectionBases(word: string): string[] {
  const bases: string[] = [];
  for (const [suffix, restores] of INFLECTIONS) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < MIN_STEM_LENGTH) continue;
    for (const restore of restores) bases.push(stem + restore);
    // A final consonant doubled before the suffix ("kanbanned" → "kanban").
    if (/(.)\1$/.test(stem)) bases.push(stem.slice(0, -1));
  }
  return bases;
}

/** British ↔ American respellings that change a word's ending. */
const RESPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/iz(e|es|ed|ing|ation|ations|er|ers)$/, "is$1"],
  [/yse(s|d)?$/, "yze$1"],
  [/yze(s|d)?$/, "yse$1"],
  [/our(s|ed|ing|ful|able)?$/, "or$1"],
  [/or(s|ed|ing|ful|able)?$/, "our$1"],
];

/** The word spelled the other side of the Atlantic, where an ending rule applies. */
export function respellings(word: string): string[] {
  return RESPELLINGS.filter(([pattern]) => pattern.test(word)).map(([pattern, replacement]) => word.replace(pattern, replacement));
}

/** Prefixes that form closed compounds with any word ("rebook", "coauthor", "nonprofit", "unmute", "deprioritize", "anticoagulation"). */
const COMPOUND_PREFIX = /^(re|de|un|pre|co|non|multi|micro|auto|cross|sub|inter|self|anti|over|under|post|semi|mid|counter|super|hyper|ultra|intra|trans|tele|mini)([a-z]{4,})$/;

/** The word after a compounding prefix, or null ("rebookings" → "bookings"). */
export function afterPrefix(word: string): string | null {
  return COMPOUND_PREFIX.exec(word)?.[2] ?? null;
}
