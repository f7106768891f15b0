/**
 * The body of a note: its sentences without the greeting line and without the sign-off and
 * the name under it, so "Thanks," above "Alex" is not read as the writer's gratitude and
 * "Hi Priya," is not read as content.
 */
import { memoizeByObject } from "./memo.js";
import { greetingNames } from "./names.js";
import { phraseSet } from "./phrases.js";
import type { RuleContext } from "../rules/rule.js";
import type { Span } from "./sentences.js";

/** A sign-off is a short line; anything longer is a sentence that happens to open with "Thanks". */
const SIGN_OFF_MAX_WORDS = 5;
/** The sign-off and name sit at the very end; only this many final sentences are searched. */
const SIGN_OFF_SEARCH_SENTENCES = 4;
/** A greeting line longer than this runs on into the note: only its salutation and name are the greeting. */
const RUN_ON_GREETING_CHARS = 40;

/** A bare name under the note ("Alex Chen") has at most this many words. */
const NAME_MAX_WORDS = 4;

/** Closing formulas, as a whole short line. */
const SIGN_OFFS = phraseSet([
  "(with )?(best|kind|kindest|warm|warmest|many|all the best|my best|warm best)? (regards|wishes|thanks) $",
  "(yours )?(sincerely|truly|faithfully|respectfully|cordially|gratefully|gratitude|appreciatively) (yours)? $",
  "(thanks|thank you|many thanks|thanks again|thank you again|thanks so much|cheers|best|warmly|all the best|take care|talk soon|speak soon|best wishes) $",
  "(with|in) (gratitude|appreciation|thanks) $",
]);

const wordsIn = (s: Span) => s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Where the greeting line ends in the text, or 0 without one ("Dear Dr. Okafor," may span two sentences). */
export function greetingEnd(text: string, greeting: string | null): number {
  // Only the salutation: a line like "Hi Priya, thanks for today!" keeps its sentence, and so
  // does a phone note's run-on first line ("hey kwame thanks for the walk through today. i was …"),
  // whose salutation ends at the name it greets.
  let g = greeting?.trim().match(/^[^,:;!]*[,:;!]?/)?.[0];
  if (g && greeting && g.length > RUN_ON_GREETING_CHARS) {
    const name = greetingNames(greeting)[0];
    const at = name ? g.toLowerCase().indexOf(name.toLowerCase()) : -1;
    g = at >= 0 ? g.slice(0, at + name!.length) : g.split(/\s+/).slice(0, 2).join(" ");
  }
  const at = g ? text.indexOf(g) : -1;
  return g && at >= 0 ? at + g.length : 0;
}

/**
 * The sentences of a note between its greeting and its sign-off. Remembered per rule context:
 * several rules ask for the body, or for where it ends.
 */
export const bodySentences: (ctx: Pick<RuleContext, "note" | "sentences">) => readonly Span[] = memoizeByObject(computeBodySentences);

function computeBodySentences({ note, sentences }: Pick<RuleContext, "note" | "sentences">): Span[] {
  const afterGreeting = greetingEnd(note.text, note.greeting);
  let from = 0;
  while (from < sentences.length && sentences[from]!.end <= afterGreeting) from++;
  let to = sentences.length;
  const earliest = Math.max(from, sentences.length - SIGN_OFF_SEARCH_SENTENCES);
  for (let i = earliest; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (wordsIn(s) <= SIGN_OFF_MAX_WORDS && SIGN_OFFS.test(s.text)) {
      to = i;
      break;
    }
  }
  if (to === sentences.length) {
    const last = sentences[to - 1];
    if (last && to - 1 > from && isBareName(last.text)) to--;
  }
  return sentences.slice(from, to);
}

/** "Alex", "Alex Chen", "– Alex": a name line without sentence punctuation. */
function isBareName(text: string): boolean {
  const words = text.replace(/^[-–—~\s]+/, "").split(/\s+/);
  return words.length <= NAME_MAX_WORDS && words.every((w) => /^\p{Lu}[\p{L}.'-]*$/u.test(w));
}
