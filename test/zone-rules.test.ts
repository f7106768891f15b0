import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intlOffsetMinutes } from "../src/intl-zone.js";
import { isTimeZone } from "../src/settings.js";
import { zoneOffsetMinutes } from "../src/time-zone.js";
import { ZONE_RULES, ZONE_RULES_FROM, ZONE_RULES_UNTIL } from "../src/zone-rules.generated.js";
import { hasZoneRules, listedZones, tableOffsetMinutes } from "../src/zone-rules.js";

const MINUTE_MS = 60_000;
const TABLE_NAMES = ZONE_RULES.split("|").filter(Boolean).map((entry) => entry.split(/[ =]/)[0]!);

/** The instants at which `zone`'s table entry changes offset. */
function changesOf(zone: string): number[] {
  const entry = ZONE_RULES.split("|").find((e) => e.startsWith(`${zone} `))!;
  const fields = entry.split(" ").slice(2);
  const changes: number[] = [];
  let at = ZONE_RULES_FROM;
  for (let i = 0; i < fields.length; i += 2) changes.push((at += parseInt(fields[i]!, 36) * MINUTE_MS));
  return changes;
}

describe("zone table (built from this Node's Intl at install)", () => {
  it("holds every zone Intl lists, and the spellings invitations use besides", () => {
    for (const zone of [...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC", "Asia/Kolkata", "Europe/Kyiv", "US/Eastern", "Etc/GMT+5"]) {
      expect(hasZoneRules(zone), zone).toBe(true);
    }
  });

  it("gives Intl's offset at every change of every zone, and the minute before it", () => {
    for (const zone of TABLE_NAMES.filter((z) => ZONE_RULES.includes(`|${z} `))) {
      for (const change of changesOf(zone)) {
        expect(tableOffsetMinutes(zone, change), `${zone} at ${new Date(change).toISOString()}`).toBe(intlOffsetMinutes(zone, change));
        expect(tableOffsetMinutes(zone, change - MINUTE_MS), `${zone} before ${new Date(change).toISOString()}`).toBe(intlOffsetMinutes(zone, change - MINUTE_MS));
      }
    }
  });

  it("gives Intl's offset at any instant of any zone it holds, aliases included", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TABLE_NAMES), fc.integer({ min: ZONE_RULES_FROM, max: ZONE_RULES_UNTIL - 1 }), (zone, instant) => {
        expect(tableOffsetMinutes(zone, instant)).toBe(intlOffsetMinutes(zone, instant));
      }),
      { numRuns: 20_000 },
    );
  });

  it("an alias reads its zone's rules (US/Eastern is New York), and a name in any case, as Intl reads it", () => {
    const july = Date.UTC(2026, 6, 1);
    expect(tableOffsetMinutes("US/Eastern", july)).toBe(-240);
    expect(tableOffsetMinutes("Asia/Kolkata", july)).toBe(330);
    for (const name of ["europe/berlin", "EUROPE/BERLIN", "us/eastern", "utc"]) expect(tableOffsetMinutes(name, july), name).toBe(intlOffsetMinutes(name, july));
  });

  it("lists the zones to offer as Intl lists them", () => {
    expect(listedZones()).toEqual(Intl.supportedValuesOf("timeZone"));
  });

  it("leaves to Intl what it does not hold: other years, other spellings, names that could match inside an entry", () => {
    expect(tableOffsetMinutes("Europe/Berlin", ZONE_RULES_FROM - 1)).toBeUndefined();
    expect(tableOffsetMinutes("Europe/Berlin", ZONE_RULES_UNTIL)).toBeUndefined();
    for (const name of ["Mars/Olympus", "America/New_York -300", "0 2ujo", "", "|", "constructor", "Customized Time Zone"]) {
      expect(hasZoneRules(name), name).toBe(false);
      expect(tableOffsetMinutes(name, Date.UTC(2026, 0, 1)), name).toBeUndefined();
    }
    // …which still reads them as before.
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("Customized Time Zone")).toBe(false);
    expect(zoneOffsetMinutes("Europe/Berlin", Date.UTC(1990, 6, 1))).toBe(120);
    expect(zoneOffsetMinutes("Mars/Olympus", Date.UTC(2026, 6, 1))).toBe(0);
  });
});
