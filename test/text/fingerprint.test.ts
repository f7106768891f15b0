import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokens.js";
import { fingerprint, FINGERPRINT_SLOTS, similarity } from "../../src/text/fingerprint.js";

const names = new Set(["priya", "tomasz", "raman", "alex"]);
const template = (name: string, topic: string) =>
  `Hi ${name},\n\nThank you for taking the time to meet with me today. I really enjoyed learning about ${topic} and the way your team approaches reliability. I am confident my experience running incident response at scale would help the team, and I am very excited about the opportunity.\n\nBest,\nAlex`;

describe("fingerprint", () => {
  it("has a fixed number of slots and is stable", () => {
    const a = fingerprint(tokenize(template("Priya", "the rotation")), names);
    expect(a).toHaveLength(FINGERPRINT_SLOTS);
    expect(fingerprint(tokenize(template("Priya", "the rotation")), names)).toEqual(a);
  });

  it("sees the same note with the names swapped as identical", () => {
    const a = fingerprint(tokenize(template("Priya", "the rotation")), names);
    const b = fingerprint(tokenize(template("Tomasz", "the rotation")), names);
    expect(similarity(a, b)).toBe(1);
  });

  it("sees a template with one phrase changed as near-identical", () => {
    const a = fingerprint(tokenize(template("Priya", "the on-call rotation redesign")), names);
    const b = fingerprint(tokenize(template("Tomasz", "the dispatch migration to Kubernetes")), names);
    expect(similarity(a, b)).toBeGreaterThan(0.5);
  });

  it("keeps separately written notes apart even when they share stock phrases", () => {
    const a = fingerprint(tokenize(template("Priya", "the rotation")), names);
    const b = fingerprint(
      tokenize("Dear Tomasz,\n\nThank you for taking the time to meet with me today. Your question about capacity planning for peak season made me revisit how we load-tested before every holiday spike, and I sketched a plan for the dispatch service.\n\nKind regards,\nAlex"),
      names,
    );
    expect(similarity(a, b)).toBeLessThan(0.25);
  });

  it("is empty for a note too short to judge, and empty prints are never similar", () => {
    expect(fingerprint(tokenize("Thanks Priya!"), names)).toEqual([]);
    expect(similarity([], [])).toBe(0);
  });
});
