import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../src/text/fold.js";

/**
 * fold's reading of `text` through Unicode normalisation, the path plain ASCII skips: an "é"
 * after it takes fold down that path, and folds to the "e" cut off again.
 */
const byNormalisation = (text: string) => fold(`${text}é`).slice(0, -1);

describe("fold", () => {
  it("lower-cases, strips accents and straightens apostrophes", () => {
    expect(fold("JOSÉ")).toBe("jose");
    expect(fold("Zoë Ó’Brien-Łukasz")).toBe("zoe o'brien-lukasz");
    expect(fold("Straße")).toBe("strasse");
    expect(fold("don`t")).toBe("don't");
    expect(fold("It's")).toBe("it's");
  });

  it("reads plain ASCII as normalisation would, backticks included", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."aZ`'´’ -.9\tQ"), maxLength: 24 }), (text) => fold(text) === byNormalisation(text)));
    fc.assert(fc.property(fc.string({ unit: "binary-ascii", maxLength: 40 }), (text) => fold(text) === byNormalisation(text)));
  });
});
