/**
 * "my SQL background would suit the role", "my three years chairing the practice council have
 * prepared me": a named strength of the writer's linked to the job, read word by word over a
 * normalised sentence (phrases.ts: lower case, words separated by single spaces).
 *
 * It was one regular expression whose optional gap and optional words V8 copies out before
 * compiling, so that its link words were compiled several times over: 2.3 ms of the Worker's
 * start-up, for a pattern that takes microseconds to run (docs/performance.md). The words
 * below are that expression's; test/text/linked-strength.test.ts holds the two to the same
 * answers.
 */
import { wordsOf } from "./phrases.js";

/** The strength is one to this many words after "my". */
const MAX_STRENGTH_WORDS = 12;

/** The verb that links it: "my background would …", "my years there have …". */
const LINK_VERBS = new Set(["would", "will", "could", "should", "can", "has", "have", "had", "is", "are"]);

/** Words allowed between the verb and what it links to ("would really help", "has also prepared"). */
const MAX_GAP_WORDS = 2;

/** What the strength does for the job: "help", "prepared", "useful", "transferable". */
const LINK_WORDS = new Set([
  "help", "translate", "transfer", "let", "allow", "enable", "prepare", "prepared", "equip", "equipped", "position",
  "positioned", "suit", "serve", "carry", "apply", "useful", "valuable", "applicable", "transferable",
]);

/** Any word that starts so: "relevant", "relevance". */
const LINK_STEM = "relev";

/** Or what the strength is: "an asset", "a real strength", "a big plus". */
const ARTICLES = new Set(["a", "an"]);
const DEGREES = new Set(["real", "big", "great", "good"]);
const WORTH = new Set(["asset", "strength", "plus", "benefit", "advantage", "bonus"]);

/** A word up to its first apostrophe: a link word ends where a word character no longer follows ("help's" links, "helpful" does not). */
const head = (word: string | undefined) => (word === undefined ? undefined : word.split("'", 1)[0]!);

/** True when what the strength does for the job starts at words[at]. */
function linksAt(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word === undefined) return false;
  if (LINK_WORDS.has(head(word)!) || word.startsWith(LINK_STEM)) return true;
  if (word === "give") return head(words[at + 1]) === "me";
  if (word === "set") return words[at + 1] === "me" && head(words[at + 2]) === "up";
  let noun = at;
  if (ARTICLES.has(words[noun]!)) noun++;
  if (DEGREES.has(words[noun]!)) noun++;
  return WORTH.has(head(words[noun])!);
}

/**
 * The strength of the first "my …" that links one to the job, its words each followed by a
 * space (as the expression captured them), with as few words as link; undefined when none does.
 */
export function linkedStrength(normalized: string): string | undefined {
  const words = wordsOf(normalized).list;
  for (let my = 0; my < words.length; my++) {
    if (words[my] !== "my") continue;
    for (let verb = my + 2; verb <= my + 1 + MAX_STRENGTH_WORDS && verb < words.length; verb++) {
      if (!LINK_VERBS.has(words[verb]!)) continue;
      for (let gap = 0; gap <= MAX_GAP_WORDS; gap++) {
        if (linksAt(words, verb + 1 + gap)) return `${words.slice(my + 1, verb).join(" ")} `;
      }
    }
  }
  return undefined;
}
