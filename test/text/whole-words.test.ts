import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blankWholeWords, findWholeWords, hasWholeWords, wholeWordNames } from "../../src/text/whole-words.js";

/** The expression the finder stands in for: longest name first, whole words, giu. */
function byExpression(text: string, names: string[]): Array<{ start: number; end: number }> {
  const escaped = names
    .map((n) => n.trim())
    .filter(Boolean)
    .sort((a, b) => b.split(/\s+/).join(" ").length - a.split(/\s+/).join(" ").length)
    .map((n) => n.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"));
  if (escaped.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe("findWholeWords", () => {
  const names = wholeWordNames(["Northwind Traders", "Northwind", "SRE"]);

  it("finds names as whole words, case-insensitively, the longest at each place", () => {
    const text = "Thanks, NORTHWIND traders team. Northwind's SRE group.";
    expect(findWholeWords(text, names).map(({ start, end }) => text.slice(start, end))).toEqual(["NORTHWIND traders", "Northwind", "SRE"]);
  });

  it("takes any run of white space between a name's words", () => {
    const text = "at Northwind\n  Traders on Monday";
    expect(findWholeWords(text, names).map(({ start, end }) => text.slice(start, end))).toEqual(["Northwind\n  Traders"]);
  });

  it("does not find a name inside a longer word, in any script", () => {
    expect(hasWholeWords("the Northwinds and SREs", names)).toBe(false);
    expect(hasWholeWords("éNorthwind", names)).toBe(false);
    expect(hasWholeWords("Northwind2", names)).toBe(false);
    expect(hasWholeWords("𝒜Northwind", names)).toBe(false);
    expect(hasWholeWords("(Northwind)", names)).toBe(true);
  });

  it("keeps offsets when lower-casing lengthens a letter", () => {
    const text = "İstanbul office of Northwind";
    const [found] = findWholeWords(text, names);
    expect(text.slice(found!.start, found!.end)).toBe("Northwind");
    expect(blankWholeWords(text, names)).toBe("İstanbul office of          ");
  });

  it("blanks nothing and returns the same text when no name is written", () => {
    const text = "Thank you for the conversation.";
    expect(blankWholeWords(text, names)).toBe(text);
    expect(findWholeWords(text, wholeWordNames([]))).toEqual([]);
  });

  it("finds what the whole-word expression finds, for any text and names", () => {
    const letter = fc.constantFrom("a", "b", "A", "é", "É", "1", "ß");
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 3 });
    const gap = fc.constantFrom(" ", "  ", "\n", "-", ".", "'", "");
    const text = fc.array(fc.tuple(word, gap), { maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join(""));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(text, fc.array(name, { minLength: 1, maxLength: 4 }), (t, ns) => {
        expect(findWholeWords(t, wholeWordNames(ns))).toEqual(byExpression(t, ns));
      }),
      { numRuns: 2000 },
    );
  });

  it("stays linear on a hostile text", () => {
    const text = "north ".repeat(20_000);
    const started = performance.now();
    expect(findWholeWords(text, wholeWordNames(["north wind", "north"])).length).toBe(20_000);
    // A generous bound: a blow-up (quadratic) would take seconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
