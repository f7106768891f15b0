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

  it("keeps the values stored in send logs (repeated shingles, accents, names left out)", () => {
    // Computed by the original implementation: a faster one must give exactly these numbers.
    const text = "Thank you, José, for the tour of the on-call rotation. Thank you for the tour of the on-call rotation and the Zoë dashboards.";
    expect(fingerprint(tokenize(text), new Set(["jose"]))).toEqual([303243428, 395986851, 183652400, 450819724, 95620436, 183121385, 485624484, 313118581, 574273267, 149667664, 372649070, 759567439, 49885664, 255965961, 743313551, 129326962, 415404686, 128567480, 126546033, 193591700, 196566648, 36864323, 213341403, 67805983, 588467707, 14577781, 716332905, 208543716, 89013751, 128196026, 914853774, 199119523, 5998854, 176705040, 588882340, 376747040, 158660597, 27846142, 245422809, 9255718, 203012637, 594815781, 538771726, 203186685, 137933281, 203785872, 112665276, 41733203, 22998149, 280257060, 58154729, 70714, 328909466, 409032495, 122035791, 72944456, 230103585, 69333328, 81335452, 528722333, 203954653, 9060069, 296830074, 1092469245]);
  });

  it("is empty for a note too short to judge, and empty prints are never similar", () => {
    expect(fingerprint(tokenize("Thanks Priya!"), names)).toEqual([]);
    expect(similarity([], [])).toBe(0);
  });
});
