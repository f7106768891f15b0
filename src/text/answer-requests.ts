/**
 * Requests for an answer rather than an item: "confirm availability for a second-round site
 * walk", "let us know your notice period", "tell me your salary expectations". Nothing is
 * attached or sent; the note answers one when a sentence speaks of its object ("I can do the
 * site walk on Monday", "my notice period is four weeks").
 */
import { fold } from "./fold.js";
import { distinctiveKeys } from "./mentions.js";
import { memoizeByObject, memoize, TEXT_CACHE_CHARS } from "./memo.js";

/** The verb phrase that makes a request a question: "confirm", "tell me", "let us know (whether)". */
const ANSWER_OPENING =
  /^(?:please\s+)?(?:confirm|tell(?:\s+(?:me|us|them|him|her))?|let\s+[\p{L}'.-]+(?:\s+[\p{L}'.-]+)?\s+know|answer|advise(?:\s+(?:me|us|them|him|her))?|clarify|explain|say|specify|indicate|mention|reply(?:\s+(?:about|on|to))?|respond(?:\s+(?:about|on|to))?)\b\s*(?:(?:on|about|whether|if|when|what|how|which)\b\s*)?/u;

/** Everyday words that frame what is asked without naming it ("availability for", "your thoughts on"). */
const FRAMING = new Set(distinctiveKeys("availability available thoughts details information answer update view views", undefined, true));

/** The object of an answer request, or null when `request` asks for an item. */
export function answerObject(request: string): string | null {
  const match = ANSWER_OPENING.exec(fold(request).trim());
  return match ? fold(request).trim().slice(match[0].length) : null;
}

/** An answer request's object reduced to keys: all its content words, and the distinctive ones among them. */
interface Answer {
  all: readonly string[];
  distinctive: ReadonlySet<string>;
}

function answerOf(object: string, familiar: ReadonlySet<string>): Answer {
  const content = distinctiveKeys(object, familiar, true);
  const named = content.filter((k) => !FRAMING.has(k));
  return { all: named.length > 0 ? named : content, distinctive: new Set(distinctiveKeys(object, familiar)) };
}

/** The answer keys of a request's object, remembered per check's familiar keys: every sentence asks. */
const answerIgnoring = memoizeByObject((familiar: ReadonlySet<string>) => memoize((object: string) => answerOf(object, familiar), TEXT_CACHE_CHARS));

/**
 * True when a sentence's keys answer the request whose object is `object`: at least half of
 * the object's content words (at least one), and either a distinctive one among them or two
 * or more: one everyday word ("expect", "session") does not answer "salary expectations".
 */
export function answers(keys: ReadonlySet<string>, object: string, familiar: ReadonlySet<string>): boolean {
  const { all, distinctive } = answerIgnoring(familiar)(object);
  const present = all.filter((k) => keys.has(k));
  return present.length >= Math.max(1, Math.floor(all.length / 2)) && (present.length >= 2 || present.some((k) => distinctive.has(k)));
}
