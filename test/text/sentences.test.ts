import { describe, expect, it } from "vitest";
import { sentences } from "../../src/text/sentences.js";

const texts = (text: string) => sentences(text).map((s) => s.text);

describe("sentences", () => {
  it("splits at sentence punctuation followed by a capital", () => {
    expect(texts("Thank you for today. I enjoyed it! Was it useful? Yes.")).toEqual(["Thank you for today.", "I enjoyed it!", "Was it useful?", "Yes."]);
  });

  it("keeps titles, abbreviations and decimals inside the sentence", () => {
    expect(texts("Dear Dr. Okafor,")).toEqual(["Dear Dr. Okafor,"]);
    expect(texts("I met Ms. Raman and Mr. Kowalski. We covered 3.5 years, e.g. Acme Inc. work.")).toEqual([
      "I met Ms. Raman and Mr. Kowalski.",
      "We covered 3.5 years, e.g. Acme Inc. work.",
    ]);
  });

  it("joins hard-wrapped lines and breaks after short or punctuated lines", () => {
    const text = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign and\nthe plans for peak season.\nBest,\nAlex";
    expect(texts(text)).toEqual(["Hi Priya,", "Thank you for walking me through the on-call rotation redesign and\nthe plans for peak season.", "Best,", "Alex"]);
  });

  it("reports offsets into the original text", () => {
    const text = "Hello José,\r\n\r\nThanks.  Really.";
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("splits a note that never capitalises at any letter after the punctuation", () => {
    expect(texts("thanks for the chat this morning! the night board idea is smart. see you, jo")).toEqual([
      "thanks for the chat this morning!",
      "the night board idea is smart.",
      "see you, jo",
    ]);
  });

  it("keeps a capitalising writer's lower-case word after a period in its sentence", () => {
    expect(texts("We met at 9 a.m. today. The old plan vs. the new one was the point.")).toEqual(["We met at 9 a.m. today.", "The old plan vs. the new one was the point."]);
    expect(texts("Thanks again. I mean it, approx. half the team said so.")).toEqual(["Thanks again.", "I mean it, approx. half the team said so."]);
  });
});
