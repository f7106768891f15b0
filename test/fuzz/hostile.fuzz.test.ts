/**
 * Linear time on any input: every hostile 100 KB note (hostile-inputs.ts) and random mixes of
 * their pieces go through the whole pipeline within a generous per-input bound. The bound is a
 * regression guard against a blow-up (before the fixes, a run of spaces before a word took
 * seconds at 20 KB); the bench measures the real worst case.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHARACTER_RUNS, HOSTILE_BYTES, hostileDraft, hostileInputs, REPEATED_UNITS } from "./hostile-inputs.js";
import { checkSurvives } from "./check-invariants.js";

/** Ten times the 50 ms target, for two cores shared with the other suites. */
const MAX_MS_PER_HOSTILE_INPUT = 500;

describe("hostile 100 KB notes", () => {
  it.each(hostileInputs())("%s", async (_, raw) => {
    await checkSurvives(raw); // warms the code paths this input takes
    expect(await checkSurvives(raw)).toBeLessThan(MAX_MS_PER_HOSTILE_INPUT);
  }, 30_000);

  it("random mixes of hostile pieces", async () => {
    const piece = fc.tuple(fc.constantFrom(...CHARACTER_RUNS, ...REPEATED_UNITS), fc.integer({ min: 1, max: 20_000 })).map(([unit, n]) => unit.repeat(n));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom("cc" as const, "forward" as const), async (pieces, form) => {
        const text = pieces.join("").slice(0, HOSTILE_BYTES);
        expect(await checkSurvives(hostileDraft(text, form))).toBeLessThan(MAX_MS_PER_HOSTILE_INPUT * 2);
      }),
      { numRuns: 40, seed: 20261203 },
    );
  }, 120_000);
});
