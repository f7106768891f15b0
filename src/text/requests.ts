/**
 * "Does the note deliver what was asked for?" A request ("send my charge nurse mentoring
 * plan") names an item; the note handles it when a sentence names THAT item (most of its
 * distinctive words, in any order and form) and either names its head noun ("plan") or speaks
 * of delivering it ("attached", "here is", "I'll send", "should be in your inbox"), or when it
 * speaks of delivering the head noun itself ("I've attached that lab report" for "send cell bio
 * lab report as writing sample") or the word before it ("the costing is attached" for a
 * "costing sheet"), or when an attachment's name matches.
 * A single shared word is not enough: "I built a mentoring program" does not deliver a
 * mentoring plan, and "I've run usability tests" does not deliver a test script.
 */
import type { RuleContext } from "../rules/rule.js";
import type { Note } from "../types.js";
import { answerObject, answers } from "./answer-requests.js";
import { familiarKeys } from "./conversation.js";
import { distinctiveKeys, keySet, topicKeys } from "./mentions.js";
import { phraseSet } from "./phrases.js";
import { clippedKeys, hasRelated } from "./related-terms.js";
import { tokenize } from "./tokens.js";

/** Words that end one noun phrase of a request and start the next ("the link | to my SQL portfolio | on GitHub"). */
const PREPOSITIONS = new Set("to on for of from about with in at by into over regarding around as incl including plus".split(" "));

/** Words that hold the item rather than name it: the head of "copy of current MVR" is "MVR". */
const CONTAINER_HEADS = new Set("copy copies scan scans version pdf photo photocopy".split(" "));
/** Words that open a relative clause ("the script | I mentioned"), which names no item. */
const CLAUSE_OPENERS = new Set("i you we he she they that which who".split(" "));

/** Phrasings of handing something over. */
const DELIVERY = phraseSet([
  "(attached|attaching|attach|enclosed|enclosing|enclose)",
  "(here is|here are|heres|below|link|linked|as promised|as requested|as you asked|you will find|following up with)",
  // what the reader asked for, given: "You asked for my certification details: NIC, member #44817"
  "^ (you|you also) (asked|wanted|requested) (for|about|to see|to have)",
  "i (will|would|am|have|had|can|shall)? .. (send*|sent|shar*|forward*|email*|upload*|put together|pass* along|follow up|get .. to you)",
  "(will|to) follow",
  "(by|before|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of|end of|next week|this week|eod|cob)",
  "(shortly|later today|this afternoon|this evening|in the next)",
  // delivered by someone else or already on its way: "my references should be in your inbox"
  "(in|to|into) your (inbox|mailbox|email)",
  "(should|will|ought to) (have )?(reach|reached|arrive|arrived|land|landed|come through)",
]);

/**
 * A web address in a sentence delivers whatever it names ("my portfolio: github.com/…"). The
 * host starts only where a run of word characters and hyphens starts, so "a-a-a-…" is scanned once.
 */
const LINK = /https?:\/\/|www\.|(?<![\w-])[\w-]+\.(com|org|net|io|dev|app|co|ly)\/\S/i;

/** A request reduced to what identifies its item. */
interface Item {
  /** Keys of the item's distinctive words and of its head noun (the request's verb and everyday words dropped). */
  keys: string[];
  /**
   * The key of the last content word of the request's object, however everyday: the word
   * that says WHAT the item is ("plan" in "send my charge nurse mentoring plan", "script",
   * "link"), or null when there is none.
   */
  head: string | null;
  /** The key of the content word before the head ("costing" in "costing sheet"), or null. */
  modifier: string | null;
  /** Keys of words the request clips ("send sample lesson plan + refs"): see clippedKeys. */
  clipped: ReadonlySet<string>;
}

/**
 * Verbs a request typed as an instruction starts with ("send the deck", "share portfolio
 * link"); a request typed as just the thing ("costing sheet for trial dish", "2 refs") has none.
 */
const REQUEST_VERBS = new Set(
  `send share email e-mail forward provide bring submit give upload attach complete fill write prepare get mail
  post drop pass show put compile draft finish return sign follow do make`.split(/\s+/),
);

/**
 * The object's head (the last content word before a preposition or a relative clause) and the
 * content word before it, which a note may name the item by alone: "the costing" for a
 * "costing sheet", "the lab report" for a "cell bio lab report".
 */
function headOf(request: string, familiar: ReadonlySet<string>): { head: string | null; modifier: string | null } {
  const tokens = tokenize(request);
  // The request's verb ("send", "share") is never its head.
  const words = REQUEST_VERBS.has(tokens[0]?.folded ?? "") ? tokens.slice(1) : tokens;
  const ends = (phrase: string[]) => {
    const keys = distinctiveKeys(phrase.join(" "), familiar, true);
    return { head: keys.at(-1) ?? null, modifier: keys.at(-2) ?? null };
  };
  let phrase: string[] = [];
  for (const token of words) {
    const breaks = PREPOSITIONS.has(token.folded) || CLAUSE_OPENERS.has(token.folded);
    const found = breaks ? ends(phrase) : null;
    if (found?.head && !(token.folded === "of" && CONTAINER_HEADS.has(found.head))) return found;
    if (breaks && CLAUSE_OPENERS.has(token.folded)) return { head: null, modifier: null };
    phrase = breaks ? [] : [...phrase, token.text];
  }
  return ends(phrase);
}

function itemOf(request: string, familiar: ReadonlySet<string>): Item {
  const keys = new Set(topicKeys(request, familiar, true));
  const { head, modifier } = headOf(request, familiar);
  if (head) keys.add(head);
  return { keys: [...keys], head, modifier, clipped: clippedKeys(request) };
}

/** How many of an item's keys must appear: most of them when only the head noun vouches, half with a delivery cue. */
const withHead = (n: number) => Math.floor(n / 2) + 1;
const withCue = (n: number) => Math.max(1, Math.floor(n / 2));

/**
 * True when one sentence (or an attachment name, `attachment` set) delivers `item`. A word of
 * the item is present in the note's own word or in the word a hurried user types for it
 * (related-terms.ts: "refs" for references, "cert" for a certificate).
 */
function delivers(text: string, item: Item, attachment: boolean): boolean {
  const keys = keySet(text);
  const has = (key: string) => hasRelated(keys, key, item.clipped);
  const present = item.keys.filter(has);
  // With a delivery cue, the item's head noun says which item is handed over ("I've attached that lab report").
  const named = (key: string | null) => key !== null && has(key);
  if (attachment || DELIVERY.test(text) || LINK.test(text)) return present.length >= withCue(item.keys.length) || named(item.head) || named(item.modifier);
  return present.length >= withHead(item.keys.length) && named(item.head);
}

/** Attachment names as words: "postmortem-template_v2.pdf" reads "postmortem template v2". */
export function attachmentWords(note: Note): string[] {
  return note.attachments.map((a) =>
    (a.filename ?? "").replace(/\.[a-z0-9]{1,5}$/i, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[-_.+]+/g, " "),
  );
}

/**
 * Lists introduced by a colon read, and characters of each: a note hands over a few things in
 * one or two lists; a hostile note of ten thousand "Attached:" lines must stay linear.
 */
const MAX_INTRODUCED_LISTS = 5;
const MAX_LIST_CHARS = 1_500;

/** A line that ends in a colon, and the list below it (up to the next blank line after it). */
interface IntroducedList {
  heading: string;
  list: string;
}

/**
 * The lists the note introduces with a line ending in a colon: "Attached, as you asked:" or "My
 * referees are:" and the lines below it. Under a delivery cue, the lines are what is delivered;
 * under a heading that names the item ("referees"), the list is that item.
 */
function introducedLists(ctx: Pick<RuleContext, "note" | "sentences">): IntroducedList[] {
  const { text } = ctx.note;
  const lists: IntroducedList[] = [];
  for (const s of ctx.sentences) {
    if (lists.length >= MAX_INTRODUCED_LISTS) break;
    if (!/:\s*$/.test(s.text)) continue;
    const after = text.slice(s.end, s.end + MAX_LIST_CHARS);
    const from = after.search(/\S/);
    if (from < 0) continue;
    const blank = after.slice(from).search(/\n[ \t]*\n/);
    lists.push({ heading: s.text, list: after.slice(from, blank < 0 ? after.length : from + blank) });
  }
  return lists;
}

/** True when `list` delivers `item`: under a delivery cue, as the cue with its lines; under a heading naming the item ("My referees are:"), whole. */
function listDelivers({ heading, list }: IntroducedList, item: Item): boolean {
  if (DELIVERY.test(heading)) return delivers(`${heading}\n${list}`, item, false);
  const keys = keySet(heading);
  return item.keys.some((k) => !/^\d/.test(k) && hasRelated(keys, k, item.clipped));
}

/**
 * The requests that no sentence of the note, no list under a delivery cue and no attachment
 * delivers. A request with no content word at all ("send it over") cannot be checked and is
 * never reported.
 */
export function undelivered(ctx: Pick<RuleContext, "interview" | "note" | "sentences">, requests: readonly string[]): string[] {
  const familiar = familiarKeys(ctx);
  const attachments = attachmentWords(ctx.note);
  let lists: IntroducedList[] | undefined;
  return requests.filter((request) => {
    const object = answerObject(request);
    if (object !== null && ctx.sentences.some((s) => answers(keySet(s.text), object, familiar))) return false;
    const item = itemOf(request, familiar);
    if (item.keys.length === 0) return false;
    if (ctx.sentences.some((s) => delivers(s.text, item, false)) || attachments.some((a) => delivers(a, item, true))) return false;
    return !(lists ??= introducedLists(ctx)).some((list) => listDelivers(list, item));
  });
}
