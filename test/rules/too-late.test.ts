import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/too-late.js";
import { makeContext } from "../helpers/context.js";

const END = Date.parse("2026-11-17T16:00:00-05:00");
const hoursAfter = (h: number) => new Date(END + h * 3_600_000);
const note = "Hi Priya,\n\nThank you for the conversation about the on-call rotation redesign.";
const northwind = makeContext(note).interview!;

describe("too-late", () => {
  it("does not fire within a day", () => {
    expect(rule.check(makeContext(note, { at: hoursAfter(2) }))).toEqual([]);
    expect(rule.check(makeContext(note, { at: hoursAfter(23.9) }))).toEqual([]);
  });

  it("warns after 24 hours", () => {
    const [f] = rule.check(makeContext(note, { at: hoursAfter(30) }));
    expect(f).toMatchObject({ rule: "too-late", severity: "warning", excerpt: "" });
    expect(f!.message).toContain("1 day 6 h after the interview");
  });

  it("is an error after 72 hours", () => {
    const interview = { ...northwind, decisionBy: null };
    const [f] = rule.check(makeContext(note, { interview, at: hoursAfter(73) }));
    expect(f).toMatchObject({ severity: "error" });
    expect(f!.message).toContain("72 hours after the interview");
  });

  it("is an error after the decision date, even within 72 hours", () => {
    const interview = { ...northwind, end: "2026-11-23T16:00:00-05:00", start: "2026-11-23T13:00:00-05:00", decisionBy: "2026-11-24" };
    const end = Date.parse(interview.end);
    const [f] = rule.check(makeContext(note, { interview, at: new Date(end + 33 * 3_600_000) }));
    expect(f).toMatchObject({ severity: "error" });
    expect(f!.message).toContain("the decision date");
    // The decision date counts to the end of that day in the interview's offset.
    expect(rule.check(makeContext(note, { interview, at: new Date(end + 7 * 3_600_000) }))).toEqual([]);
  });

  it("is an error after the user's own send-by time", () => {
    const interview = { ...northwind, decisionBy: null, sendBy: "2026-11-17T20:00:00-05:00" };
    const [f] = rule.check(makeContext(note, { interview, at: hoursAfter(5) }));
    expect(f).toMatchObject({ severity: "error" });
    expect(f!.message).toContain("your send-by date");
  });

  it("follows the owner's thresholds", () => {
    const settings = { ...makeContext(note).settings, lateWarningHours: 48 };
    expect(rule.check(makeContext(note, { at: hoursAfter(30), settings }))).toEqual([]);
  });
});
