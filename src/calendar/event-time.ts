/**
 * An iCalendar DTSTART/DTEND as ISO-8601 with the event's real offset at that instant.
 *
 * A TZID the runtime knows (an IANA name, or a Windows name Outlook uses) is read with the
 * zone rules of time-zone.ts (Intl's tz data, tabled at install): current and fast. Any other
 * TZID uses the file's own VTIMEZONE through ical.js; floating times (and unknown TZIDs
 * without a definition) are read in the caller's fallback zone.
 *
 * Why not always the VTIMEZONE: ical.js expands its rules from their DTSTART, which
 * Exchange sets to 1601, so one lookup costs 20–35 ms, past a Worker's 10 ms CPU budget.
 * For the same reason a VTIMEZONE that is used has its open-ended yearly rules moved to
 * start shortly before the event (see trimTimezones), which yields the same transitions.
 */
import ICAL from "ical.js";
import { isTimeZone } from "../settings.js";
import { isoAtOffset, wallClockInZone } from "../time-zone.js";

/**
 * Windows zone names Outlook/Exchange put in TZID, read like IANA names. The
 * common ones only: any other is read through the file's VTIMEZONE. A Map: a TZID such as
 * "constructor" must not find Object.prototype's.
 */
const WINDOWS_ZONES: ReadonlyMap<string, string> = new Map(Object.entries({
  "Eastern Standard Time": "America/New_York",
  "Central Standard Time": "America/Chicago",
  "Mountain Standard Time": "America/Denver",
  "US Mountain Standard Time": "America/Phoenix",
  "Pacific Standard Time": "America/Los_Angeles",
  "Alaskan Standard Time": "America/Anchorage",
  "Hawaiian Standard Time": "Pacific/Honolulu",
  "Atlantic Standard Time": "America/Halifax",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "W. Europe Standard Time": "Europe/Berlin",
  "Romance Standard Time": "Europe/Paris",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "FLE Standard Time": "Europe/Kiev",
  "GTB Standard Time": "Europe/Bucharest",
  "India Standard Time": "Asia/Kolkata",
  "China Standard Time": "Asia/Shanghai",
  "Tokyo Standard Time": "Asia/Tokyo",
  "Singapore Standard Time": "Asia/Singapore",
  "AUS Eastern Standard Time": "Australia/Sydney",
  "UTC": "UTC",
}));

export interface EventInstant {
  /** ISO-8601 with the offset in force at that instant: "2026-11-17T13:00:00-05:00". */
  iso: string;
  /** Milliseconds since the epoch. */
  instant: number;
  /** The offset from UTC in minutes at that instant. */
  offsetMinutes: number;
  /** Set when the zone had to be guessed. */
  warning: string | null;
}

/** An ICAL.Time's wall-clock fields as the UTC milliseconds of the same fields. */
const wallFields = (time: ICAL.Time) => Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);

/** The IANA zone for a TZID that the file did not define, or null. */
function namedZone(tzid: string): string | null {
  const bare = tzid.replace(/^\/+/, "").trim();
  if (isTimeZone(bare)) return bare;
  return WINDOWS_ZONES.get(bare) ?? null;
}

/**
 * Converts a DTSTART/DTEND value. `tzid` is the property's TZID parameter (null when none);
 * `fallbackZone` (IANA) reads floating times and unknown TZIDs, else UTC.
 */
export function eventInstant(time: ICAL.Time, tzid: string | null, fallbackZone: string | undefined): EventInstant {
  const zone = time.zone;
  if (zone === ICAL.Timezone.utcTimezone || zone?.tzid === "UTC" || zone?.tzid === "Z") {
    const instant = time.toUnixTime() * 1000;
    return { iso: isoAtOffset(instant, 0), instant, offsetMinutes: 0, warning: null };
  }
  const named = tzid ? namedZone(tzid) : null;
  if (named) {
    const { instant, offset } = wallClockInZone(wallFields(time), named);
    return { iso: isoAtOffset(instant, offset), instant, offsetMinutes: offset, warning: null };
  }
  if (zone?.component) {
    // Defined by the file's own VTIMEZONE: ical.js applies its rules.
    const instant = time.toUnixTime() * 1000;
    const offsetMinutes = Math.round(zone.utcOffset(time) / 60);
    return { iso: isoAtOffset(instant, offsetMinutes), instant, offsetMinutes, warning: null };
  }
  const used = fallbackZone && isTimeZone(fallbackZone) ? fallbackZone : "UTC";
  const { instant, offset } = wallClockInZone(wallFields(time), used);
  const warning = tzid
    ? `unknown time zone "${tzid}": times were read as ${used}`
    : `the invitation gives times without a time zone: they were read as ${used}`;
  return { iso: isoAtOffset(instant, offset), instant, offsetMinutes: offset, warning };
}

/**
 * Moves the DTSTART of every open-ended yearly STANDARD/DAYLIGHT rule (no COUNT, no UNTIL)
 * to `year` − 1 when it lies further back. Such a rule has the same onsets from then on
 * whatever year it started, so offsets for events from `year` on are unchanged, but
 * ical.js no longer walks every year since 1601 to find them.
 */
export function trimTimezones(calendar: ICAL.Component, year: number): void {
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    for (const part of [...zone.getAllSubcomponents("standard"), ...zone.getAllSubcomponents("daylight")]) {
      const rule = part.getFirstPropertyValue("rrule");
      const start = part.getFirstPropertyValue("dtstart");
      if (!(rule instanceof ICAL.Recur) || !(start instanceof ICAL.Time)) continue;
      if (rule.freq !== "YEARLY" || rule.count || rule.until || start.year >= year - 1) continue;
      const moved = start.clone();
      moved.year = year - 1;
      part.updatePropertyWithValue("dtstart", moved);
    }
  }
}
