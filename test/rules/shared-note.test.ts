import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/shared-note.js";
import { interview, makeContext } from "../helpers/context.js";

const [priya, tomasz] = interview("northwind-sre").interviewers;

describe("shared-note", () => {
  it("fires when one email goes to two interviewers", () => {
    const text = "Hi Priya and Tomasz,\n\nThank you both for the conversation about peak season traffic.";
    const [f] = rule.check(makeContext(text, { recipients: [priya!, tomasz!], addressee: null }));
    expect(f).toMatchObject({ rule: "shared-note", severity: "warning", excerpt: "Hi Priya and Tomasz," });
    expect(f!.message).toContain("Priya Raman and Tomasz Kowalski-Nowak");
  });

  it("fires when the greeting names two panel members, even with one recipient", () => {
    const text = "Dear Ms. Raman and Mr. Kowalski-Nowak,\n\nThank you for the conversation about peak season traffic.";
    expect(rule.check(makeContext(text))).toHaveLength(1);
  });

  it("does not fire for one recipient greeted by another panelist's name (that is a wrong name)", () => {
    const text = "Hi Tomasz,\n\nThank you for the conversation about peak season traffic.";
    expect(rule.check(makeContext(text, { recipients: [priya!], addressee: priya! }))).toEqual([]);
  });

  it("does not fire for a note to one interviewer", () => {
    expect(rule.check(makeContext("Hi Priya,\n\nThanks for the talk about the on-call rotation redesign."))).toEqual([]);
  });

  it("does not fire for a group greeting of people outside the panel", () => {
    expect(rule.check(makeContext("Hi all,\n\nThanks for the talk about the on-call rotation redesign."))).toEqual([]);
  });
});
