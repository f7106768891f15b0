import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withCommas } from "../../src/text/count.js";

describe("withCommas", () => {
  it("groups thousands as en-US does", () => {
    expect(withCommas(0)).toBe("0");
    expect(withCommas(999)).toBe("999");
    expect(withCommas(1000)).toBe("1,000");
    expect(withCommas(64_000)).toBe("64,000");
    expect(withCommas(3153)).toBe("3,153");
    expect(withCommas(1_234_567)).toBe("1,234,567");
    expect(withCommas(-45_000)).toBe("-45,000");
  });

  it("agrees with toLocaleString(\"en-US\") on any whole number", () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(withCommas(n)).toBe(n.toLocaleString("en-US"));
    }), { numRuns: 2000 });
  });
});
