import { describe, expect, it } from "vitest";
import { phraseSet } from "../../src/text/phrases.js";

describe("phrase notation", () => {
  it("matches a word by its ending with *suffix", () => {
    const set = phraseSet(["years *ing"]);
    expect(set.test("Three years chairing the council.")).toBe(true);
    expect(set.test("Three years of chairs.")).toBe(false);
  });

  it("matches any one word with a bare *", () => {
    const set = phraseSet(["bottle of * (should|will) arrive"]);
    expect(set.test("A bottle of Rioja should arrive on Friday.")).toBe(true);
    expect(set.test("A bottle of should arrive.")).toBe(false);
  });

  it("still reads prefixes, groups and gaps", () => {
    const set = phraseSet(["i .. froze"], ["sorry to hear"]);
    expect(set.test("I completely froze.")).toBe(true);
    expect(set.test("Sorry to hear I froze.")).toBe(false);
  });
});
