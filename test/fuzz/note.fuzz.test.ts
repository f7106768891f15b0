/**
 * Property-based fuzzing of the note side: hostile text in an otherwise ordinary draft (very
 * long lines, unicode confusables, right-to-left marks, zero-width characters, thousands of
 * repeated words) goes through parsing, every rule and the report without an exception.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { rawMessage } from "../helpers/raw-message.js";
import { checkSurvives } from "./check-invariants.js";

const RUNS = 40;
const SEED = 20261117;

const GOOD = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. I'd love to bring my load-testing experience to your team.\n\nBest,\nAlex";
/** Characters that look like Latin letters, reverse text, or take no space. */
const HOSTILE_CHARS = ["\u0430", "\u0435", "\u043E", "\u0456", "\u0440", "\u0455", "\u202E", "\u202D", "\u200F", "\u200E", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u0301", "\uD83D\uDE00", "\uFFFD"];

const draft = (body: string, cc = "Priya Raman <priya.raman@northwind.example>") => rawMessage({ to: "check+northwind-sre@example.com", cc, body });

/** A good note with hostile characters sprinkled in at arbitrary places. */
const sprinkled = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...HOSTILE_CHARS)), { maxLength: 60 }).map((inserts) =>
  inserts.reduce((text, [at, c]) => {
    const i = Math.floor(at * text.length);
    return `${text.slice(0, i)}${c}${text.slice(i)}`;
  }, GOOD),
);

/** Free text mixing words, punctuation, hostile characters and line breaks. */
const freeText = fc
  .array(fc.oneof(fc.constantFrom("the", "The", "Priya", "Northwind", "rotation", "[Name]", "sorry", "gift", ".", ",", "\n", "\n\n", "> ", "-- "), fc.constantFrom(...HOSTILE_CHARS), fc.string({ maxLength: 12 })), { maxLength: 300 })
  .map((parts) => parts.join(" "));

describe("hostile note text", () => {
  it("survives hostile characters in a real note and free hostile text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(sprinkled, freeText), async (body) => {
        await checkSurvives(draft(body));
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  }, 60_000);

  it("survives very long lines and repeated words", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 1000, max: 200_000 }).map((n) => `Hi Priya,\n\n${"x".repeat(n)}`),
          fc.tuple(fc.constantFrom("the", "rotation", "Priya", "thank you", "\u200B"), fc.integer({ min: 10, max: 2000 })).map(([w, n]) => `Hi Priya,\n\n${`${w} `.repeat(n)}`),
        ),
        async (body) => {
          await checkSurvives(draft(body));
        },
      ),
      { numRuns: RUNS / 4, seed: SEED },
    );
  }, 60_000);

  // The issue's named extreme, once each: 10 000 repeated words, as one run and as sentences.
  it.each([
    ["10 000 doubled words", `Hi Priya,\n\n${"the ".repeat(10_000)}`],
    ["10 000 repeated content words", `Hi Priya,\n\n${"rotation ".repeat(10_000)}`],
    ["10 000 words as sentences", `Hi Priya,\n\n${"Thank you for the rotation chat. ".repeat(2_000)}`],
  ])("survives %s", async (_, body) => {
    await checkSurvives(draft(body));
  }, 60_000);
});
