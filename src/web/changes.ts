/**
 * What a saved version holds that a stale form would overwrite: field by field, labelled as
 * the form labels them, with the saved value as the form would show it. Both sides are
 * validated values turned into form text, so spaces and line order typed differently do not
 * count as a change.
 */
import type { Interview } from "../facts/schema.js";
import type { Settings } from "../types.js";
import { INTERVIEW_LABELS, INTERVIEWER_FIELDS, INTERVIEWER_LABELS, interviewToForm, TOP_FIELDS } from "./forms.js";
import { SETTINGS_LABELS, settingsToForm, type SettingsForm } from "./settings-form.js";

/** One field where the saved version differs: its label, and what the saved version holds there. */
export interface Change {
  label: string;
  text: string;
}

/** Characters of one saved value shown: enough to recognise it, while a long list stays one line or two. */
export const SHOWN_VALUE_CHARS = 200;

/** A form value as one line ("one; two" for a list), cut to SHOWN_VALUE_CHARS. */
function shown(value: string): string {
  const line = value.split("\n").join("; ");
  return line.length > SHOWN_VALUE_CHARS ? `${line.slice(0, SHOWN_VALUE_CHARS)}…` : line;
}

function change(label: string, saved: string): Change {
  return { label, text: saved ? `saved as “${shown(saved)}”` : "empty in the saved version" };
}

/** The fields of `saved` that differ from `yours`; times as the form shows them in `zone`. */
export function interviewChanges(yours: Interview, saved: Interview, zone: string): Change[] {
  const mine = interviewToForm(yours, zone);
  const theirs = interviewToForm(saved, zone);
  const changes = TOP_FIELDS.filter((field) => mine[field] !== theirs[field]).map((field) => change(INTERVIEW_LABELS[field], theirs[field]));
  const rows = Math.max(mine.interviewers.length, theirs.interviewers.length);
  for (let row = 0; row < rows; row++) {
    const [my, their] = [mine.interviewers[row], theirs.interviewers[row]];
    const label = `Interviewer ${row + 1}`;
    if (!their) changes.push({ label, text: "not in the saved version" });
    else if (!my) changes.push({ label, text: `only in the saved version (${shown(their.name)})` });
    else for (const field of INTERVIEWER_FIELDS) if (my[field] !== their[field]) changes.push(change(`${label}, ${INTERVIEWER_LABELS[field]}`, their[field]));
  }
  return changes;
}

/** The settings form's fields where `saved` differs from `yours`; rules turned off compare as a set. */
export function settingsChanges(yours: Settings, saved: Settings): Change[] {
  const text = (form: SettingsForm, field: keyof SettingsForm) => (field === "disabledRules" ? [...form.disabledRules].sort().join(", ") : form[field]);
  const [mine, theirs] = [settingsToForm(yours), settingsToForm(saved)];
  const fields = Object.keys(SETTINGS_LABELS) as (keyof SettingsForm)[];
  return fields.filter((field) => text(mine, field) !== text(theirs, field)).map((field) => change(SETTINGS_LABELS[field], text(theirs, field)));
}
