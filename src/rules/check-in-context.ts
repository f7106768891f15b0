import { bodySentences } from "../text/body.js";
import { fold } from "../text/fold.js";
import { distinctiveKeys, keySet } from "../text/mentions.js";
import { TITLE_WORDS } from "../text/stopwords.js";
import { tokenize } from "../text/tokens.js";
import { isoOffsetMinutes, wallClockAt } from "../timing.js";
import type { Interview } from "../types.js";
import { finding, type Rule } from "./rule.js";

/** Words of a role that say how senior it is, not what it is: "Senior" alone does not name "Senior Site Reliability Engineer". */
const SENIORITY = new Set(distinctiveKeys("senior junior lead principal staff chief head associate assistant deputy trainee graduate new level entry i ii iii iv", new Set(), true));

/** Job nouns any role has ("manager", "engineer"): "the hiring manager" does not name "Product Manager". */
const JOB_NOUNS = new Set(distinctiveKeys([...TITLE_WORDS].join(" "), new Set(), true));

/**
 * Ways a note says when the interview was: a weekday, a month (May only beside a day, as it
 * is also a verb), a numeric or ordinal date, or how long ago ("two weeks ago", "last week").
 */
const DATE_MENTIONS = [
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tues|thurs)\b/i,
  /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/i,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/i,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/,
  /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i,
  /\b(?:last|past|previous)\s+(?:week|month)\b|\b(?:a|one|two|three|four|five|six|a couple of|a few|several|\d+)\s+(?:weeks?|days?|months?)\s+ago\b|\bearlier\s+this\s+(?:week|month)\b/i,
];

/** True when `text` says when the interview was (see DATE_MENTIONS). */
export function namesADate(text: string): boolean {
  return DATE_MENTIONS.some((pattern) => pattern.test(text));
}

/**
 * The initials of every run of two or more of the role's words ("SRE" and "SR" in "Senior Site
 * Reliability Engineer", "PM" in "Product Manager"), as a short form of it a note may use.
 */
function roleInitials(role: string): Set<string> {
  const forms = new Set<string>();
  // Within each part of the title: "Product Manager, Patient Scheduling" is no "MP".
  for (const part of role.split(/[,;:()/\u2013\u2014]|\s-\s/)) {
    const initials = tokenize(part).map((t) => fold(t.text)[0] ?? "");
    for (let from = 0; from < initials.length; from++) for (let to = from + 2; to <= initials.length; to++) forms.add(initials.slice(from, to).join(""));
  }
  return forms;
}

/** Reply and forward marks a forwarded original's subject may keep: "RE:" is no initials of "Reliability Engineer". */
const SUBJECT_MARKS = /^(?:\s*(?:re|fwd?|aw|sv|wg)\s*:)+/i;

/**
 * True when `text` names the interview's role: by a word of it that tells it apart (not its
 * seniority, nor a job noun every role has, unless that is all it has), or by its initials.
 */
export function namesTheRole(text: string, interview: Interview): boolean {
  const words = distinctiveKeys(interview.role, SENIORITY, true);
  const telling = words.filter((k) => !JOB_NOUNS.has(k));
  const keys = keySet(text);
  if ((telling.length ? telling : words).some((k) => keys.has(k))) return true;
  const initials = roleInitials(interview.role);
  return tokenize(text).some((t) => t.text.length >= 2 && t.text === t.text.toUpperCase() && initials.has(fold(t.text)));
}

/** check-in-context: the check-in does not say which role it is about or when the interview was. */
export const rule: Rule = {
  id: "check-in-context",
  severity: "warning",
  why: "A hiring manager juggles many candidates; the role and the date let them place your note, and answer it, at a glance.",
  check(ctx) {
    const { interview, note } = ctx;
    if (!interview) return [];
    // The subject line is read first: naming the role or the date there is enough. The note is
    // read to its last sentence: a job title in the signature under it is the writer's own.
    const end = bodySentences(ctx).at(-1)?.end ?? note.text.length;
    const text = `${note.subject.replace(SUBJECT_MARKS, "")}\n${note.text.slice(0, end)}`;
    const missing = [namesTheRole(text, interview) ? null : "the role", namesADate(text) ? null : "when you interviewed"].filter((m): m is string => m !== null);
    if (missing.length === 0) return [];
    const day = wallClockAt(new Date(interview.start), isoOffsetMinutes(interview.start)).day;
    const message = `Say ${missing.join(" and ")}, e.g. “I am following up on my interview for the ${interview.role} role on ${day}”: they can place your note at once.`;
    return [finding(this, message, "")];
  },
};
