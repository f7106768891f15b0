import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSignOffLine } from "../../src/mail/sign-off-line.js";

/** The expression the reader replaced (and the two cheaper ones it was tested through first): its answers are the reader's. */
const WORDS = String.raw`(?:(?:with\s+)?(?:best|kind|warm|warmest|many|all\s+the\s+best|kindest|sincere|thanks\s+and|thank\s+you\s+and)?\s*(?:regards|wishes|thanks)|best|cheers|sincerely|yours\s+(?:sincerely|truly)|sincerely\s+yours|respectfully|gratefully|thanks(?:\s+(?:again|so\s+much|very\s+much))?|thank\s+you(?:\s+(?:again|so\s+much|very\s+much))?|many\s+thanks|all\s+the\s+best|warmly|with\s+gratitude|take\s+care|talk\s+soon|speak\s+soon|looking\s+forward|mit\s+freundlichen\s+grüßen|viele\s+grüße|beste\s+grüße|cordialement|bien\s+à\s+vous|saludos|atentamente|cordiali\s+saluti|met\s+vriendelijke\s+groet)`;
const SIGN_OFF = new RegExp(String.raw`^${WORDS}[,.!]?(?:\s*[,–—-]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$`, "iu");
const BARE = new RegExp(String.raw`^${WORDS}[,.!]?$`, "iu");
const START = new RegExp(String.raw`^${WORDS}`, "iu");
const expressionsSay = (line: string) => BARE.test(line) || (START.test(line) && SIGN_OFF.test(line));

describe("isSignOffLine", () => {
  it("reads sign-offs, with or without the writer's name", () => {
    for (const line of ["Best,", "Kind regards, Jordan Lee", "With best wishes", "Thanks again!", "Mit freundlichen Grüßen", "Warm regards – Alex", "Cheers,Sam", "BEST REGARDS,", "Bien à vous, Élodie", "Thank you and regards,"]) {
      expect(isSignOffLine(line), line).toBe(true);
    }
  });

  it("reads no longer sentence, and no name of five words, as one", () => {
    for (const line of ["Thanks for the tour of the plant today.", "Best of luck with the launch!", "Kind regards, jordan lee and the rest", "Best, Ana Maria de la Cruz", "Regards Jordan Lee,", ""]) {
      expect(isSignOffLine(line), line).toBe(false);
    }
  });

  it("answers as the expressions did, for any line made of their words and others", () => {
    const pieces = [
      "with", "With", "WITH", "best", "Best", "kind", "warm", "warmest", "many", "all", "the", "thanks", "thank", "you", "and",
      "regards", "Regards", "wishes", "cheers", "sincerely", "yours", "truly", "again", "so", "much", "very", "take", "care",
      "mit", "freundlichen", "Grüßen", "GRÜẞEN", "grüsse", "viele", "bien", "à", "À", "vous", "met", "vriendelijke", "groet",
      "ſincerely", "\u212aind", "Jordan", "Lee", "O'Neil", "Ana-Maria", "jordan", "Élodie", "İlkay", "3", "Dr.", "x",
    ];
    const joints = [" ", "  ", "", "\t", "\u00a0", ", ", ",", " - ", " – ", "—", "!", ".", "\u2028"];
    const joined = (parts: [string, string][]) => parts.map(([piece, joint]) => piece + joint).join("");
    const anyLine = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...joints)), { maxLength: 7 }).map(joined);
    // Mostly a sign-off's words, in any case and spacing, then a mark and a name: matches and near misses.
    const signOffWords = ["best", "kind regards", "with warmest wishes", "thank you so much", "yours truly", "mit freundlichen grüßen", "bien à vous", "all the best", "thanks and regards", "thank you and regards", "cheers"];
    const cased = (text: string) => fc.constantFrom(text, text.toUpperCase(), text[0]!.toUpperCase() + text.slice(1), text.replace(/s/g, "\u017f").replace(/k/g, "\u212a"));
    const spaced = (text: string) => fc.constantFrom(" ", "  ", "\t", "", "\u00a0").map((space) => text.replaceAll(" ", space));
    const signOffLine = fc
      .tuple(fc.constantFrom(...signOffWords).chain(cased).chain(spaced), fc.constantFrom("", ",", "!", ", ", " - "), fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...joints)), { maxLength: 5 }).map(joined))
      .map(([words, mark, rest]) => words + mark + rest);
    const line = fc.oneof(signOffLine, anyLine).chain((text) => fc.constantFrom(text, text.trimEnd(), text.trim()));
    fc.assert(
      fc.property(line, (text) => {
        expect(isSignOffLine(text), JSON.stringify(text)).toBe(expressionsSay(text));
      }),
      { numRuns: 30_000 },
    );
  });
});
