/**
 * The reminder email: subject, plain text and HTML from one model.
 */
import { NO_APP_URL_NOTE } from "../report/model.js";
import type { Interview } from "../types.js";
import { buildReminderModel, type ReminderModel } from "./model.js";
import { renderReminderHtml } from "./reminder-view.js";
import type { Reminder } from "./schedule.js";

export interface ReminderEmail {
  subject: string;
  text: string;
  html: string;
}

/** The reminder as plain text: the email's text/plain part. */
export function renderReminderText(model: ReminderModel): string {
  const { headings } = model;
  const out = [model.intro, "", headings.people];
  for (const person of model.people) out.push(`  ${person.heading}`, ...person.lines.map((l) => `    ${l}`));
  out.push("");
  if (model.shared.length) out.push(headings.shared, ...model.shared.map((l) => `  ${l}`), "");
  out.push(headings.window, ...model.window.map((l) => `  ${l}`), "", model.howToLog, "");
  out.push(model.interviewUrl ? `Interview: ${model.interviewUrl}` : NO_APP_URL_NOTE, "");
  out.push(model.footer);
  return `${out.join("\n")}\n`;
}

/** The email for one reminder (see dueReminders) of `interview`; `appUrl` links to it. */
export function reminderEmail(reminder: Reminder, interview: Interview, appUrl: string | null): ReminderEmail {
  const model = buildReminderModel(reminder, interview, appUrl);
  return { subject: model.subject, text: renderReminderText(model), html: renderReminderHtml(model) };
}
