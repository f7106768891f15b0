/**
 * "Does the note address this concern?" A saved concern ("no banking industry experience",
 * "has not taught AP Chemistry before") is addressed by a sentence that speaks of it:
 * - all of its telling words ("Go" for "limited Go experience"), or all its names and
 *   acronyms ("CPA");
 * - or at least half of its telling words with a second content word ("career gap",
 *   "Manhattan experience"), so one shared word ("taught", "years") is not enough;
 * - for a concern of everyday words only, half of them ("managed" for "no people-management
 *   background").
 * - or one telling word in a sentence that answers it: "On the diploma: my enrolment is confirmed",
 *   "The drive doesn't worry me", "I've enrolled in a life-sciences course" (ANSWERS), or that
 *   owns the gap: "I'm new to housing" (GAP_ADMISSIONS).
 * A concern told only by the interview's own words ("banking" at a bank) always needs the
 * second word, and the company's names and the role title are blanked out first: "Meridian
 * Trust Bank" says nothing about banking experience.
 */
import type { RuleContext } from "../rules/rule.js";
import { familiarKeys, withoutAsides, withoutInterviewNames } from "./conversation.js";
import { memoize, memoizeByObject, TEXT_CACHE_CHARS } from "./memo.js";
import { distinctiveKeys, keySet, keysNeeded, topicKeys } from "./mentions.js";
import { phraseSet } from "./phrases.js";
import { clippedKeys, hasRelated } from "./related-terms.js";

/**
 * How a writer answers a doubt: raising it ("on the diploma", "about my certification", "you
 * were right to press me on"), a plan or progress ("I have enrolled", "will have … by", "is
 * scheduled", "since we spoke"), or reassurance ("does not worry me", "I am used to", "I am
 * comfortable with"). With one of the concern's telling words in the same sentence, it is answered.
 */
const ANSWERS = phraseSet([
  "^(on|about|regarding|re|as for|as to|concerning|with regard to) (the|my|your)? ..",
  "(press|pressed|asked|asking|question|questions|concern|concerns|worry|worried|hesitation|doubt|doubts) .. (about|on|over|regarding)",
  "(you|you also) (raised|mentioned|brought up|flagged|noted|pointed out)",
  "i (have|had|am)? (already)? (enrolled|registered|signed up|booked|scheduled|started|begun|applied|completed|finished|passed|arranged|been taking|taking|studying|working on)",
  // the plan told by what is fixed: "I have my driving test booked for next month"
  "i (have|have got|now have) (my|a|the) .. (booked|scheduled|arranged|confirmed|lined up)",
  "(will|would|should) (have|be|finish|complete|get) ... (by|before|in|within|next) ",
  "(is|are|was) (confirmed|scheduled|booked|approved|on track|underway|under way|in progress|arranged)",
  "since (we spoke|our conversation|the interview|then|last)",
  "(does not|do not|did not|never|will not) (worry|bother|scare|concern|faze|trouble) me",
  "(is|are|was|were|will be|would be) (not|never) (a|an|any)? .. (problem|issue|worry|concern|bother) (for|to) me",
  "no (problem|issue|worry|bother) (for|to) me",
  "i am (used to|comfortable|confident|at ease|happy|fine|ready) (with|about|doing|driving|working|on|in|to)?",
  "(my plan|i plan|i would plan|the plan|plan to|i intend|i am planning)",
]);

/**
 * Owning the gap in so many words: "I am new to housing", "I would be coming to it from
 * outside", "the law is what I would need to learn", "I have not worked in a hospital". With a
 * telling word in the sentence this answers even a concern told in the interview's own words
 * (housing at a housing office), where merely naming the field would not.
 */
const GAP_ADMISSIONS = phraseSet([
  "(i am|i would be|i will be|i know i am|being) (fairly|quite|relatively|still)? new to",
  // the thing as new to the writer: "big cats would be new for me"
  "(would be|will be|is|are|was) (fairly|quite|completely|totally|all|brand|very)? new (to|for) me",
  "(coming|come|came|moving|move|moved) .. from (outside|another|a different)",
  "(need|needs|have|has|will have) to (learn|pick up|get up to speed|catch up)",
  "(what|the part|the bit|the thing) i (would|will)? (need|have) to (learn|build|pick up)",
  "i (have|had) not (yet)? (worked|been|done|had|managed|taught|led|dealt) ..",
  // owning how much of it there has been: "I've only run a team of two"
  "i (have|had)? only (ever)? (led|managed|run|ran|supervised|worked|done|had|taught|been)",
  "i have never (worked|been|done|had|managed|taught|led)",
  // what the writer did not do: "I did not go to college, this is true"
  "i (did not|never) (go|study|train|attend|do|get|finish|complete)",
  // coming from another field: "I know I'm coming from conveyancing rather than litigation"
  "(i am|i know i am|i come|i am coming|coming|my background is|my experience is) .. (from|in) .. rather than",
  "(my|the) (lack|gap|inexperience) (of|in)",
  "(without|do not have|did not have|lack) (a|any|the|much)? .. (background|experience|training|qualification)",
  // owning that there is none of it yet: "I know I have no sales record yet"
  "i (have|had|have got) no .. (yet|so far|to date|to show)",
]);

/** The answering verbs themselves: "I passed my driving test" answers no doubt about passing the CPA exam. */
const ANSWER_VERB_KEYS = keySet("enrolled registered booked scheduled started begun applied completed finished passed arranged taking studying planned");

/** Counts and spans of time ("two-year gap", "5 years") that say nothing about WHICH concern. */
const QUANTITY_KEYS: ReadonlySet<string> = new Set(
  distinctiveKeys("one two three four five six seven eight nine ten twelve year years", undefined, true),
);
const telling = (key: string) => !QUANTITY_KEYS.has(key) && !/^\d+$/.test(key);

const NO_KEYS: ReadonlySet<string> = new Set();

/** A concern reduced to the keys that identify it. */
interface Need {
  /** Its distinctive words (the interview's own names left out unless nothing else is left). */
  telling: readonly string[];
  /** Every content word: the telling ones plus everyday ones such as "experience", "career", "two-year". */
  content: readonly string[];
  /** True when the telling words are the interview's own (the role's "banking"), so they never suffice alone. */
  borrowed: boolean;
  /** Keys of its names and acronyms ("CPA", "Manhattan WMS"): all of them together settle it. */
  names: readonly string[];
  /** True when it has only everyday words ("no people-management background"): any half of them settles it. */
  everyday: boolean;
  /** Its telling words with the interview's own kept ("social", "housing" at a housing office): the field a gap is owned in. */
  field: readonly string[];
  /** Keys of the words it clips ("somms", "qual"), which the note may write out: see clippedKeys. */
  clipped: ReadonlySet<string>;
}

function needOf(concern: string, familiar: ReadonlySet<string>): Need {
  const keys = topicKeys(concern, familiar, true);
  // A concern told by its numbers alone ("never worked 24s, only 12s") is told by them.
  const tellingKeys = keys.some(telling) ? keys.filter(telling) : keys.filter((k) => /^\d+$/.test(k));
  // A span of time is not telling alone, but it does back up a telling word ("two years … caring").
  const content = new Set([...tellingKeys, ...distinctiveKeys(concern, familiar, true)]);
  // Capitalised words after the first, and acronyms anywhere, are names: "AP", "CPA", "Go", "Manhattan".
  const names = concern.split(/\s+/).filter((w, i) => /^\p{Lu}\p{L}*\p{Lu}/u.test(w) || (i > 0 && /^\p{Lu}/u.test(w)));
  return {
    telling: tellingKeys,
    content: [...content],
    borrowed: tellingKeys.some((k) => familiar.has(k)),
    names: distinctiveKeys(names.join(" "), familiar).filter(telling),
    everyday: distinctiveKeys(concern).length === 0,
    field: topicKeys(concern, NO_KEYS, true).filter(telling),
    clipped: clippedKeys(concern),
  };
}

/** Needs remembered per check's familiar keys: one per concern. */
const needIgnoring = memoizeByObject((familiar: ReadonlySet<string>) => memoize((c: string) => needOf(c, familiar), TEXT_CACHE_CHARS));

/** Content words that must appear together when the telling words alone do not settle it. */
const CONTENT_TOGETHER = 2;

function addresses(keys: ReadonlySet<string>, need: Need): boolean {
  // Related terms and shorthand count ("hrs" in the facts, "hours" in the note): related-terms.ts.
  const has = (k: string) => hasRelated(keys, k, need.clipped);
  const present = need.telling.filter(has).length;
  if (present < keysNeeded(need.telling.length)) return false;
  if (need.everyday || (present === need.telling.length && !need.borrowed)) return true;
  if (need.names.length > 0 && need.names.every(has)) return true;
  return need.content.filter(has).length >= Math.min(CONTENT_TOGETHER, need.content.length);
}

/** The concerns no sentence of the note addresses. A concern with no content word cannot be checked and is never reported. */
export function unaddressed(ctx: Pick<RuleContext, "interview" | "note" | "sentences">, concerns: readonly string[]): string[] {
  if (concerns.length === 0) return [];
  const familiar = familiarKeys(ctx);
  // Blanking keeps offsets, so the note is blanked once and each sentence read from it.
  const plain = withoutInterviewNames(ctx.interview, ctx.note.text);
  const sentenceKeys = ctx.sentences.map((s) => keySet(plain.slice(s.start, s.end)));
  const answering = ctx.sentences.map((s) => ANSWERS.test(s.text));
  const admitting = ctx.sentences.map((s) => GAP_ADMISSIONS.test(s.text));
  const answeredBy = (need: Need) => {
    const names = (words: readonly string[], keys: ReadonlySet<string>) => words.some((k) => hasRelated(keys, k, need.clipped) && !ANSWER_VERB_KEYS.has(k));
    return (keys: ReadonlySet<string>, i: number) =>
      addresses(keys, need) || (answering[i]! && !need.borrowed && names(need.telling, keys)) || (admitting[i]! && (names(need.field, keys) || names(need.content.filter(telling), keys)));
  };
  return concerns.filter((concern) => {
    const need = needIgnoring(familiar)(concern);
    if (need.telling.length === 0 || sentenceKeys.some(answeredBy(need))) return false;
    // An aside in brackets ("no litigation exp (5 yrs residential conveyancing)") may be what the
    // note takes up, or only context: the doubt is answered when the note answers it with the
    // aside or without it.
    const bare = withoutAsides(concern);
    return bare === concern || !sentenceKeys.some(answeredBy(needIgnoring(familiar)(bare)));
  });
}
