import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/subject.js";
import { makeContext } from "../helpers/context.js";

const text = "Hi Priya,\n\nThanks for the talk about the on-call rotation redesign.";

describe("subject", () => {
  it("fires when the note has no subject", () => {
    expect(rule.check(makeContext(text, { note: { subject: "" } }))).toMatchObject([{ rule: "subject", severity: "warning", excerpt: "" }]);
    expect(rule.check(makeContext(text, { note: { subject: "   " } }))).toHaveLength(1);
  });

  it("does not fire when there is one", () => {
    expect(rule.check(makeContext(text, { note: { subject: "Thank you" } }))).toEqual([]);
  });
});
