/**
 * Times in the owner's time zone (settings.timeZone): the one formatter of every date and time
 * the web app shows, in the style of the emails (timing.ts wallClockAt), and conversion
 * between the form's `datetime-local` values and ISO-8601 with the zone's offset at that moment.
 */
import { isoOffset, wallClockInZone, zoneOffsetMinutes } from "../time-zone.js";
import { wallClockAt } from "../timing.js";
import { listedZones } from "../zone-rules.js";

const MINUTE_MS = 60_000;

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

const inZone = (when: Date | number, zone: string) => wallClockAt(when, zoneOffsetMinutes(zone, new Date(when).getTime()));

/** "Tue 17 Nov 16:00" in `zone` (the emails write the same, followed by the offset). */
export function formatInZone(when: Date | number, zone: string): string {
  const { day, time } = inZone(when, zone);
  return `${day} ${time}`;
}

/** "Tue 17 Nov": the day of `when` in `zone`. */
export function formatDateInZone(when: Date | number, zone: string): string {
  return inZone(when, zone).day;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A decision or send-by date as the facts hold it: a day ("2026-11-24") is that calendar day
 * wherever the owner is ("Tue 24 Nov"); a date-time is shown in `zone`; anything else as it is.
 */
export function formatDeadline(value: string, zone: string): string {
  if (DATE_ONLY.test(value)) return formatDateInZone(Date.parse(`${value}T12:00:00Z`), "UTC");
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? value : formatInZone(instant, zone);
}

/**
 * The time zones to offer: Intl's list as the zone table holds it (zone-rules.ts, so none needs
 * an Intl object), with UTC (the default, which the list leaves out) first.
 */
export function knownTimeZones(): string[] {
  return ["UTC", ...listedZones()];
}

/** One region of the time zone list ("America") with its zones, each labelled by its place ("New York"). */
export interface ZoneGroup {
  region: string;
  zones: { value: string; label: string }[];
}

/**
 * `zones` by region, in the order given, for a list that reads the same in every browser (a
 * select with a group per region, where typing a place's first letters jumps to it). Zones
 * without a region (UTC) come first, on their own.
 */
export function zoneGroups(zones: readonly string[]): ZoneGroup[] {
  const groups = new Map<string, ZoneGroup>();
  for (const zone of zones) {
    const slash = zone.indexOf("/");
    const region = slash < 0 ? "" : zone.slice(0, slash);
    const label = (slash < 0 ? zone : zone.slice(slash + 1)).replace(/_/g, " ");
    if (!groups.has(region)) groups.set(region, { region, zones: [] });
    groups.get(region)!.zones.push({ value: zone, label });
  }
  return [...groups.values()].sort((a, b) => (a.region === "" ? -1 : b.region === "" ? 1 : 0));
}
