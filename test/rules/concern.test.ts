import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/concern.js";
import { interview, makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const BODY = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";

describe("concern", () => {
  it("suggests addressing an untouched concern", () => {
    expect(rule.check(makeContext(BODY))).toEqual([
      {
        rule: "concern",
        severity: "info",
        message: "Address the concern “limited Go experience” in one brief, confident sentence, e.g. what you have done about it since the interview.",
        excerpt: "",
      },
    ]);
  });

  it.each([
    "I've been writing Go every evening since we spoke.",
    "On Go: I shipped a small CLI in it last weekend.",
    "My Go is improving quickly thanks to a side project.",
  ])("is satisfied by %j", (sentence) => {
    expect(rule.check(makeContext(BODY.replace("redesign.", `redesign. ${sentence}`)))).toEqual([]);
  });

  it("does not take the verb \"go\" for the language Go", () => {
    const text = BODY.replace("redesign.", "redesign. I'd love to go deeper on it.");
    expect(rule.check(makeContext(text))).toHaveLength(1);
  });

  it("gives one finding per untouched concern", () => {
    const iv = { ...interview("northwind-sre"), concerns: ["limited Go experience", "no people-management background"] };
    expect(rule.check(makeContext(BODY, { interview: iv }))).toHaveLength(2);
    const text = BODY.replace("redesign.", "redesign. I have informally managed two interns.");
    expect(rule.check(makeContext(text, { interview: iv })).map((f) => f.message)).toEqual([
      "Address the concern “limited Go experience” in one brief, confident sentence, e.g. what you have done about it since the interview.",
    ]);
  });

  it("is silent without an interview or without concerns", () => {
    expect(rule.check(makeContext(BODY, { interviewId: null }))).toEqual([]);
    expect(rule.check(makeContext(BODY, { interviewId: "contoso-pm", to: "Dr. Amara Okafor" }))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});
