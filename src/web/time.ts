/**
 * Times in the owner's time zone (settings.timeZone): display, and conversion between the
 * form's `datetime-local` values and ISO-8601 with the zone's offset at that moment.
 */
import { isoOffset, wallClockInZone, zoneFormatter, zoneOffsetMinutes } from "../time-zone.js";

const MINUTE_MS = 60_000;

const dateTimeFormat = zoneFormatter("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const dateFormat = zoneFormatter("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric" });

const pad = (n: number) => String(n).padStart(2, "0");

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-11-17T13:00" read as wall-clock time in `zone` → "2026-11-17T13:00:00-05:00".
 * Anything else is returned unchanged, for the schema to accept (a full ISO value) or explain.
 */
export function localInputToIso(value: string, zone: string): string {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return value.trim();
  const { offset } = wallClockInZone(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])), zone);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${isoOffset(offset)}`;
}

/** An ISO instant as a `datetime-local` value in `zone`; "" for anything unreadable. */
export function isoToLocalInput(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return "";
  const local = new Date(instant + zoneOffsetMinutes(zone, instant) * MINUTE_MS);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** "Tue 17 Nov, 16:00" in `zone`. */
export function formatInZone(when: Date | number, zone: string): string {
  return dateTimeFormat(zone).format(when);
}

/** "Tue 17 Nov 2026" in `zone`. */
export function formatDateInZone(when: Date | number, zone: string): string {
  return dateFormat(zone).format(when);
}

/** The time zones to offer in the settings form. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.("timeZone") ?? ["UTC"];
}
