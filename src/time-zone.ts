/**
 * Time-zone arithmetic shared by the web app (form times in the owner's zone) and calendar
 * import (event times in the event's zone). The zone rules come from the table built at install
 * (zone-rules.ts), and from Intl for what it lacks (intl-zone.ts); this does the rest.
 */
import { intlOffsetMinutes } from "./intl-zone.js";
import { tableOffsetMinutes } from "./zone-rules.js";

const MINUTE_MS = 60_000;

const pad = (n: number) => String(n).padStart(2, "0");

/** The zone's offset from UTC in minutes at `instant` (−300 for New York in winter); UTC for an unknown zone. */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  return tableOffsetMinutes(zone, instant) ?? intlOffsetMinutes(zone, instant);
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
