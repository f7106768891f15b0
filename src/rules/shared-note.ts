import { excerptOf } from "../text/excerpt.js";
import { findPerson, greetingNames } from "../text/names.js";
import type { Interviewer } from "../types.js";
import { finding, type Rule } from "./rule.js";

/**
 * The panel members one email is shared by: its panel recipients when there are several,
 * else the panel members its greeting names. A single recipient greeted by another
 * panelist's name is a wrong name (wrong-name), not a shared note.
 */
function sharedBy(recipients: Interviewer[], greeting: string | null, panel: Interviewer[]): Interviewer[] {
  if (recipients.length > 1) return recipients;
  const greeted = greeting ? greetingNames(greeting).map((name) => findPerson(name, panel)?.person) : [];
  return [...new Set(greeted.filter((p): p is Interviewer => p !== undefined))];
}

/** shared-note: one email to several interviewers instead of a separate note each. */
export const rule: Rule = {
  id: "shared-note",
  severity: "warning",
  why: "Each panelist should get their own note about their part of the conversation.",
  check({ interview, recipients, note }) {
    if (!interview) return [];
    const people = sharedBy(recipients, note.greeting, interview.interviewers);
    if (people.length < 2) return [];
    const names = people.map((p) => p.name);
    const message = `This one email goes to ${names.slice(0, -1).join(", ")} and ${names.at(-1)}. Send each of them a separate note about what you discussed with them.`;
    return [finding(this, message, note.greeting ? excerptOf(note.greeting) : "")];
  },
};
