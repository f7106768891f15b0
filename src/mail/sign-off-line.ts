/**
 * A whole line that is a sign-off, optionally followed by the writer's name: "Best,", "Kind
 * regards, Jordan Lee", "Mit freundlichen Grüßen". Read phrase by phrase from named tables,
 * with the names' words matched by one small pattern.
 *
 * It was three regular expressions over the same alternation of every phrase, under the "iu"
 * flags: 3.9 ms of the Worker's start-up to compile, where reading the line takes microseconds
 * (docs/performance.md). The answers are those expressions' (test/mail/sign-off-line.test.ts
 * holds the two to the same answers): letters compare as the "i" and "u" flags compare them,
 * phrase words are separated by any run of white space (`\s`), and a name follows as before.
 */

/** Closings a qualifier may come before: "regards", "kind regards", "with best wishes", "bestregards". */
const CLOSINGS = ["regards", "wishes", "thanks"];
const QUALIFIERS = ["best", "kind", "warm", "warmest", "many", "all the best", "kindest", "sincere", "thanks and", "thank you and"];

/** Whole sign-off phrases. */
const PHRASES = [
  "best", "cheers", "sincerely", "yours sincerely", "yours truly", "sincerely yours", "respectfully", "gratefully",
  "thanks", "thanks again", "thanks so much", "thanks very much",
  "thank you", "thank you again", "thank you so much", "thank you very much",
  "many thanks", "all the best", "warmly", "with gratitude", "take care", "talk soon", "speak soon", "looking forward",
  "mit freundlichen grüßen", "viele grüße", "beste grüße", "cordialement", "bien à vous", "saludos", "atentamente",
  "cordiali saluti", "met vriendelijke groet",
];

/** The tables' phrases as words, filed by their first letter: a line is read only against those its letter can start. */
type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>;
function byFirstLetter(phrases: readonly string[]): Phrases {
  const filed = new Map<string, string[][]>();
  for (const phrase of phrases) filed.set(phrase[0]!, [...(filed.get(phrase[0]!) ?? []), phrase.split(" ")]);
  return filed;
}
const CLOSING_WORDS = byFirstLetter(CLOSINGS);
const QUALIFIER_WORDS = byFirstLetter(QUALIFIERS);
const PHRASE_WORDS = byFirstLetter(PHRASES);
const WITH_WORDS = ["with"];

/** What may stand between the phrase and the name ("Best,", "Thanks!"), and before the name ("Best - Jordan"). */
const END_MARKS = ",.!";
const NAME_MARKS = ",\u2013\u2014-";
/** The name is one to this many words. */
const MAX_NAME_WORDS = 4;
/** One word of a name: a capital (any cased letter, as "i" reads it), then letters, apostrophes, dots and hyphens. */
const NAME_WORD = /\p{Lu}[\p{L}'’.-]*/iuy;
const SPACE = /\s/;

/** A character as the "iu" flags compare it, for the letters of the tables: simple case folding. */
const folded = (c: string) => (c === "\u017f" ? "s" : c.toLowerCase());

/** The offset past the white space at `at`. */
function pastSpace(line: string, at: number): number {
  while (at < line.length && SPACE.test(line[at]!)) at++;
  return at;
}

/** The offset past a phrase's `words` read at `at` (separated by white space), or -1. */
function pastPhrase(line: string, at: number, words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      const spaced = pastSpace(line, at);
      if (spaced === at) return -1;
      at = spaced;
    }
    const word = words[i]!;
    for (let k = 0; k < word.length; k++, at++) if (at >= line.length || folded(line[at]!) !== word[k]) return -1;
  }
  return at;
}

/** The ends of those of `phrases` that can be read at `at`, onto `ends`. */
function pushEnds(ends: number[], line: string, at: number, phrases: Phrases): void {
  if (at >= line.length) return;
  for (const phrase of phrases.get(folded(line[at]!)) ?? []) {
    const end = pastPhrase(line, at, phrase);
    if (end >= 0) ends.push(end);
  }
}

/** Every offset at which a sign-off phrase that starts the line can end. */
function phraseEnds(line: string): number[] {
  const ends: number[] = [];
  pushEnds(ends, line, 0, PHRASE_WORDS);
  // "(with) (qualifier) closing": each of "with" and the qualifier may be left out.
  const starts = [0];
  const withEnd = pastPhrase(line, 0, WITH_WORDS);
  const afterWith = withEnd < 0 ? -1 : pastSpace(line, withEnd);
  if (afterWith > withEnd) starts.push(afterWith);
  for (const start of starts) {
    const qualified = [start];
    pushEnds(qualified, line, start, QUALIFIER_WORDS);
    for (const before of qualified) pushEnds(ends, line, pastSpace(line, before), CLOSING_WORDS);
  }
  return ends;
}

/** True when what follows a phrase ending at `at` is a mark at most and a name of up to MAX_NAME_WORDS words. */
function endsWithName(line: string, at: number): boolean {
  if (at < line.length && END_MARKS.includes(line[at]!)) at++;
  if (at === line.length) return true;
  at = pastSpace(line, at);
  if (at < line.length && NAME_MARKS.includes(line[at]!)) at++;
  at = pastSpace(line, at);
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    if (words > 0) {
      const spaced = pastSpace(line, at);
      if (spaced === at) return false;
      at = spaced;
    }
    NAME_WORD.lastIndex = at;
    const word = NAME_WORD.exec(line);
    if (!word) return false;
    at += word[0].length;
    if (at === line.length) return true;
  }
  return false;
}

/** True when `line` is a sign-off, optionally followed by a mark and the writer's name ("Best, Jordan"). */
export function isSignOffLine(line: string): boolean {
  return phraseEnds(line).some((end) => endsWithName(line, end));
}
