import { describe, expect, it } from "vitest";
import { keySet, wordKey } from "../../src/text/mentions.js";
import { clippedKeys, hasRelated } from "../../src/text/related-terms.js";

const key = (word: string) => wordKey(word, true)!;

describe("hasRelated", () => {
  it("finds a key, a term of its family and its shorthand", () => {
    expect(hasRelated(keySet("the pager rota"), key("oncall"))).toBe(true);
    expect(hasRelated(keySet("two years of biotech experience"), key("exp"))).toBe(true);
    expect(hasRelated(keySet("two years in retail"), key("exp"))).toBe(false);
  });

  it("reads a word the facts clip as the longer words it begins", () => {
    const clipped = clippedKeys("never managed team of 4+ somms");
    expect([...clipped]).toEqual([key("somms")]);
    expect(hasRelated(keySet("I have led three sommeliers"), key("somms"), clipped)).toBe(true);
    expect(hasRelated(keySet("I have led three waiters"), key("somms"), clipped)).toBe(false);
    // Without the facts' clipped words, a key is only ever itself.
    expect(hasRelated(keySet("I have led three sommeliers"), key("somms"))).toBe(false);
  });

  it.each([
    ["a word the dictionary knows", "care plan for the ward"],
    ["a capitalised name", "Grafana dashboards for Kestrel"],
    ["a short clipping", "no exp w/ kids"],
  ])("clips no %s", (_label, facts) => {
    expect(clippedKeys(facts).size).toBe(0);
  });
});
