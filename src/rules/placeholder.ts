/**
 * placeholder: unfilled template text left in the note (the kinds are tabled in
 * text/template-text.ts). Each distinct piece is reported once, quoted where it stands.
 */
import { overlapsAny } from "../spelling/non-words.js";
import { excerptAt } from "../text/excerpt.js";
import { templateMatches, urlRanges } from "../text/template-text.js";
import { finding, type Rule } from "./rule.js";

/**
 * The distinct pieces of template text in `text`, each once (`seen` is shared by the body and
 * the subject), with where it stands: a piece inside one already found ("Your Name" in "[Your
 * Name]") or inside a web address adds nothing.
 */
function pieces(text: string, seen: Set<string>): { piece: string; start: number; end: number }[] {
  const hits = templateMatches(text);
  if (hits.length === 0) return [];
  // Found only now: most notes have no template text, and finding URLs scans the whole text.
  const urls = urlRanges(text);
  const found: { piece: string; start: number; end: number }[] = [];
  for (const match of hits) {
    const start = match.index;
    const end = start + match[0].length;
    if (seen.has(match[0]) || overlapsAny(urls, start, end) || overlapsAny(found, start, end)) continue;
    seen.add(match[0]);
    found.push({ piece: match[0], start, end });
  }
  return found;
}

export const rule: Rule = {
  id: "placeholder",
  severity: "error",
  why: "Left-over template text shows the note was mass-produced, the opposite of a personal follow-up.",
  check(ctx) {
    const { text, subject } = ctx.note;
    const seen = new Set<string>();
    const inBody = pieces(text, seen).map(({ piece, start, end }) =>
      finding(rule, `Replace the template text "${piece}" with the real words, or delete it.`, excerptAt(text, start, end)),
    );
    // A template's subject line comes with it ("Follow-up on [Position Title] interview").
    const inSubject = pieces(subject, seen).map(({ piece }) => finding(rule, `Replace the template text "${piece}" in the subject with the real words, or delete it.`, subject));
    return [...inBody, ...inSubject];
  },
};
