import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalize, phraseSet } from "../../src/text/phrases.js";
import { patternRegex } from "./phrase-regex.js";

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

  it("anchors ^ to the start of the sentence", () => {
    const set = phraseSet(["(i|^) (really)? want (this|the) (role|job)"]);
    expect(set.test("Really want this role.")).toBe(true);
    expect(set.test("I really want the job.")).toBe(true);
    expect(set.test("You said you want the role filled by May.")).toBe(false);
  });

  it("still reads prefixes, groups and gaps", () => {
    const set = phraseSet(["i .. froze"], ["sorry to hear"]);
    expect(set.test("I completely froze.")).toBe(true);
    expect(set.test("Sorry to hear I froze.")).toBe(false);
  });
});

describe("normalize", () => {
  it("leaves folded words between single spaces, contractions spelled out", () => {
    expect(normalize("I'm sure we can not — 'really' — wait!")).toBe(" i am sure we cannot really wait ");
    expect(normalize("Don't ' quote '' me")).toBe(" do not quote me ");
    const piece = fc.constantFrom("I", "can", "not", "can't", "I'd", "'", "''", "rock 'n' roll", "“quoted”", " ", "  ", "\n", "—", ",", "it's", "Zoë", "x'");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const s = normalize(pieces.join(""));
        expect(s).toMatch(/^(?: (?:[a-z0-9']+ )+| {2})$/);
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});

describe("phrase needs", () => {
  // A pattern's matcher runs only when a sentence has the words the pattern needs; that must
  // never change an answer, and the matcher must answer as the expression the notation means.
  const pieces = ["i", "we", "sorry", "help*", "*ing", "*", "..", "...", "#", "(a|the)", "(rambl*|froze|blank*)", "(kind of|sort of)?", "!(not|never)", "(look* forward|hope) to", "(i am|i was) .. (nervous|late)", "(gift card|a gift|the * of) (for|to)?", "^", "(i|^) we", "$", "*ed $", "!(the|a $)"];
  const words = ["I", "we", "sorry", "helping", "helped", "froze", "rambled", "blanked", "kind", "of", "not", "a", "the", "3", "look", "forward", "to", "hope", "am", "was", "nervous", "late", "I'm", "don't", "gift", "card", "for"];
  const pattern = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((p) => p.join(" "));
  // At least one word: in a sentence of none ("  " normalised) the expression finds its start
  // and its end at different places, so "$ ^" matches nowhere; the matcher has them meet.
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }).map((w) => `${w.join(" ")}.`);

  it("answers exactly as the regular expression the notation stands for", () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), fc.array(pattern, { maxLength: 2 }), sentence, (yes, no, text) => {
        const s = normalize(text);
        const expected = yes.some((p) => patternRegex(p).test(s)) && !no.some((p) => patternRegex(p).test(s));
        expect(phraseSet(yes, no).test(text)).toBe(expected);
      }),
      { numRuns: 2000, seed: 20261117 },
    );
  });

  it("still finds long prefixes and words among a hundred alternatives", () => {
    const verbs = Array.from({ length: 100 }, (_, i) => `verb${i}`).join("|");
    const set = phraseSet([`i (have|had)? (${verbs})`, "appreciat* it"]);
    expect(set.test("I have verb73 the system.")).toBe(true);
    expect(set.test("I have verb100 the system.")).toBe(false);
    expect(set.test("Appreciating it.")).toBe(true);
    expect(set.test("Apprehending it.")).toBe(false);
  });

  it("finds each of several prefixes that start with the same letters", () => {
    const set = phraseSet(["(ap*) now", "(apprecia*) it", "(apt*) here", "(b*) there"]);
    expect(set.test("Appreciating it.")).toBe(true);
    expect(set.test("Apple now.")).toBe(true);
    expect(set.test("Aptitude here.")).toBe(true);
    expect(set.test("Apples here.")).toBe(false);
    expect(set.test("Be there.")).toBe(true);
    expect(set.test("Approaching it.")).toBe(false);
  });
});
