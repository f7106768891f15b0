/**
 * Time-zone arithmetic shared by the web app (form times in the owner's zone) and calendar
 * import (event times in the event's zone): Intl does the zone rules, this does the rest.
 */
import { isTimeZone } from "./settings.js";

const MINUTE_MS = 60_000;

const pad = (n: number) => String(n).padStart(2, "0");

/** Formatters kept per zone and use: every zone a real user meets, a bounded few if a hostile input brings thousands. */
const MAX_FORMATTERS = 200;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl.DateTimeFormat for `zone` (UTC for an unknown zone) with `options`, kept under
 * `use`: building one costs a tenth of a millisecond, formatting with one far less.
 */
export function zoneFormat(use: string, locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const timeZone = isTimeZone(zone) ? zone : "UTC";
  const key = `${use} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    if (formatters.size < MAX_FORMATTERS) formatters.set(key, format);
  }
  return format;
}

const WALL_CLOCK: Intl.DateTimeFormatOptions = { hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" };

/** The zone's offset from UTC in minutes at `instant` (−300 for New York in winter); UTC for an unknown zone. */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  const parts = zoneFormat("wall-clock", "en-US", zone, WALL_CLOCK).formatToParts(new Date(instant));
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
