import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, tokenize } from "../../src/text/tokens.js";

describe("tokenize", () => {
  it("keeps inner apostrophes and hyphens, and the offsets of each word", () => {
    expect(tokenize("Don't miss the on-call 24 rota.").map((t) => [t.text, t.folded, t.start])).toEqual([
      ["Don't", "don't", 0],
      ["miss", "miss", 6],
      ["the", "the", 11],
      ["on-call", "on-call", 15],
      ["24", "24", 23],
      ["rota", "rota", 26],
    ]);
  });
});

describe("countWords", () => {
  // What a reader counts: the pieces between white space that hold a letter or a digit.
  const bySplitting = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  it("counts the pieces between white space that hold a letter or a digit", () => {
    expect(countWords("Thanks — again, Priya!  See you 3rd.")).toBe(6);
    expect(countWords(" \u00a0-- ... \u3000")).toBe(0);
    expect(countWords("𝐀𝐁 😀 x\u2003y")).toBe(3);
  });

  it("counts as splitting at white space would, in every script and white space", () => {
    const unit = fc.constantFrom(..."aZ9 \t\n\r\v\f,.-_`'’é\u00a0\u1680\u2003\u2028\u202f\u3000\ufeff\u0301٣", "😀", "𝐀", "\ud835", "\udc00");
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => countWords(text) === bySplitting(text)), { numRuns: 3000, seed: 20261207 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => countWords(text) === bySplitting(text)), { numRuns: 3000, seed: 20261207 });
  });
});
