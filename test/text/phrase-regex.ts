/**
 * The meaning of the phrase notation as a regular expression over a normalize()d sentence
 * (" folded words separated by single spaces "), item for item: the reference the word matcher
 * (src/text/phrase-pattern.ts) must answer exactly as.
 */
import { parsePattern, type Item } from "../../src/text/phrase-pattern.js";

const WORD = "[a-z0-9']";

function source(items: readonly Item[]): string {
  return items.map(itemSource).join("");
}

const alternatives = (alts: readonly Item[][]) => `(?:${alts.map(source).join("|")})`;

function itemSource(item: Item): string {
  switch (item.kind) {
    case "word":
      return `${item.word}${item.prefix ? `${WORD}*` : ""} `;
    case "suffix":
      return item.suffix ? `${WORD}*${item.suffix} ` : `${WORD}+ `;
    case "gap":
      return `(?:[^ ]+ ){0,${item.max}}`;
    case "number":
      return "[0-9]+ ";
    // The expression opens with the space before the first word: "^" asserts that space began the text.
    case "start":
      return "(?<=^ )";
    case "end":
      return "$";
    case "not":
      return `(?!${alternatives(item.alternatives)})`;
    case "group":
      return `${alternatives(item.alternatives)}${item.optional ? "?" : ""}`;
  }
}

/** The regular expression a pattern stands for, to test against normalize()d text. */
export function patternRegex(pattern: string): RegExp {
  return new RegExp(` ${source(parsePattern(pattern))}`);
}
