/**
 * The owner's settings: timing thresholds, word limits, a personal word list and rules
 * turned off. Defaults are the spec's; every consumer (email, CLI, web) reads them the same way.
 */
import { z } from "zod";
import { RULE_IDS } from "./types.js";

export const settingsSchema = z.strictObject({
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
  /** IANA time zone used to show times when no interview offset applies. */
  timeZone: z.string().max(64).default("UTC"),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
