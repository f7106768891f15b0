import { describe, expect, it } from "vitest";
import { checkedPart, MAX_CHECKED_CHARS, MAX_CHECKED_SENTENCES, MAX_CHECKED_WORDS } from "../../src/text/checked-part.js";
import { sentences } from "../../src/text/sentences.js";
import { countWords } from "../../src/text/tokens.js";

describe("checkedPart", () => {
  it("keeps a note of any ordinary length whole", () => {
    const note = "Hi Priya,\n\nThank you for today. — Alex";
    expect(checkedPart(note)).toEqual({ text: note, words: countWords(note), partWords: null });
  });

  it("cuts a long body before the word past the limit", () => {
    const body = "one, two... — three\n\n- four ".repeat(1_000);
    const part = checkedPart(body, 10);
    expect(part).toEqual({ text: "one, two... — three\n\n- four one, two... — three\n\n- four one, two... —", words: countWords(body), partWords: 10 });
  });

  it(`reads ${MAX_CHECKED_WORDS} words of a body far past it`, () => {
    expect(checkedPart("word ".repeat(MAX_CHECKED_WORDS * 3)).partWords).toBe(MAX_CHECKED_WORDS);
  });

  it("bounds text that is not words by characters, cutting at a space when one is near", () => {
    const dots = checkedPart(". ".repeat(MAX_CHECKED_CHARS));
    expect(dots.text.length).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    expect(dots.partWords).toBe(0);
    expect(checkedPart("#+".repeat(MAX_CHECKED_CHARS)).text).toHaveLength(MAX_CHECKED_CHARS);
    expect(checkedPart("A+".repeat(MAX_CHECKED_CHARS)).text).toHaveLength(MAX_CHECKED_WORDS * 2); // "A" is a word
    const long = checkedPart(`${"x".repeat(MAX_CHECKED_CHARS - 10)} abcdefghijklmnopqrstuvwxyz and more`);
    expect(long.text).toBe("x".repeat(MAX_CHECKED_CHARS - 10));
  });

  it(`reads ${MAX_CHECKED_SENTENCES} sentences of short lines or sentences, ending with a whole one`, () => {
    for (const unit of ["Harbor\n", "Thanks! ", "- sorted\n"]) {
      const part = checkedPart(unit.repeat(MAX_CHECKED_SENTENCES * 3));
      expect(sentences(part.text)).toHaveLength(MAX_CHECKED_SENTENCES);
      expect(part.text).toBe(unit.repeat(MAX_CHECKED_SENTENCES).trimEnd());
      expect(part.words).toBe(countWords(unit.repeat(MAX_CHECKED_SENTENCES * 3)));
    }
  });

  it("keeps a note of as many sentences as the limit whole", () => {
    const note = "Thank you for today.\n".repeat(MAX_CHECKED_SENTENCES);
    expect(checkedPart(note).partWords).toBeNull();
  });

  it("never splits a surrogate pair", () => {
    const part = checkedPart("😀".repeat(MAX_CHECKED_CHARS));
    expect(part.text.length % 2).toBe(0);
  });
});
