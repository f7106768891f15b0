/**
 * What a note could build on, read from the interview facts in a rule's context: the
 * topics, requests and concerns of this conversation, and the words that are merely the
 * interview's own names (company, role, people), which never make a note specific.
 */
import type { RuleContext } from "../rules/rule.js";
import type { Interview, Interviewer } from "../types.js";
import { memoize, memoizeByObject } from "./memo.js";
import { greetingNames } from "./names.js";
import { distinctiveKeys, keySet, mentions, topicKeys } from "./mentions.js";
import { blankWholeWords, wholeWordNames, type WholeWordNames } from "./whole-words.js";

/** The interviewers whose conversation a note follows: its addressee, or the whole panel when it is for no one of it (the recruiter, say). */
function conversationPeople({ interview, addressee }: Pick<RuleContext, "interview" | "addressee">): Interviewer[] {
  return addressee && interview?.interviewers.includes(addressee) ? [addressee] : (interview?.interviewers ?? []);
}

/**
 * Topics raised in the conversation this note follows: the addressee's and the interview's,
 * or every interviewer's when the note is not tied to one of them. Concerns are not among
 * them: a concern is about the writer, so answering it does not show the note builds on
 * what the interviewer said.
 */
export function conversationTopics(ctx: Pick<RuleContext, "interview" | "addressee">): string[] {
  if (!ctx.interview) return [];
  return [...conversationPeople(ctx).flatMap((p) => p.topics), ...ctx.interview.topics];
}

/** What the note's reader asked for: the addressee's requests (every interviewer's without one) and the interview's. */
export function conversationRequests(ctx: Pick<RuleContext, "interview" | "addressee">): string[] {
  if (!ctx.interview) return [];
  return [...conversationPeople(ctx).flatMap((p) => p.requests), ...ctx.interview.requests];
}

/**
 * Keys of words that name the interview rather than anything said in it: company and
 * aliases, role, the panel's names and titles, the writer's name, and the greeting. The same
 * keys give the same set object, in this check and the next (another note to the same panel,
 * the sent copy of a checked draft), so what is remembered per set (topic keys in mentions.ts,
 * request items, sentence details in specificity.ts) carries over between checks: a greeting
 * or a recipient of the panel adds no key the interview's own names lack.
 */
export const familiarKeys: (ctx: Pick<RuleContext, "interview" | "note">) => ReadonlySet<string> = memoizeByObject(computeFamiliarKeys);

function computeFamiliarKeys(ctx: Pick<RuleContext, "interview" | "note">): ReadonlySet<string> {
  const { interview, note } = ctx;
  const keys = new Set(interview ? interviewKeys(interview) : []);
  // The names the greeting greets, not its whole line: a phone note's first line runs on into the note.
  for (const name of [note.from?.name ?? "", ...greetingNames(note.greeting ?? ""), ...note.to.map((a) => a.name)]) {
    for (const key of distinctiveKeys(name)) keys.add(key);
  }
  // Keys hold no spaces (each is one word's).
  return familiarSetOf([...keys].sort().join(" "));
}

/** The keys of an interview's own names, per interview object (shared between checks while its facts are unchanged). */
const interviewKeys = memoizeByObject((interview: Interview): readonly string[] => {
  const names = [interview.company, ...interview.companyAliases, interview.role];
  for (const p of interview.interviewers) names.push(p.name, p.title ?? "");
  if (interview.recruiter) names.push(interview.recruiter.name, interview.recruiter.agency ?? "");
  return names.flatMap((name) => distinctiveKeys(name));
});

/** Characters of key lists remembered: those of a few dozen interviews. */
const NAME_LIST_CACHE_CHARS = 20_000;

/** One set object per list of keys (sorted, space-separated). */
const familiarSetOf = memoize((keys: string): ReadonlySet<string> => new Set(keys === "" ? [] : keys.split(" ")), NAME_LIST_CACHE_CHARS);

/**
 * The items (requests, concerns, news) that the note's text, plus `extra` (attachment names),
 * does not mention even loosely, their asides in brackets left out. An item made only of everyday words is matched on those; one
 * with no content word at all ("send it over") cannot be checked and is never reported.
 */
export function unmentioned(ctx: Pick<RuleContext, "interview" | "note">, items: readonly string[], extra = ""): string[] {
  if (items.length === 0) return []; // most interviews save no news: skip keying the whole note
  const familiar = familiarKeys(ctx);
  const keys = keySet(`${ctx.note.text}\n${extra}`);
  return items.filter((item) => {
    const said = withoutAsides(item);
    return topicKeys(said, familiar, true).length > 0 && !mentions(keys, said, familiar, true);
  });
}

/** An aside in brackets ("(announced wed 18th)", "(per their linkedin)"): the user's note to self, not what the note must echo. */
const ASIDE = /\s*\([^()]*\)/g;

/** `item` (news, a concern) without its asides, unless nothing else is left. */
export const withoutAsides = (item: string) => item.replace(ASIDE, "").trim() || item;

/** A saved topic to suggest as an example: the addressee's first, else the interview's first. */
export function exampleTopic(ctx: Pick<RuleContext, "interview" | "addressee">): string | null {
  return ctx.addressee?.topics[0] ?? ctx.interview?.topics[0] ?? ctx.interview?.interviewers.find((p) => p.topics[0])?.topics[0] ?? null;
}

/** The first name to address someone by in a message ("Priya", "Dr. Okafor" stays "Dr. Okafor"). */
export function callName(name: string): string {
  const words = name.trim().split(/\s+/);
  return /^(dr|prof|mr|mrs|ms)\.?$/i.test(words[0] ?? "") && words.length > 1 ? `${words[0]} ${words.at(-1)}` : (words[0] ?? name);
}

/**
 * The company's names and the role title (and each part of it), as whole-word names to blank
 * (whole-words.ts: no expression compiled per interview).
 */
const interviewNames = memoizeByObject((interview: Interview): WholeWordNames => {
  const role = [interview.role, ...interview.role.split(/[,(–—]|\s-\s/)];
  const written = [interview.company, ...interview.companyAliases, ...role].map((n) => n.replace(/[)]/g, "").trim()).filter((n) => n.length > 1);
  return wholeWordNames([...new Set(written)]);
});

/**
 * `text` with the company's names and the role title blanked out: "Meridian Trust Bank" says
 * nothing about banking experience, and "Year 3 Class Teacher" is no detail of a conversation.
 */
export function withoutInterviewNames(interview: Interview | null, text: string): string {
  return interview ? blankWholeWords(text, interviewNames(interview)) : text;
}
