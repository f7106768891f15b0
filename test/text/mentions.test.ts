import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keySet, keySetOfLines, mentions } from "../../src/text/mentions.js";

/** Words of every shape keySet splits and joins: hyphens, possessives, capitals, accents, digits. */
const WORDS = ["post", "mortem", "post-mortem", "Priya's", "SQL", "on-call", "rotation", "José", "the", "I", "42", "don't", "Grafana", "-", "team’s", "x"];
const line = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((words) => words.join(" "));

describe("keySet", () => {
  it("joins adjacent words so post mortem meets postmortem", () => {
    expect(mentions(keySet("our post mortem habits"), "postmortem template")).toBe(true);
    expect(mentions(keySet("our habits"), "postmortem template")).toBe(false);
  });

  it("is remembered per text without changing what it returns", () => {
    const text = "Thanks for walking me through the on-call rotation.";
    expect(keySet(text)).toBe(keySet(text));
    expect([...keySet(text)].sort()).toEqual([...keySet(`${text}`.slice(0))].sort());
  });
});

describe("keySetOfLines", () => {
  it("equals the key set of the lines joined by line breaks", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        expect([...keySetOfLines(lines)].sort()).toEqual([...keySet(lines.join("\n"))].sort());
      }),
      { numRuns: 300, seed: 20261117 },
    );
  });

  it("pairs the last word of a line with the first word of the next line that has one", () => {
    const keys = keySetOfLines(["we discussed the post", "", "mortem format"]);
    expect(mentions(keys, "postmortem")).toBe(true);
  });
});
