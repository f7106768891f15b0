import { afterEach, describe, expect, it } from "vitest";
import { isTimeZone } from "../src/settings.js";
import { wallClockInZone, zoneOffsetMinutes } from "../src/time-zone.js";

// Its own file, so no other test has built (and the modules remembered) an Intl object first.
describe("zone arithmetic without Intl", () => {
  const RealDateTimeFormat = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = RealDateTimeFormat;
  });

  it("validates and converts the zones of the table without building an Intl object (12–17 ms for an isolate's first)", () => {
    let built = 0;
    Intl.DateTimeFormat = new Proxy(RealDateTimeFormat, {
      construct(target, args) {
        built++;
        return Reflect.construct(target, args);
      },
    });
    expect(isTimeZone("Pacific/Chatham")).toBe(true);
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    // 01:30 on the day New York falls back happens twice; 02:30 on the day it springs forward never does.
    expect(wallClockInZone(Date.UTC(2026, 10, 1, 1, 30), "America/New_York").offset).toBe(-240);
    expect(wallClockInZone(Date.UTC(2026, 2, 8, 12, 0), "America/New_York").offset).toBe(-240);
    expect(zoneOffsetMinutes("Australia/Lord_Howe", Date.UTC(2026, 0, 15))).toBe(660);
    expect(zoneOffsetMinutes("Asia/Kathmandu", Date.UTC(2026, 0, 15))).toBe(345);
    expect(built).toBe(0);
  });
});
