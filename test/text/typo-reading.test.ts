import { describe, expect, it } from "vitest";
import { withTyposRead } from "../../src/text/typo-reading.js";
import { phraseSet } from "../../src/text/phrases.js";

describe("withTyposRead", () => {
  it("reads an apostrophe-less contraction and a slip as the words meant", () => {
    const read = phraseSet(["i am (very |really )?interested"], [], { readTypos: true });
    expect(withTyposRead("im very intrested")).toBe("I'm very interested");
    expect(read.test("im very intrested in the role")).toBe(true);
  });

  it.each(["constructor", "hasownproperty", "valueof", "isprototypeof"])("leaves a word that names a property of every object as it is (%s)", (word) => {
    const text = `I worked ten years as a general ${word} on school builds`;
    expect(withTyposRead(text)).toBe(text);
  });
});
