/**
 * Each rule's title for people: the words reports, receipts and the settings page name a
 * rule by (the id stays beside it, in small print, for the CLI's JSON and the API). One table
 * beside the catalogue in index.ts, so the rules themselves stay plain data in, findings out.
 */
import type { RuleId } from "../types.js";

/** Typed by every rule id, so a new rule without a title does not compile. */
export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  "not-personal": "Nothing from your conversation",
  "only-thanks": "Only thanks",
  "no-fit": "No link to the role",
  "no-interest": "No interest in the role",
  gift: "A gift",
  "too-early": "Sent too early",
  "too-late": "Sent late",
  "too-long": "Too long",
  placeholder: "Template text left in",
  "generic-greeting": "Form greeting",
  "wrong-name": "Wrong name",
  "wrong-company": "Wrong company",
  "needy-tone": "Needy tone",
  apology: "Apologising",
  "duplicate-note": "Same note as another",
  "shared-note": "One email to several people",
  "missing-request": "Something they asked for",
  concern: "A doubt to answer",
  news: "News to mention",
  "repeated-word": "Doubled word",
  spelling: "Spelling",
  subject: "No subject",
  unmatched: "Interview not found",
  "check-in-length": "Long for a check-in",
  "check-in-pitch": "Selling yourself again",
  "check-in-pushy": "Impatient tone",
  "check-in-context": "Role or date not named",
};

/** The title of a rule ("Wrong name" for wrong-name). */
export function ruleTitle(id: RuleId): string {
  return RULE_TITLES[id];
}
