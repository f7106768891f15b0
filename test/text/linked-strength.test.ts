import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkedStrength } from "../../src/text/linked-strength.js";
import { normalize } from "../../src/text/phrases.js";

/** The regular expression the reader replaced: its answers are the reader's. */
const EXPRESSION =
  / my ((?:[^ ]+ ){1,12}?)(?:would|will|could|should|can|has|have|had|is|are) (?:[^ ]+ ){0,2}?(?:help|translate|transfer|let|allow|enable|prepare|prepared|equip|equipped|position|positioned|suit|serve|carry|apply|give me|set me up|relev\w*|useful|valuable|applicable|transferable|(?:a |an )?(?:real |big |great |good )?(?:asset|strength|plus|benefit|advantage|bonus))\b/;

const expressionSays = (normalized: string) => EXPRESSION.exec(normalized)?.[1];

describe("linkedStrength", () => {
  it("reads the strength a verb links to the job", () => {
    expect(linkedStrength(normalize("My SQL background would really help the analytics team."))).toBe("sql background ");
    expect(linkedStrength(normalize("I think my three years chairing the council have prepared me."))).toBe("three years chairing the council ");
    expect(linkedStrength(normalize("My time in dispatch is a real asset here."))).toBe("time in dispatch ");
    expect(linkedStrength(normalize("My ops work will set me up well."))).toBe("ops work ");
    expect(linkedStrength(normalize("My Kafka experience is relevant."))).toBe("kafka experience ");
  });

  it("finds none where nothing links, or the link word only starts a word", () => {
    for (const text of ["My background would be fine.", "My work was helpful to them.", "Thank you for the interview.", "My experience would", "my"]) {
      expect(linkedStrength(normalize(text)), text).toBeUndefined();
    }
    expect(linkedStrength(normalize("My sketches would helpfully illustrate it"))).toBeUndefined();
  });

  it("answers as the expression did, for any sentence made of its words and others", () => {
    const vocabulary = [
      "my", "My", "would", "will", "can", "has", "are", "is", "had", "really", "also", "help", "helps", "helpful", "help's",
      "translate", "position", "positioned", "apply", "applicable", "relevant", "relev", "give", "me", "set", "up", "upbeat",
      "a", "an", "real", "big", "good", "asset", "assets", "plus", "plush", "bonus", "sql", "background", "years", "I'm",
      "don't", "3", "team", "the", ",", ".", "—", "'", "caf\u00e9", "Re-", "to",
    ];
    const words = (maxLength: number) => fc.array(fc.constantFrom(...vocabulary), { maxLength });
    const ends = ["give", "set", "me", "me's", "up", "up's", "a", "an", "big", "asset", "asset's", "plus", "relevance", "help", "helping", "equipped"];
    // Mostly shaped like a claim ("my" … a verb … a link), so that matches and near misses are common.
    const claim = fc
      .tuple(words(4), fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }), fc.constantFrom("would", "has", "is", "was", "are"), words(3), fc.array(fc.constantFrom(...ends), { minLength: 1, maxLength: 3 }), words(4))
      .map(([before, strength, verb, gap, link, after]) => [...before, "my", ...strength, verb, ...gap, ...link, ...after].join(" "));
    const sentence = fc.oneof(claim, words(24).map((w) => w.join(" ")));
    fc.assert(
      fc.property(sentence, (text) => {
        const normalized = normalize(text);
        expect(linkedStrength(normalized), normalized).toBe(expressionSays(normalized));
      }),
      { numRuns: 20_000 },
    );
  });
});
