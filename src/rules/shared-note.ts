import { excerptOf } from "../text/excerpt.js";
import { findPerson, greetingNames } from "../text/names.js";
import type { Interviewer } from "../types.js";
import { finding, type Rule } from "./rule.js";

/** The panel members a note is addressed or greeted to, each once. */
function addressedPanel(recipients: Interviewer[], greeting: string | null, panel: Interviewer[]): Interviewer[] {
  const greeted = greeting ? greetingNames(greeting).map((name) => findPerson(name, panel)?.person) : [];
  return [...new Set([...recipients, ...greeted.filter((p): p is Interviewer => p !== undefined)])];
}

/** shared-note: one email to several interviewers instead of a separate note each. */
export const rule: Rule = {
  id: "shared-note",
  severity: "warning",
  why: "Each panelist should get their own note about their part of the conversation.",
  check({ interview, recipients, note }) {
    if (!interview) return [];
    const people = addressedPanel(recipients, note.greeting, interview.interviewers);
    if (people.length < 2) return [];
    const names = people.map((p) => p.name);
    const message = `This one email goes to ${names.slice(0, -1).join(", ")} and ${names.at(-1)}. Send each of them a separate note about what you discussed with them.`;
    return [finding(this, message, note.greeting ? excerptOf(note.greeting) : "")];
  },
};
