/**
 * Zone offsets from the table scripts/build-time-zones.ts builds (every zone Intl knows, 2000
 * to 2050): answers without Intl, whose first object costs an isolate 12–17 ms of CPU. A zone
 * or instant the table lacks gives undefined, and time-zone.ts asks Intl instead.
 */
import { ZONE_CACHE_CHARS } from "./intl-zone.js";
import { onFirstUse } from "./text/first-use.js";
import { memoize } from "./text/memo.js";
import { ZONE_RULES, ZONE_RULES_FROM, ZONE_RULES_LISTED, ZONE_RULES_UNTIL } from "./zone-rules.generated.js";

const MINUTE_MS = 60_000;

/** A zone's offsets: `offsets[i]` (minutes east of UTC) holds from `changes[i - 1]` (ms) until `changes[i]`. */
interface ZoneOffsets {
  changes: number[];
  offsets: number[];
}

/** What a table name can hold: a name with a separator in it could match inside an entry. */
const TABLE_NAME = /^[A-Za-z][\w+\-/]*$/;

/** The table in lower case, made on the first look-up in another case: Intl reads zone names in any case. */
const lowerCaseRules = onFirstUse(() => ZONE_RULES.toLowerCase());

/** Where `|${zone}${after}` starts in the table, in any case (every table character is ASCII, so offsets agree), or -1. */
function find(zone: string, after: string): number {
  const exact = ZONE_RULES.indexOf(`|${zone}${after}`);
  if (exact >= 0) return exact;
  return lowerCaseRules().indexOf(`|${zone.toLowerCase()}${after}`);
}

/** What follows the name of the entry found at `at` and its separator, up to the entry's end. */
const afterName = (at: number, name: string) => ZONE_RULES.slice(at + name.length + 2, ZONE_RULES.indexOf("|", at + 1));

/** The entry body for `zone` ("-300 2ujo -240 …"), following one "=" alias, or undefined. */
function entryOf(zone: string): string | undefined {
  if (!TABLE_NAME.test(zone)) return undefined;
  const at = find(zone, " ");
  if (at >= 0) return afterName(at, zone);
  const alias = find(zone, "=");
  if (alias < 0) return undefined;
  const target = afterName(alias, zone);
  const targetAt = ZONE_RULES.indexOf(`|${target} `);
  return targetAt < 0 ? undefined : afterName(targetAt, target);
}

/** `zone`'s offsets decoded from its entry, once per zone; null for a zone the table lacks. */
const offsetsOf: (zone: string) => ZoneOffsets | null = memoize((zone) => {
  const body = entryOf(zone);
  if (body === undefined) return null;
  const fields = body.split(" ");
  const changes: number[] = [];
  const offsets = [Number(fields[0])];
  let at = ZONE_RULES_FROM;
  for (let i = 1; i + 1 < fields.length; i += 2) {
    at += parseInt(fields[i]!, 36) * MINUTE_MS;
    changes.push(at);
    offsets.push(Number(fields[i + 1]));
  }
  return { changes, offsets };
}, ZONE_CACHE_CHARS);

/** The zones Intl.supportedValuesOf("timeZone") lists (at install), in its order: the zones to offer a user. Read off the table once. */
export const listedZones: () => readonly string[] = onFirstUse(() =>
  ZONE_RULES.split("|", ZONE_RULES_LISTED + 1).slice(1).map((entry) => entry.slice(0, entry.indexOf(" "))),
);

/** True when the table holds `zone`, spelt in any case (as Intl reads names). */
export const hasZoneRules = (zone: string): boolean => offsetsOf(zone) !== null;

/** `zone`'s offset from UTC in minutes at `instant`, or undefined when the table lacks the zone or the year. */
export function tableOffsetMinutes(zone: string, instant: number): number | undefined {
  if (!(instant >= ZONE_RULES_FROM && instant < ZONE_RULES_UNTIL)) return undefined;
  const zoneOffsets = offsetsOf(zone);
  if (!zoneOffsets) return undefined;
  const { changes, offsets } = zoneOffsets;
  // The number of changes at or before `instant` indexes the offset in force.
  let [lo, hi] = [0, changes.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (changes[mid]! <= instant) lo = mid + 1;
    else hi = mid;
  }
  return offsets[lo];
}
