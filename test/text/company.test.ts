import { describe, expect, it } from "vitest";
import { companyKey, companyRuns, companyTokens, soundsAlike } from "../../src/text/company.js";

const key = (name: string) => companyKey(companyTokens(name));

describe("companyKey", () => {
  it.each([
    ["Marlow & Quince", "Marlow and Quince", "MARLOW + QUINCE", "Marlow & Quince's"],
    ["St. Aldhelm's", "St Aldhelm's", "Saint Aldhelm's", "ST. ALDHELM’S"],
    ["Brightwater Analytics, Inc.", "Brightwater Analytics Inc", "Brightwater Analytics LLC", "Brightwater Analytics"],
    ["The Larkspur Group", "Larkspur Group", "Larkspur Group's"],
    ["Fareway.io", "fareway.io"],
    ["Ørsted Wind-Power GmbH", "Orsted Wind-Power", "orsted windpower"],
  ])("writes %j and its variants the same way", (...names) => {
    expect(new Set(names.map(key)).size).toBe(1);
  });

  it("keeps names apart that differ in letters", () => {
    expect(key("Marlow & Quince")).not.toBe(key("Marlow Quince"));
    expect(key("Harrow & Finch")).not.toBe(key("Harrow & Fitch"));
  });
});

describe("companyRuns", () => {
  it("joins across an abbreviation's dot and before a legal suffix, not across a sentence end", () => {
    const text = "I met St. Aldhelm's staff and Brightwater Analytics, Inc. today. Marlow. Quince said hi.";
    const keys = companyRuns(text, companyTokens(text), 3).map((r) => r.key);
    expect(keys).toContain(key("St. Aldhelm's staff"));
    expect(keys).toContain(key("Brightwater Analytics, Inc."));
    expect(keys).not.toContain("marlowquince");
  });

  it("keeps only the runs `keep` accepts by their end tokens, in the same order", () => {
    const text = "Thanks from the Northwind team at Marlow & Quince's office";
    const tokens = companyTokens(text);
    const all = companyRuns(text, tokens, 3);
    const capitalised = companyRuns(text, tokens, 3, (first, last) => first.capital && last.capital);
    expect(capitalised).toEqual(all.filter((r) => r.tokens[0]!.capital && r.tokens[r.tokens.length - 1]!.capital));
    expect(capitalised.map((r) => r.key)).toEqual(["thanks", "northwind", "marlow", "marlowandquince", "quince"]);
  });
});

describe("soundsAlike", () => {
  it("hears names spelled as they sound", () => {
    expect(soundsAlike("stbrigid", "stbridget")).toBe(true);
    expect(soundsAlike("phoenixhealth", "feenixhealth")).toBe(true);
    expect(soundsAlike("contoso", "contour")).toBe(false);
  });
});
