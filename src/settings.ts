/**
 * The owner's settings: timing thresholds, word limits, a personal word list and rules
 * turned off. Defaults are the spec's; every consumer (email, CLI, web) reads them the same way.
 */
import { z } from "zod";
import { RULE_IDS } from "./types.js";

/** True when `zone` is an IANA time zone the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.strictObject({
  /** Addresses allowed to send to the checker, in addition to OWNER_ADDRESSES in wrangler.toml. */
  ownerAddresses: z.array(z.email({ error: "must be an email address" }).max(254)).max(20, "must have at most 20 entries").default([]),
  /** A note checked or sent sooner than this after the interview's end looks pre-written. */
  tooEarlyMinutes: z.number().int().min(0).max(24 * 60).default(60),
  /** Later than this after the end: a warning. */
  lateWarningHours: z.number().positive().max(24 * 30).default(24),
  /** Later than this after the end: an error. */
  lateErrorHours: z.number().positive().max(24 * 60).default(72),
  /** Word counts above which a note stops being a note. */
  longWarningWords: z.number().int().positive().max(5000).default(250),
  longErrorWords: z.number().int().positive().max(10000).default(400),
  /** Words the spelling rule must accept (jargon, names, the user's own vocabulary). */
  personalWords: z.array(z.string().trim().min(1).max(64)).max(2000).default([]),
  disabledRules: z.array(z.enum(RULE_IDS)).default([]),
  /** Email the owner when a send window opens and before it closes while a note is still owed. */
  reminders: z.boolean().default(true),
  /** IANA time zone used to show times when no interview offset applies. */
  timeZone: z.string().max(64).refine(isTimeZone, "must be a time zone such as Europe/Berlin or America/New_York").default("UTC"),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
