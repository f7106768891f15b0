/**
 * A reminder email's content as one model, rendered as text and as HTML so the two parts
 * never disagree (as for reports).
 */
import { formatForInterview } from "../timing.js";
import type { Interview, Interviewer } from "../types.js";
import type { Reminder } from "./schedule.js";

export interface PersonBlock {
  /** "Priya Raman, Director of Infrastructure" */
  heading: string;
  lines: string[];
}

export interface ReminderModel {
  subject: string;
  intro: string;
  people: PersonBlock[];
  /** What every note to this panel can draw on: the interview's own facts. */
  shared: string[];
  window: string[];
  howToLog: string;
  interviewUrl: string | null;
  footer: string;
}

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;

/** "Dr. Amara Okafor" → "Amara": the name the owner thinks of them by. */
const firstName = (name: string): string => name.split(/\s+/).find((w) => !HONORIFIC.test(w)) ?? name;

/** "Priya", "Priya and Tomasz", "Priya, Tomasz and José"; full names when first names clash. */
export function listNames(people: readonly Interviewer[]): string {
  const firsts = people.map((p) => firstName(p.name));
  const names = new Set(firsts).size === firsts.length ? firsts : people.map((p) => p.name);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const joined = (items: readonly string[]) => items.join("; ");

function personBlock(person: Interviewer): PersonBlock {
  const lines: string[] = [];
  if (person.topics.length) lines.push(`Build on what you discussed: ${joined(person.topics)}.`);
  if (person.requests.length) lines.push(`Send or attach what they asked for: ${joined(person.requests)}.`);
  if (!lines.length) lines.push("Nothing saved from your conversation with them: mention one specific thing you discussed.");
  return { heading: person.title ? `${person.name}, ${person.title}` : person.name, lines };
}

function sharedLines(interview: Interview): string[] {
  const lines: string[] = [];
  if (interview.topics.length) lines.push(`Topics of the interview: ${joined(interview.topics)}.`);
  if (interview.requests.length) lines.push(`Asked of you: ${joined(interview.requests)}.`);
  if (interview.concerns.length) lines.push(`A concern to answer in one confident sentence: ${joined(interview.concerns)}.`);
  if (interview.news.length) lines.push(`News since the interview worth mentioning: ${joined(interview.news)}.`);
  return lines;
}

/** Builds the email for one reminder of `interview`. */
export function buildReminderModel(reminder: Reminder, interview: Interview, appUrl: string | null): ReminderModel {
  const { window } = reminder;
  const at = (when: Date) => formatForInterview(when, interview);
  const names = listNames(reminder.interviewers);
  const closes = `${at(window.closes)} (${window.closesBecause})`;
  const subject =
    reminder.stage === "opens"
      ? `Ready to write to ${names} (${interview.company})`
      : `Last call: notes to ${names} (${interview.company}) — window closes ${at(window.closes)}`;
  const intro =
    reminder.stage === "opens"
      ? `Your ${interview.role} interview at ${interview.company} ended ${at(window.end)}. Now is a good time to send each of them a short, separate note that builds on your conversation.`
      : `The send window for your ${interview.role} interview at ${interview.company} closes ${closes}, and no note to ${names} has been logged yet.`;
  return {
    subject,
    intro,
    people: reminder.interviewers.map(personBlock),
    shared: sharedLines(interview),
    window: [`Best sent between ${at(window.opens)} and ${at(window.late)}.`, `At the latest by ${closes}.`],
    howToLog: "Bcc the checker address on each note you send: it is logged, and no more reminders come for that person.",
    interviewUrl: appUrl ? `${appUrl.replace(/\/$/, "")}/interviews/${encodeURIComponent(interview.id)}` : null,
    footer: "You get these reminders because they are on in Settings; turn them off there.",
  };
}
