/**
 * Zone rules from the runtime's Intl (its ICU tz data): the fallback of time-zone.ts for what
 * the zone table (zone-rules.ts) does not hold, and what scripts/build-time-zones.ts builds
 * that table from. Building the first Intl object of an isolate costs 12–17 ms of CPU
 * (docs/performance.md), so the Worker asks Intl only for zones and years the table lacks.
 */
import { memoize } from "./text/memo.js";

/**
 * Characters of zone names whose answers are remembered: every zone a real user meets, while
 * a hostile invitation listing thousands of made-up TZIDs cannot grow the cache without bound.
 */
export const ZONE_CACHE_CHARS = 10_000;

/**
 * The characters a time zone Intl accepts can hold (ECMA-402: an IANA name, or an offset such as
 * "+05:30"). Exchange writes TZIDs like "Customized Time Zone": asking Intl about one would
 * build an Intl object (12–17 ms, the isolate's first) to learn what its spelling already says.
 */
const ZONE_SPELLING = /^[A-Za-z0-9._+\-/:]+$/;

/** True when the runtime's Intl knows `zone` (any spelling it accepts: "US/Eastern", "utc"). */
export const intlKnowsZone: (zone: string) => boolean = memoize((zone) => {
  if (!ZONE_SPELLING.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, ZONE_CACHE_CHARS);

/** One formatter per zone: building one costs a tenth of a millisecond, formatting with one far less. */
const offsetFormat = memoize((timeZone) => new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }), ZONE_CACHE_CHARS);

/** The offset as longOffset writes it, after the date: "GMT-05:00", "GMT+05:45", "GMT" for zero, seconds for old local mean times. */
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The zone's offset from UTC in minutes at `instant` by Intl (−300 for New York in winter); UTC for a zone Intl does not know. */
export function intlOffsetMinutes(zone: string, instant: number): number {
  const m = LONG_OFFSET.exec(offsetFormat(intlKnowsZone(zone) ? zone : "UTC").format(new Date(instant)));
  if (!m?.[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
  return Math.round(m[1] === "-" ? -minutes : minutes);
}
