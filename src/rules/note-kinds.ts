/**
 * Which rules check which kind of note (src/note-kind.ts), as one table. A thank-you to the
 * panel is checked by every rule but the check-in ones. A note to the recruiter is checked for
 * what fits a note to the person who arranged the interview: that it is personal, carries no
 * gift and no pleading, is proofread and timely; not for fit, interest or what the panel asked,
 * which are for the panel. A check-in after the decision date is checked by its own rules
 * (short, courteous, no re-pitch, naming the role and the date) and the proofreading ones, not
 * by the thank-you's timing, content or length. A reply after the outcome (to a rejection, an
 * offer or a withdrawal) is checked only for what any courteous note needs: proofread, the right
 * names and company, no template text, gift, pleading or dwelling on the interview; a thank-you
 * for the news, a yes or a no has no window to keep, no fit to show and nothing left to send.
 * Each rule also says, in a few words, what it checks, so a report can say what it left out and why.
 */
import type { NoteKind } from "../note-kind.js";
import { andList } from "../text/and-list.js";
import type { RuleId } from "../types.js";

const ALL: readonly NoteKind[] = ["thank-you", "recruiter", "check-in", "after-outcome"];
const BEFORE_OUTCOME: readonly NoteKind[] = ["thank-you", "recruiter", "check-in"];
const THANK_YOU_AND_RECRUITER: readonly NoteKind[] = ["thank-you", "recruiter"];
const THANK_YOU: readonly NoteKind[] = ["thank-you"];
const CHECK_IN: readonly NoteKind[] = ["check-in"];

/** Per rule: the kinds of note it checks, and what it checks in words ("Not checked for …"). */
export const RULE_KINDS: Readonly<Record<RuleId, { kinds: readonly NoteKind[]; checks: string }>> = {
  "not-personal": { kinds: THANK_YOU_AND_RECRUITER, checks: "something from the conversation" },
  "only-thanks": { kinds: THANK_YOU, checks: "going beyond thanks" },
  "no-fit": { kinds: THANK_YOU, checks: "fit for the role" },
  "no-interest": { kinds: THANK_YOU, checks: "interest in the role" },
  gift: { kinds: ALL, checks: "gifts" },
  "too-early": { kinds: THANK_YOU_AND_RECRUITER, checks: "the thank-you's timing" },
  "too-late": { kinds: THANK_YOU_AND_RECRUITER, checks: "the thank-you's timing" },
  "too-long": { kinds: THANK_YOU_AND_RECRUITER, checks: "the thank-you's length" },
  placeholder: { kinds: ALL, checks: "template text" },
  "generic-greeting": { kinds: ALL, checks: "the greeting" },
  "wrong-name": { kinds: ALL, checks: "names" },
  "wrong-company": { kinds: ALL, checks: "the company's name" },
  "needy-tone": { kinds: ALL, checks: "a needy tone" },
  apology: { kinds: ALL, checks: "apologies" },
  "duplicate-note": { kinds: THANK_YOU, checks: "being the same as another note" },
  "shared-note": { kinds: THANK_YOU, checks: "going to several people at once" },
  "missing-request": { kinds: THANK_YOU, checks: "what the panel asked you to send" },
  concern: { kinds: THANK_YOU, checks: "doubts to answer" },
  news: { kinds: BEFORE_OUTCOME, checks: "news to mention" },
  "repeated-word": { kinds: ALL, checks: "doubled words" },
  spelling: { kinds: ALL, checks: "spelling" },
  subject: { kinds: ALL, checks: "the subject" },
  unmatched: { kinds: ALL, checks: "which interview it is about" },
  "check-in-length": { kinds: CHECK_IN, checks: "a check-in's length" },
  "check-in-pitch": { kinds: CHECK_IN, checks: "selling yourself again" },
  "check-in-pushy": { kinds: CHECK_IN, checks: "an impatient tone" },
  "check-in-context": { kinds: CHECK_IN, checks: "the role and the interview's date" },
};

/** A kind of note in the report's words. */
const NOTE_KIND_WORDS: Readonly<Record<NoteKind, string>> = {
  "thank-you": "a thank-you note",
  recruiter: "a note to your recruiter",
  "check-in": "a check-in after the decision date",
  "after-outcome": "a reply after the outcome",
};

const IDS = Object.keys(RULE_KINDS) as RuleId[];

const BY_KIND = new Map(ALL.map((kind) => [kind, new Set(IDS.filter((id) => RULE_KINDS[id].kinds.includes(kind)))]));

/** The rules that check a note of this kind. */
export function rulesFor(kind: NoteKind): ReadonlySet<RuleId> {
  return BY_KIND.get(kind)!;
}

/**
 * What a thank-you is checked for that a note of this kind is not, as one sentence: "Not
 * checked for fit for the role, …: a note to your recruiter." Null for a thank-you.
 */
export function notCheckedFor(kind: NoteKind): string | null {
  const thankYou = rulesFor("thank-you");
  const mine = rulesFor(kind);
  const left = [...new Set(IDS.filter((id) => thankYou.has(id) && !mine.has(id)).map((id) => RULE_KINDS[id].checks))];
  return left.length ? `Not checked for ${andList(left)}: ${NOTE_KIND_WORDS[kind]}.` : null;
}
