/**
 * A reminder email's content as one model, rendered as text and as HTML so the two parts
 * never disagree (as for reports).
 */
import { interviewLink } from "../report/model.js";
import { andList } from "../text/and-list.js";
import { formatDecision, formatForInterview, isoOffsetMinutes, OPTIONAL_NOTE_ADVICE, paceAdvice, wallClockAt } from "../timing.js";
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
  /** The headings of the three parts below, which differ between a thank-you reminder and a check-in. */
  headings: { people: string; shared: string; window: string };
  people: PersonBlock[];
  /** What every note to this panel can draw on: the interview's own facts (for a check-in, what to say). */
  shared: string[];
  window: string[];
  howToLog: string;
  /** The interview in the web app; null when the Worker has no APP_URL (the email then says how to set it). */
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
  return andList(names);
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

const FOOTER = "You get these reminders because they are on in Settings; turn them off there.";

/** The check-in reminder: the decision date has passed with no outcome marked. */
function checkInModel(reminder: Reminder, interview: Interview, appUrl: string | null): ReminderModel {
  const day = wallClockAt(new Date(interview.start), isoOffsetMinutes(interview.start)).day;
  const recruiter = interview.recruiter;
  const people = recruiter
    ? [{ heading: `${recruiter.name}, your recruiter${recruiter.agency ? ` at ${recruiter.agency}` : ""}`, lines: ["They arranged the interview: ask them where things stand, rather than the panel."] }]
    : [{ heading: "One person, not the whole panel", lines: [`Write to whoever told you when they would decide (${listNames(reminder.interviewers)} were on the panel).`] }];
  return {
    subject: `Time for a short check-in: ${interview.role} at ${interview.company}`,
    intro: `${interview.company} meant to decide by ${formatDecision(interview) ?? "now"}, and you have not marked how it ended. If you have heard nothing, a short, courteous check-in is in order.`,
    headings: { people: "Who to write to", shared: "What to say", window: "When" },
    people,
    shared: [
      `Name the role and the date, e.g. “my interview for the ${interview.role} role on ${day}”.`,
      "Say you are still interested, and ask whether there is any update on their timeline.",
      "Keep it to a few lines: no new case for yourself, and no reproach for the wait.",
    ],
    window: ["Any working day now. If they gave you a new date, save it as the decision date instead: the reminder then follows it."],
    howToLog: "Once you hear, mark the outcome (offer, rejected, withdrawn, or still waiting) when you edit the interview: its reminders then stop. Bcc the checker address on the check-in and it is logged.",
    interviewUrl: interviewLink(appUrl, interview),
    footer: FOOTER,
  };
}

/** Builds the email for one reminder of `interview`. */
export function buildReminderModel(reminder: Reminder, interview: Interview, appUrl: string | null): ReminderModel {
  if (reminder.stage === "check-in") return checkInModel(reminder, interview, appUrl);
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
  const pace = paceAdvice(window, interview);
  return {
    subject,
    intro: window.optional ? `${intro} ${OPTIONAL_NOTE_ADVICE}` : intro,
    headings: { people: "What each note should mention", shared: "For every note", window: "Send window" },
    people: reminder.interviewers.map(personBlock),
    shared: sharedLines(interview),
    window: [`Best sent between ${at(window.opens)} and ${at(window.late)}.`, `At the latest by ${closes}.`, ...(pace ? [pace] : [])],
    howToLog: "Bcc the checker address on each note you send: it is logged, and no more reminders come for that person.",
    interviewUrl: interviewLink(appUrl, interview),
    footer: FOOTER,
  };
}
