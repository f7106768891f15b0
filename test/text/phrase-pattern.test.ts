import { describe, expect, it } from "vitest";
import { compilePattern, parsePattern } from "../../src/text/phrase-pattern.js";

describe("parsePattern", () => {
  it("reads every kind of item, in order", () => {
    expect(parsePattern("^ i (am|was)? .. help* *ing # (a|the) ... !(not|never) end $")).toEqual([
      { kind: "start" },
      { kind: "word", word: "i", prefix: false },
      {
        kind: "group",
        alternatives: [[{ kind: "word", word: "am", prefix: false }], [{ kind: "word", word: "was", prefix: false }]],
        optional: true,
      },
      { kind: "gap", max: 3 },
      { kind: "word", word: "help", prefix: true },
      { kind: "suffix", suffix: "ing" },
      { kind: "number" },
      {
        kind: "group",
        alternatives: [[{ kind: "word", word: "a", prefix: false }], [{ kind: "word", word: "the", prefix: false }]],
        optional: false,
      },
      { kind: "gap", max: 8 },
      { kind: "not", alternatives: [[{ kind: "word", word: "not", prefix: false }], [{ kind: "word", word: "never", prefix: false }]] },
      { kind: "word", word: "end", prefix: false },
      { kind: "end" },
    ]);
  });

  it("reads a bare * as a suffix of nothing and nested groups as groups", () => {
    expect(parsePattern("* ((gift|thank you) card)")).toEqual([
      { kind: "suffix", suffix: "" },
      {
        kind: "group",
        alternatives: [
          [
            {
              kind: "group",
              alternatives: [
                [{ kind: "word", word: "gift", prefix: false }],
                [
                  { kind: "word", word: "thank", prefix: false },
                  { kind: "word", word: "you", prefix: false },
                ],
              ],
              optional: false,
            },
            { kind: "word", word: "card", prefix: false },
          ],
        ],
        optional: false,
      },
    ]);
  });

  it.each([
    ["(sorry|regret", 'unclosed group in phrase "(sorry|regret"'],
    ["sorry) i", 'unbalanced ")" in phrase "sorry) i"'],
    ["sorry . i", 'unexpected "." in phrase "sorry . i"'],
    ["! sorry", 'unexpected "!" in phrase "! sorry"'],
    ["Sorry", 'unexpected "S" in phrase "Sorry"'],
  ])("rejects %j, saying where", (pattern, message) => {
    expect(() => parsePattern(pattern)).toThrow(message);
  });
});

describe("compilePattern's need", () => {
  it("puts a group's lone words and prefixes in one part, and a longer alternative by its key part", () => {
    const { need } = compilePattern("i (led|built|ran*|gift card) it");
    expect(need).toEqual([
      { words: new Set(["i"]), prefixes: [], all: [] },
      { words: new Set(["led", "built", "card"]), prefixes: ["ran"], all: [] },
      { words: new Set(["it"]), prefixes: [], all: [] },
    ]);
  });

  it("needs nothing of a group with an alternative that needs nothing", () => {
    expect(compilePattern("sorry (i|...)").need).toEqual([{ words: new Set(["sorry"]), prefixes: [], all: [] }]);
  });
});
