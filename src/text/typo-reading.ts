/**
 * Reading a hurried writer's slips as the words meant, for the phrase sets where a slip must
 * not hide what the note says ("im very intrested in the role", "my experiance on two
 * schools"). A word is read as another only when it is unknown, typed in lower case (a
 * capitalised one is as often a name) and one slip (an edit or a swap) from a word those
 * phrasings use, so the look-up is a few comparisons, not a dictionary search. The spelling
 * rule reports the slip itself.
 */
import { knownIn, runTogether } from "../spelling/checker.js";
import { editDistance } from "../spelling/edit-distance.js";

/** Shortest phrase word a slip is read as: shorter ones are reached by too many slips. */
const MIN_TARGET_CHARS = 5;
const NO_EXTRA_WORDS: ReadonlySet<string> = new Set();

/** The words of the registered phrasings, by first letter (people rarely slip on the first letter). */
const TARGETS = new Map<string, string[]>();

/** Adds the literal words of phrase patterns as words a slip may be read as ("interested", not "experi*"). */
export function registerTypoTargets(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    for (const [word] of pattern.matchAll(/(?<![a-z'*])[a-z']+(?![a-z'*])/g)) {
      if (word.length < MIN_TARGET_CHARS) continue;
      const list = TARGETS.get(word[0]!) ?? [];
      if (!list.includes(word)) list.push(word);
      TARGETS.set(word[0]!, list);
    }
  }
}

/** The phrase word one slip from an unknown lower-case `word`, or null. */
function meant(word: string): string | null {
  const candidates = TARGETS.get(word[0]!);
  if (!candidates || knownIn(NO_EXTRA_WORDS)(word)) return null;
  return candidates.find((t) => Math.abs(t.length - word.length) <= 1 && editDistance(t, word) === 1) ?? null;
}

/** `text` with its apostrophe-less contractions and its slips read as the words meant. */
export function withTyposRead(text: string): string {
  return text.replace(/(?<![A-Za-z'])[a-z][a-z']*(?![A-Za-z])/g, (word) => runTogether(word) ?? (word.length >= MIN_TARGET_CHARS - 1 ? meant(word) : null) ?? word);
}
