/**
 * Robustness: the name, company, spelling and form rules on real third-party message bodies
 * (forward headers in many languages and clients) never throw, stay within a sane count,
 * and quote only words that are in the text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rule as genericGreeting } from "../../src/rules/generic-greeting.js";
import { rule as placeholder } from "../../src/rules/placeholder.js";
import { rule as repeatedWord } from "../../src/rules/repeated-word.js";
import { rule as spelling } from "../../src/rules/spelling.js";
import { rule as wrongCompany } from "../../src/rules/wrong-company.js";
import { rule as wrongName } from "../../src/rules/wrong-name.js";
import { makeContext } from "../helpers/context.js";

const BODIES = new URL("../../../shared/corpus/forward-bodies/", import.meta.url);
const RULES = [genericGreeting, placeholder, repeatedWord, spelling, wrongCompany, wrongName];
const squash = (s: string) => s.replace(/\s+/g, " ");

describe("name, company, spelling and form rules on real message bodies", () => {
  const files = readdirSync(BODIES).filter((f) => f.endsWith(".txt"));
  it("has bodies to read", () => expect(files.length).toBeGreaterThan(0));
  it.each(files)("%s", (file) => {
    const text = readFileSync(new URL(file, BODIES), "utf8");
    const ctx = makeContext(text);
    for (const rule of RULES) {
      for (const f of rule.check(ctx)) {
        expect(f.rule).toBe(rule.id);
        expect(squash(text)).toContain(f.excerpt.replace(/^…|…$/g, ""));
      }
    }
  });
});
