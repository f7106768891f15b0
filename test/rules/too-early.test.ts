import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/too-early.js";
import { makeContext } from "../helpers/context.js";

const END = Date.parse("2026-11-17T16:00:00-05:00");
const at = (minutesAfterEnd: number) => new Date(END + minutesAfterEnd * 60_000);
const note = "Hi Priya,\n\nThank you for the conversation about the on-call rotation redesign.";

describe("too-early", () => {
  it("fires when the note is checked before the interview has ended", () => {
    const [f] = rule.check(makeContext(note, { at: at(-90) }));
    expect(f).toMatchObject({ rule: "too-early", severity: "error", excerpt: "" });
    expect(f!.message).toContain("before the interview ended");
    expect(f!.message).toContain("Tue 17 Nov 16:00 (UTC−05:00)");
  });

  it("fires within the first hour after the end and says when to send", () => {
    const [f] = rule.check(makeContext(note, { at: at(25) }));
    expect(f!.message).toContain("only 25 min after the interview ended");
    expect(f!.message).toContain("Tue 17 Nov 17:00 (UTC−05:00)");
  });

  it("speaks of a sent copy in the past tense", () => {
    const [f] = rule.check(makeContext(note, { at: at(10), kind: "sent" }));
    expect(f!.message).toContain("went out");
  });

  it("does not fire from one hour after the end on", () => {
    expect(rule.check(makeContext(note, { at: at(60) }))).toEqual([]);
    expect(rule.check(makeContext(note, { at: at(300) }))).toEqual([]);
  });

  it("follows the owner's threshold", () => {
    const settings = { ...makeContext(note).settings, tooEarlyMinutes: 15 };
    expect(rule.check(makeContext(note, { at: at(20), settings }))).toEqual([]);
  });

  it("does not fire without an interview", () => {
    expect(rule.check(makeContext(note, { interviewId: null, at: at(-600) }))).toEqual([]);
  });
});
