/**
 * The owner's settings: timing thresholds, word limits, a personal word list and rules
 * turned off. Defaults are the spec's; every consumer (email, CLI, web) reads them the same way.
 */
import "./zod-english.js";
import * as z from "zod/mini";
import { intlKnowsZone } from "./intl-zone.js";
import { RULE_IDS } from "./types.js";
import { hasZoneRules } from "./zone-rules.js";

/**
 * True when `zone` is an IANA time zone: one the zone table holds (without building an Intl
 * object, zone-rules.ts), or any other spelling the runtime's Intl accepts.
 */
export const isTimeZone = (zone: string): boolean => hasZoneRules(zone) || intlKnowsZone(zone);

export const settingsSchema = z.strictObject({
  /** Addresses allowed to send to the checker, in addition to OWNER_ADDRESSES in wrangler.toml. */
  ownerAddresses: z._default(z.array(z.email({ error: "must be an email address" }).check(z.maxLength(254))).check(z.maxLength(20, "must have at most 20 entries")), []),
  /** A note checked or sent sooner than this after the interview's end looks pre-written. */
  tooEarlyMinutes: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(24 * 60)), 60),
  /** Later than this after the end: a warning. */
  lateWarningHours: z._default(z.number().check(z.positive(), z.maximum(24 * 30)), 24),
  /** Later than this after the end: an error. */
  lateErrorHours: z._default(z.number().check(z.positive(), z.maximum(24 * 60)), 72),
  /** Word counts above which a note stops being a note. */
  longWarningWords: z._default(z.number().check(z.int(), z.positive(), z.maximum(5000)), 250),
  longErrorWords: z._default(z.number().check(z.int(), z.positive(), z.maximum(10000)), 400),
  /** Words the spelling rule must accept (jargon, names, the user's own vocabulary). */
  personalWords: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))).check(z.maxLength(2000)), []),
  disabledRules: z._default(z.array(z.enum(RULE_IDS)), []),
  /** Email the owner when a send window opens and before it closes while a note is still owed. */
  reminders: z._default(z.boolean(), true),
  /** IANA time zone used to show times when no interview offset applies. */
  timeZone: z._default(z.string().check(z.maxLength(64), z.refine(isTimeZone, "must be a time zone such as Europe/Berlin or America/New_York")), "UTC"),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
