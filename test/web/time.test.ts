/** One date and time style in the app and its emails, decision dates included. */
import { describe, expect, it } from "vitest";
import { formatForInterview } from "../../src/timing.js";
import { formatDateInZone, formatDeadline, formatInZone } from "../../src/web/time.js";
import { interview } from "../helpers/context.js";

const northwind = interview("northwind-sre");

describe("web/time.ts: the app's dates and times", () => {
  it("writes a moment as the emails do, in the owner's zone (the emails add the offset)", () => {
    for (const iso of ["2026-11-17T16:00:00-05:00", "2026-09-03T07:05:00-04:00", "2027-01-01T00:00:00-05:00"]) {
      const at = new Date(iso);
      expect(formatForInterview(at, { ...northwind, end: iso })).toBe(`${formatInZone(at, "America/New_York")} (UTC−0${iso.endsWith("04:00") ? 4 : 5}:00)`);
    }
    expect(formatInZone(new Date("2026-11-17T21:00:00Z"), "Europe/Berlin")).toBe("Tue 17 Nov 22:00");
    expect(formatInZone(new Date("2026-09-03T11:05:00Z"), "UTC")).toBe("Thu 3 Sep 11:05");
  });

  it("writes a day in the same style", () => {
    expect(formatDateInZone(new Date("2026-11-17T23:30:00Z"), "UTC")).toBe("Tue 17 Nov");
    expect(formatDateInZone(new Date("2026-11-17T23:30:00Z"), "Asia/Tokyo")).toBe("Wed 18 Nov");
  });

  it("writes a decision or send-by date as typed: a day stays that day, a date-time is shown in the zone", () => {
    expect(formatDeadline("2026-11-24", "Asia/Tokyo")).toBe("Tue 24 Nov");
    expect(formatDeadline("2026-11-24", "America/Los_Angeles")).toBe("Tue 24 Nov");
    expect(formatDeadline("2026-11-24T17:00:00-05:00", "America/New_York")).toBe("Tue 24 Nov 17:00");
    expect(formatDeadline("not a date", "UTC")).toBe("not a date");
  });
});
