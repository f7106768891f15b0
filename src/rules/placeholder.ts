/**
 * placeholder: unfilled template text left in the note (the kinds are tabled in
 * text/template-text.ts). Each distinct piece is reported once, quoted where it stands.
 */
import { overlapsAny, type Range } from "../spelling/non-words.js";
import { excerptAt } from "../text/excerpt.js";
import { templateMatches, urlRanges } from "../text/template-text.js";
import type { Finding } from "../types.js";
import { finding, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "placeholder",
  severity: "error",
  why: "Left-over template text shows the note was mass-produced, the opposite of a personal follow-up.",
  check(ctx) {
    const { text } = ctx.note;
    const seen = new Set<string>();
    const reported: Range[] = [];
    const findings: Finding[] = [];
    const hits = templateMatches(text);
    if (hits.length === 0) return [];
    // Found only now: most notes have no template text, and finding URLs scans the whole note.
    const urls = urlRanges(text);
    for (const match of hits) {
      const start = match.index;
      const end = start + match[0].length;
      // A pattern inside one already reported ("Your Name" in "[Your Name]") adds nothing.
      if (seen.has(match[0]) || overlapsAny(urls, start, end) || overlapsAny(reported, start, end)) continue;
      seen.add(match[0]);
      reported.push({ start, end });
      findings.push(finding(rule, `Replace the template text "${match[0]}" with the real words, or delete it.`, excerptAt(text, start, end)));
    }
    return findings;
  },
};
