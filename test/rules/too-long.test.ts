import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/too-long.js";
import { makeContext } from "../helpers/context.js";

const sentence = "I kept thinking about the rotation plan and how the handover checklist could help the team. ";
const noteOf = (sentences: number) => `Hi Priya,\n\n${sentence.repeat(sentences)}\n\nBest,\nAlex`;

describe("too-long", () => {
  it("does not fire on a note of up to 250 words", () => {
    expect(rule.check(makeContext(noteOf(14)))).toEqual([]);
  });

  it("warns over 250 words and quotes the note", () => {
    const [f] = rule.check(makeContext(noteOf(16)));
    expect(f).toMatchObject({ rule: "too-long", severity: "warning" });
    expect(f!.message).toMatch(/has 2\d\d words, over 250/);
    expect(noteOf(16)).toContain(f!.excerpt);
  });

  it("is an error over 400 words", () => {
    const [f] = rule.check(makeContext(noteOf(26)));
    expect(f).toMatchObject({ severity: "error" });
    expect(f!.message).toContain("over 400");
  });

  it("follows the owner's limits", () => {
    const settings = { ...makeContext("").settings, longWarningWords: 400 };
    expect(rule.check(makeContext(noteOf(20), { settings }))).toEqual([]);
  });
});

describe("too-long on a note the rules read only in part", () => {
  it("is an error that says how much was checked, whatever the owner's limits", () => {
    const settings = { ...makeContext("").settings, longWarningWords: 10_000, longErrorWords: 10_000 };
    const [f] = rule.check(makeContext(noteOf(300), { settings, partWords: 2_000 }));
    expect(f).toMatchObject({ rule: "too-long", severity: "error" });
    expect(f!.message).toMatch(/has 4\d{3} words\. Only its first 2000 words were checked/);
  });
});
