import { describe, expect, it } from "vitest";
import { excerptAt, excerptOf, MAX_EXCERPT_CHARS, MAX_WHOLE_MATCH_CHARS } from "../../src/text/excerpt.js";
import { sentences } from "../../src/text/sentences.js";

const long =
  "In my current internship I maintain around forty dbt models for the merchandising team, which cut handoff questions roughly in half, and I documented every one of them so the next analyst could pick them up quickly.";

describe("excerpts", () => {
  it("quote the whole sentence when it is short", () => {
    const text = "Hi Priya,\n\nThank you for   the talk.\nBest,\nAlex";
    expect(excerptAt(text, text.indexOf("talk"), text.indexOf("talk") + 4)).toBe("Thank you for the talk.");
  });

  it("cut a long sentence around the match, between words, with ellipses", () => {
    const start = long.indexOf("handoff");
    const excerpt = excerptAt(long, start, start + 7);
    expect(excerpt).toContain("handoff");
    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS + 2);
    const inner = excerpt.replace(/^…|…$/g, "");
    expect(long).toContain(inner);
    // Both cut ends fall on word boundaries of the note.
    const at = long.indexOf(inner);
    expect(at === 0 || long[at - 1] === " ").toBe(true);
    const after = at + inner.length;
    expect(after === long.length || long[after] === " " || long[after] === ",").toBe(true);
  });

  it("cut a long fragment at a word boundary", () => {
    const excerpt = excerptOf(long);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(long[excerpt.length - 1]).toBe(" ");
  });

  it("quote a whole long sentence whole when the finding is about all of it", () => {
    const text = `Hi Priya,\n\n${long} Best,\nAlex`;
    const start = text.indexOf(long);
    expect(long.length).toBeGreaterThan(MAX_EXCERPT_CHARS);
    expect(excerptAt(text, start, start + long.length)).toBe(long);
  });

  it("quote only the start of a run with no sentence break, however long", () => {
    const run = "é".repeat(100_000);
    const text = `Hi Priya,\n\n${run}\n\nBest,\nAlex`;
    const start = text.indexOf(run);
    const excerpt = excerptAt(text, start, start + run.length);
    expect(excerpt).toMatch(/^é+…$/);
    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
    const words = `${"Lorem ipsum dolor sit amet ".repeat(20)}.`;
    const wordy = excerptAt(words, 0, words.length - 1);
    expect(words.length).toBeGreaterThan(MAX_WHOLE_MATCH_CHARS);
    expect(wordy.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
    expect(words.startsWith(wordy.slice(0, -1))).toBe(true);
  });

  it("quote the sentence a position falls in, and the match itself between sentences", () => {
    const text = "Hi Priya,\n\nThank you.  It was great. Really!\n\n\nBest,\nAlex";
    const spans = sentences(text);
    for (let at = 0; at < text.length; at++) {
      const inside = spans.find((s) => s.start <= at && at < s.end);
      expect(excerptAt(text, at, at + 1), `at ${at}`).toBe(inside ? inside.text.replace(/\s+/g, " ").trim() : text.slice(at, at + 1).trim());
    }
  });

  it("stay linear in the note however many findings quote it", () => {
    const text = "Ab. ".repeat(60_000);
    const started = performance.now();
    for (let at = 0; at < text.length; at += 4) excerptAt(text, at, at + 2);
    // A generous bound: finding each quote's sentence by a scan from the first took seconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
