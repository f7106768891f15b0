import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/unmatched.js";
import { makeContext } from "../helpers/context.js";

const text = "Hi Sam,\n\nThanks for the chat about the data platform.";

describe("unmatched", () => {
  it("fires when no interview was found and says how to tag", () => {
    const [f] = rule.check(makeContext(text, { interviewId: null }));
    expect(f).toMatchObject({ rule: "unmatched", severity: "warning", excerpt: "" });
    expect(f!.message).toContain("check+<id>@");
  });

  it("does not fire when the note was tied to an interview", () => {
    expect(rule.check(makeContext(text))).toEqual([]);
  });
});
