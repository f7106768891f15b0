/** The table of which rules check which kind of note, and how a report says what it left out. */
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { notCheckedFor, RULE_KINDS, rulesFor } from "../../src/rules/note-kinds.js";
import { RULE_IDS } from "../../src/types.js";

describe("which rules check which kind of note", () => {
  it("places every rule of the catalogue, each in at least one kind", () => {
    expect(Object.keys(RULE_KINDS).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULES) expect(RULE_KINDS[rule.id].kinds.length, rule.id).toBeGreaterThan(0);
  });

  it("a thank-you gets every rule but the check-in ones", () => {
    expect([...rulesFor("thank-you")].sort()).toEqual(RULE_IDS.filter((id) => !id.startsWith("check-in-")).sort());
  });

  it("a note to the recruiter is checked for being personal, gifts, pleading, proofreading and timing, not for fit or what the panel asked", () => {
    const recruiter = rulesFor("recruiter");
    for (const id of ["not-personal", "gift", "needy-tone", "apology", "spelling", "repeated-word", "placeholder", "wrong-name", "wrong-company", "generic-greeting", "too-early", "too-late", "too-long"] as const) expect(recruiter.has(id), id).toBe(true);
    for (const id of ["no-fit", "no-interest", "only-thanks", "missing-request", "concern", "duplicate-note", "shared-note", "check-in-pitch"] as const) expect(recruiter.has(id), id).toBe(false);
  });

  it("a check-in gets its own rules and the proofreading ones, not the thank-you's timing, content or length", () => {
    const checkIn = rulesFor("check-in");
    for (const id of ["check-in-length", "check-in-pitch", "check-in-pushy", "check-in-context", "needy-tone", "gift", "spelling", "wrong-name"] as const) expect(checkIn.has(id), id).toBe(true);
    for (const id of ["too-late", "too-early", "too-long", "no-fit", "not-personal", "only-thanks", "no-interest"] as const) expect(checkIn.has(id), id).toBe(false);
  });

  it("a reply after the outcome gets the proofreading and courtesy rules, not the thank-you's timing, fit, interest, content or length, nor the check-in's", () => {
    const reply = rulesFor("after-outcome");
    expect([...reply].sort()).toEqual(["apology", "generic-greeting", "gift", "needy-tone", "placeholder", "repeated-word", "spelling", "subject", "unmatched", "wrong-company", "wrong-name"]);
  });

  it("says in words what a kind is not checked for, each thing once", () => {
    expect(notCheckedFor("thank-you")).toBeNull();
    expect(notCheckedFor("recruiter")).toBe(
      "Not checked for going beyond thanks, fit for the role, interest in the role, being the same as another note, going to several people at once, what the panel asked you to send and doubts to answer: a note to your recruiter.",
    );
    const checkIn = notCheckedFor("check-in")!;
    expect(checkIn).toMatch(/: a check-in after the decision date\.$/);
    expect(checkIn.match(/the thank-you's timing/g)).toHaveLength(1);
    expect(notCheckedFor("after-outcome")).toBe(
      "Not checked for something from the conversation, going beyond thanks, fit for the role, interest in the role, the thank-you's timing, the thank-you's length, being the same as another note, going to several people at once, what the panel asked you to send, doubts to answer and news to mention: a reply after the outcome.",
    );
  });
});
