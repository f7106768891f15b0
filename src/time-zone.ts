/**
 * Time-zone arithmetic shared by the web app (form times in the owner's zone) and calendar
 * import (event times in the event's zone): Intl does the zone rules, this does the rest.
 */
import { isTimeZone, ZONE_CACHE_CHARS } from "./settings.js";
import { memoize } from "./text/memo.js";

const MINUTE_MS = 60_000;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A function giving an Intl.DateTimeFormat with `options` for a zone (UTC for an unknown one),
 * each kept per zone: building one costs a tenth of a millisecond, formatting with one far less.
 */
export function zoneFormatter(locale: string, options: Intl.DateTimeFormatOptions): (zone: string) => Intl.DateTimeFormat {
  const forZone = memoize((timeZone) => new Intl.DateTimeFormat(locale, { ...options, timeZone }), ZONE_CACHE_CHARS);
  return (zone) => forZone(isTimeZone(zone) ? zone : "UTC");
}

const wallClockFormat = zoneFormatter("en-US", { hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** The zone's offset from UTC in minutes at `instant` (−300 for New York in winter); UTC for an unknown zone. */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  const parts = wallClockFormat(zone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE_MS);
}

/** An offset as ISO-8601 writes it: −300 → "-05:00". */
export function isoOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Formats an instant at a fixed offset as ISO-8601 with that offset. */
export function isoAtOffset(instant: number, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * MINUTE_MS);
  return `${local.toISOString().slice(0, 19)}${isoOffset(offsetMinutes)}`;
}

/**
 * Wall-clock time in `zone` (given as the UTC milliseconds of the same fields) → the instant
 * and the offset in force then. The offset is re-checked once, so times next to a DST change
 * land right.
 */
export function wallClockInZone(wallAsUtc: number, zone: string): { instant: number; offset: number } {
  let offset = zoneOffsetMinutes(zone, wallAsUtc);
  offset = zoneOffsetMinutes(zone, wallAsUtc - offset * MINUTE_MS);
  return { instant: wallAsUtc - offset * MINUTE_MS, offset };
}
