/** Every rule, in the spec's order (the report sorts by severity, then by this order). */
import type { Rule } from "./rule.js";
import { rule as apology } from "./apology.js";
import { rule as checkInContext } from "./check-in-context.js";
import { rule as checkInLength } from "./check-in-length.js";
import { rule as checkInPitch } from "./check-in-pitch.js";
import { rule as checkInPushy } from "./check-in-pushy.js";
import { rule as concern } from "./concern.js";
import { rule as duplicateNote } from "./duplicate-note.js";
import { rule as genericGreeting } from "./generic-greeting.js";
import { rule as gift } from "./gift.js";
import { rule as missingRequest } from "./missing-request.js";
import { rule as needyTone } from "./needy-tone.js";
import { rule as news } from "./news.js";
import { rule as noFit } from "./no-fit.js";
import { rule as noInterest } from "./no-interest.js";
import { rule as notPersonal } from "./not-personal.js";
import { rule as onlyThanks } from "./only-thanks.js";
import { rule as placeholder } from "./placeholder.js";
import { rule as repeatedWord } from "./repeated-word.js";
import { rule as sharedNote } from "./shared-note.js";
import { rule as spelling } from "./spelling.js";
import { rule as subject } from "./subject.js";
import { rule as tooEarly } from "./too-early.js";
import { rule as tooLate } from "./too-late.js";
import { rule as tooLong } from "./too-long.js";
import { rule as unmatched } from "./unmatched.js";
import { rule as wrongCompany } from "./wrong-company.js";
import { rule as wrongName } from "./wrong-name.js";

export const RULES: readonly Rule[] = [
  notPersonal, onlyThanks, noFit, noInterest, gift, tooEarly, tooLate, tooLong, placeholder, genericGreeting,
  wrongName, wrongCompany, needyTone, apology, duplicateNote, sharedNote, missingRequest, concern, news,
  repeatedWord, spelling, subject, unmatched, checkInLength, checkInPitch, checkInPushy, checkInContext,
];

/** The rules that can run when a message's body was too large to read: timing and who it went to. */
export const HEADER_RULES: ReadonlySet<Rule["id"]> = new Set(["too-early", "too-late", "wrong-name", "duplicate-note", "shared-note", "unmatched"]);

/**
 * The rules a sent copy's receipt reports: timing, who it went to and what was asked for (a
 * follow-up can still send that); the rest of the content was checked as a draft.
 */
export const SENT_COPY_RULES: ReadonlySet<Rule["id"]> = new Set([...HEADER_RULES, "missing-request"]);

/** Looks a rule up by id (for its `why` line in reports). */
export function ruleById(id: Rule["id"]): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
