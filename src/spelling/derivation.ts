/**
 * Regular inflections and derivations of known words that SCOWL does not list ("geeking",
 * "dashboarded", "favourited"): SCOWL lists the forms of the words it knows as verbs, so a
 * noun used as a verb in office speech is missing. Such a form is accepted only when it is
 * spelled by English's regular rules AND the dictionary lists no other spelling of the same
 * base + suffix: "occured" is occur + ed, but "occurred" is listed, so it stays a typo.
 */
import { hasWord } from "./dictionary.js";

/** Suffixes a known base may take. */
const SUFFIXES = ["ing", "ed", "s", "er", "ers", "est", "ly", "ness"] as const;
type Suffix = (typeof SUFFIXES)[number];

/** Shortest base considered: shorter stems make accidental words of typos ("thi" + "er" for "thier"). */
const MIN_BASE_LENGTH = 4;

/** A final consonant after a single vowel doubles before a vowel suffix in many verbs ("chat" → "chatting"). */
const DOUBLES = /(?:^|[^aeiou])[aeiou][bdgklmnprtvz]$/;

/** Every regular way `base` + `suffix` is spelled (all of them: English doubles only stressed endings). */
export function spellings(base: string, suffix: Suffix): string[] {
  const out = [base + suffix];
  const vowelSuffix = /^[aeiou]/.test(suffix);
  if (vowelSuffix && base.endsWith("e")) out.push(base.slice(0, -1) + suffix);
  if (suffix === "ed" && base.endsWith("e")) out.push(`${base}d`);
  if (vowelSuffix && DOUBLES.test(base)) out.push(base + base[base.length - 1] + suffix);
  if (/[^aeiou]y$/.test(base) && suffix !== "ing") out.push(`${base.slice(0, -1)}i${suffix === "s" ? "es" : suffix}`);
  if (suffix === "s") out.push(`${base}es`);
  if (suffix === "er" || suffix === "ers" || suffix === "est") {
    if (base.endsWith("e")) out.push(base + suffix.slice(1));
  }
  if (suffix === "ly") {
    if (base.endsWith("le")) out.push(`${base.slice(0, -1)}y`);
    if (base.endsWith("ic")) out.push(`${base}ally`);
    if (base.endsWith("ue")) out.push(`${base.slice(0, -1)}ly`); // true → truly, due → duly
  }
  return out;
}

/** The bases `word` may be `suffix` added to, by undoing each spelling rule. */
function basesOf(word: string, suffix: Suffix): string[] {
  const ends = suffix === "s" ? ["es", "s"] : suffix === "ed" ? ["ed", "d"] : [suffix];
  const bases = new Set<string>();
  for (const end of ends) {
    if (!word.endsWith(end)) continue;
    const stem = word.slice(0, -end.length);
    bases.add(stem);
    bases.add(`${stem}e`);
    if (/(.)\1$/.test(stem)) bases.add(stem.slice(0, -1));
    if (stem.endsWith("i")) bases.add(`${stem.slice(0, -1)}y`);
    if (suffix === "ly" && stem.endsWith("ical")) bases.add(stem.slice(0, -2));
  }
  return [...bases].filter(Boolean);
}

/**
 * True when `word` is a known base (per `known`) plus a regular suffix, and no base it could
 * come from has that suffix listed under another spelling (which would make `word` a typo of it:
 * "stoped" → "stopped", "writting" → "writing", "truely" → "truly").
 */
export function isRegularDerivation(word: string, known: (base: string) => boolean): boolean {
  return SUFFIXES.some((suffix) => {
    const bases = basesOf(word, suffix).filter((base) => hasWord(base) || known(base));
    // A short base may still show the typo ("run" → "running" for "runing"), but never licenses a word.
    if (!bases.some((base) => base.length >= MIN_BASE_LENGTH && spellings(base, suffix).includes(word))) return false;
    return bases.every((base) => spellings(base, suffix).every((form) => form === word || !hasWord(form)));
  });
}
