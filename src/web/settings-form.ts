/**
 * The settings form ↔ Settings. Like the interview form, it keeps what was typed so a
 * failed save loses nothing.
 */
import { settingsSchema } from "../settings.js";
import type { RuleId, Settings } from "../types.js";
import type { FieldErrors } from "./forms.js";

export const NUMBER_FIELDS = ["tooEarlyMinutes", "lateWarningHours", "lateErrorHours", "longWarningWords", "longErrorWords"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** `reminders` is the checkbox as "on" or "off" (a form sends an unticked box as nothing at all). */
export type SettingsForm = Record<NumberField | "ownerAddresses" | "timeZone" | "personalWords" | "reminders", string> & { disabledRules: string[] };

/** The form's label of each field (in the page's order): shown beside it, and naming it where a saved version differs. */
export const SETTINGS_LABELS: Record<keyof SettingsForm, string> = {
  ownerAddresses: "Your addresses",
  timeZone: "Time zone",
  tooEarlyMinutes: "Too early: minutes after the end",
  lateWarningHours: "Late: hours after the end",
  lateErrorHours: "Too late: hours after the end",
  longWarningWords: "Long: words",
  longErrorWords: "Too long: words",
  personalWords: "Your words",
  reminders: "Email reminders",
  disabledRules: "Rules turned off",
};

type Body = Record<string, string | File | (string | File)[]>;
const str = (value: Body[string] | undefined) => (typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "");

/** Reads a body parsed with `{ all: true }` (the rule checkboxes repeat one name). */
export function readSettingsForm(body: Body): SettingsForm {
  const rules = body.disabledRules;
  const disabled = (Array.isArray(rules) ? rules : rules === undefined ? [] : [rules]).filter((r): r is string => typeof r === "string");
  return {
    ownerAddresses: str(body.ownerAddresses),
    timeZone: str(body.timeZone),
    personalWords: str(body.personalWords),
    tooEarlyMinutes: str(body.tooEarlyMinutes),
    lateWarningHours: str(body.lateWarningHours),
    lateErrorHours: str(body.lateErrorHours),
    longWarningWords: str(body.longWarningWords),
    longErrorWords: str(body.longErrorWords),
    reminders: str(body.reminders) === "on" ? "on" : "off",
    disabledRules: disabled,
  };
}

export function settingsToForm(settings: Settings): SettingsForm {
  return {
    ownerAddresses: settings.ownerAddresses.join("\n"),
    timeZone: settings.timeZone,
    personalWords: settings.personalWords.join("\n"),
    tooEarlyMinutes: String(settings.tooEarlyMinutes),
    lateWarningHours: String(settings.lateWarningHours),
    lateErrorHours: String(settings.lateErrorHours),
    longWarningWords: String(settings.longWarningWords),
    longErrorWords: String(settings.longErrorWords),
    reminders: settings.reminders ? "on" : "off",
    disabledRules: [...settings.disabledRules],
  };
}

/** Words may be separated by lines, commas or spaces. */
const words = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

export function formToSettings(form: SettingsForm): SettingsResult {
  const errors: FieldErrors = {};
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((field) => {
      const value = form[field].trim() === "" ? Number.NaN : Number(form[field]);
      if (Number.isNaN(value)) errors[field] = "must be a number";
      return [field, value];
    }),
  );
  const parsed = settingsSchema.safeParse({
    ...numbers,
    ownerAddresses: words(form.ownerAddresses),
    timeZone: form.timeZone.trim(),
    personalWords: words(form.personalWords),
    reminders: form.reminders === "on",
    disabledRules: form.disabledRules as RuleId[],
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "timeZone")] ??= issue.message;
  }
  if (parsed.success && parsed.data.lateErrorHours < parsed.data.lateWarningHours) errors.lateErrorHours = "must not be less than the late warning";
  if (parsed.success && parsed.data.longErrorWords < parsed.data.longWarningWords) errors.longErrorWords = "must not be less than the long warning";
  return parsed.success && !Object.keys(errors).length ? { ok: true, settings: parsed.data } : { ok: false, errors };
}
