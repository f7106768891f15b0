/** Every rule has one plain title for people, distinct from the others and from its id. */
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { RULE_TITLES, ruleTitle } from "../../src/rules/titles.js";
import { RULE_IDS } from "../../src/types.js";

describe("rule titles", () => {
  it("gives every rule of the catalogue a title, and nothing else one", () => {
    expect(Object.keys(RULE_TITLES).sort()).toEqual([...RULE_IDS].sort());
    expect(RULES.map((r) => ruleTitle(r.id)).every((t) => t.length > 0)).toBe(true);
  });

  it("titles read as words: capitalised, no hyphenated id, short, each one different", () => {
    const titles = RULE_IDS.map(ruleTitle);
    expect(new Set(titles).size).toBe(titles.length);
    for (const id of RULE_IDS) {
      const title = ruleTitle(id);
      expect(title, id).toMatch(/^[A-Z]/);
      if (id.includes("-")) expect(title, id).not.toContain(id);
      expect(title.length, id).toBeLessThanOrEqual(40);
    }
    expect(ruleTitle("wrong-name")).toBe("Wrong name");
  });
});
