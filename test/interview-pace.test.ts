/**
 * How soon they decide moves the send window: a decision within two days of the end puts the
 * best time on the same day ("send today") and the reminders with it; one weeks away lets a
 * considered note wait for the next day.
 */
import { describe, expect, it } from "vitest";
import type { Interview } from "../src/facts/schema.js";
import { dueReminders, stageTimes } from "../src/reminders/schedule.js";
import { reminderEmail } from "../src/reminders/email.js";
import { windowLines } from "../src/report/model.js";
import { rule as tooLate } from "../src/rules/too-late.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { paceAdvice, paceOf, sendWindow } from "../src/timing.js";
import { timingOf } from "../src/web/status.js";
import { interview, makeContext } from "./helpers/context.js";

// northwind-sre ends Tue 17 Nov 16:00 −05:00 (21:00Z).
const base = interview("northwind-sre");
const deciding = (decisionBy: string | null, over: Partial<Interview> = {}): Interview => ({ ...base, decisionBy, ...over });
const quick = deciding("2026-11-18");
const unhurried = deciding("2026-12-08");
const usual = base;
const late = (i: Interview, at: string) => tooLate.check(makeContext("Hi Priya,\n\nThanks.\n\nAlex", { interview: i, at: new Date(at) }));

describe("the pace of the decision", () => {
  it("is quick within 48 hours of the end, unhurried at two weeks or more, usual in between or without a date", () => {
    const end = new Date(base.end);
    const after = (hours: number) => new Date(end.getTime() + hours * 3_600_000);
    expect([paceOf(end, after(48)), paceOf(end, after(49)), paceOf(end, after(14 * 24 - 1)), paceOf(end, after(14 * 24)), paceOf(end, null)]).toEqual(["quick", "usual", "usual", "unhurried", "usual"]);
    expect(sendWindow(quick, DEFAULT_SETTINGS).pace).toBe("quick");
    expect(sendWindow(unhurried, DEFAULT_SETTINGS).pace).toBe("unhurried");
    expect(sendWindow(usual, DEFAULT_SETTINGS).pace).toBe("usual");
  });
});

describe("a quick decision: send today", () => {
  const window = sendWindow(quick, DEFAULT_SETTINGS);

  it("ends the best time with the interview's own day and closes at the decision", () => {
    expect(window.late).toEqual(new Date("2026-11-17T23:59:59-05:00"));
    expect(window.closes).toEqual(new Date("2026-11-18T23:59:59-05:00"));
    expect(window.closesBecause).toBe("the decision date");
  });

  it("leaves at least two hours after the window opens for an interview that ends late in the evening", () => {
    const evening = deciding("2026-11-18", { start: "2026-11-17T20:00:00-05:00", end: "2026-11-17T23:00:00-05:00" });
    expect(sendWindow(evening, DEFAULT_SETTINGS).late).toEqual(new Date("2026-11-18T02:00:00-05:00"));
  });

  it("says so with the window, and the next morning's note is told to go now, before they decide", () => {
    expect(paceAdvice(window, quick)).toBe("They decide by Wed 18 Nov, within two days of the interview: send your notes today.");
    expect(windowLines(quick, DEFAULT_SETTINGS, new Date("2026-11-17T18:00:00-05:00")).at(-1)).toBe(paceAdvice(window, quick));
    const [finding] = late(quick, "2026-11-18T08:00:00-05:00");
    expect(finding).toMatchObject({ rule: "too-late", severity: "warning" });
    expect(finding!.message).toMatch(/Send it now, before they decide: the window closes Wed 18 Nov 23:59/);
    expect(late(usual, "2026-11-18T08:00:00-05:00")).toEqual([]);
  });

  it("moves the last call to three hours before the day ends, and the reminder says to send today", () => {
    expect(stageTimes(window).map((s) => [s.stage, s.dueAt.toISOString()])).toEqual([
      ["opens", "2026-11-17T22:00:00.000Z"],
      ["closing", "2026-11-18T01:59:59.000Z"],
    ]);
    const [last] = dueReminders({ interviews: [quick], sends: [], settings: DEFAULT_SETTINGS, scheduledTime: new Date("2026-11-18T02:00:00Z"), alreadySent: new Set() });
    expect(last?.stage).toBe("closing");
    expect(reminderEmail(last!, quick, null).text).toContain("send your notes today");
  });
});

describe("an unhurried decision: a considered note tomorrow", () => {
  const window = sendWindow(unhurried, DEFAULT_SETTINGS);

  it("keeps the best time open to the end of the next day", () => {
    expect(window.late).toEqual(new Date("2026-11-18T23:59:59-05:00"));
    expect(timingOf(new Date("2026-11-18T21:00:00-05:00"), window)).toBe("on time");
    expect(timingOf(new Date("2026-11-18T21:00:00-05:00"), sendWindow(usual, DEFAULT_SETTINGS))).toBe("late");
    expect(late(unhurried, "2026-11-18T21:00:00-05:00")).toEqual([]);
  });

  it("says there is no rush", () => {
    expect(paceAdvice(window, unhurried)).toBe("The decision is weeks away (Tue 8 Dec): a considered note tomorrow is as good as a quick one today.");
    expect(paceAdvice(sendWindow(usual, DEFAULT_SETTINGS), usual)).toBeNull();
  });

  it("never reaches past an earlier send-by date of the owner's", () => {
    const own = { ...unhurried, sendBy: "2026-11-18T09:00:00-05:00" };
    expect(sendWindow(own, DEFAULT_SETTINGS).late).toEqual(new Date("2026-11-18T09:00:00-05:00"));
  });
});
