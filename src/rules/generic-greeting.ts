/**
 * generic-greeting: the note opens with a form greeting ("Dear Hiring Manager", "To whom it
 * may concern", "Dear Sir or Madam") or, when we know who it is for, with no name at all
 * ("Hi,", "Hello team," to one person, or no greeting).
 */
import { callName } from "../text/conversation.js";
import { excerptAt, excerptOf } from "../text/excerpt.js";
import { findPerson, greetingExcerpt, greetingNames, nameForms } from "../text/names.js";
import type { Interviewer } from "../types.js";
import { finding, type Rule, type RuleContext } from "./rule.js";

/** Form greetings that never name anyone; they fire even when we do not know the addressee. */
const CLASSIC_GENERIC =
  /\b(?:dear\s+(?:(?:the\s+)?hiring\s+(?:manager|team|committee|panel)|recruit(?:er|ing\s+(?:manager|team))|sir\s*(?:or|\/|and)\s*madam|madam\s*(?:or|\/)\s*sir|sirs?|madam|interviewer|(?:selection|search)\s+committee)|to\s+whom\s+it\s+may\s+concern)\b/i;

/** How far into the note a form greeting may sit and still be the greeting. */
const OPENING_CHARS = 160;

/** Words that open the note as its own first sentence, for notes without a greeting line. */
const OPENING_WORDS = 8;

/** A title at the start of a saved name ("Dr. Siobhan O'Neill"): the writer should use it. */
const TITLED = /^(?:dr|prof|professor|mr|mrs|ms|mx)\.?\s/i;
/** A formal opening ("Dear …", "To whom it may concern"): the suggestion keeps that register. */
const FORMAL_OPENING = /^\s*(?:dear|to\s+whom)\b/i;

/**
 * The greeting to suggest: "Dear Dr. O'Neill," for a titled name (a bare first name would read
 * as too familiar), "Dear Siobhan," when the note opens formally, otherwise "Hi Siobhan,".
 */
function greetWith(addressee: Interviewer | null, opening: string): string {
  if (!addressee) return "Greet the interviewer by name";
  const name = addressee.name.trim();
  if (TITLED.test(name)) return `Greet ${name} by name ("Dear ${callName(name)},")`;
  const first = nameForms(addressee)[0]?.text ?? name;
  return `Greet ${name} by name ("${FORMAL_OPENING.test(opening) ? "Dear" : "Hi"} ${first},")`;
}

/** A greeting quoted in a message: as written, without its closing punctuation ("Hi there," → "Hi there"), as form greetings are. */
const asWritten = (greeting: string) => greeting.trim().replace(/(?<![\s,;:.!\u2013\u2014-])[\s,;:.!\u2013\u2014-]+$/u, "");

/**
 * True when the opening words of a note without a greeting line name the addressee ("Priya —
 * thank you…", or "hi priya thanks for today" typed on a phone in lower case throughout).
 */
function opensWithName(ctx: RuleContext, addressee: Interviewer): boolean {
  const opening = ctx.tokens.slice(0, OPENING_WORDS);
  const lowerCase = opening.every((t) => !/\p{Lu}/u.test(t.text));
  return opening.some((t) => (lowerCase || /^\p{Lu}/u.test(t.text)) && findPerson(t.text, [addressee]) !== null);
}

export const rule: Rule = {
  id: "generic-greeting",
  severity: "warning",
  why: "A form greeting reads like a mass mailing; using the interviewer's name shows the note was written for them.",
  check(ctx) {
    const { text, greeting } = ctx.note;
    const opening = greeting ?? text.slice(0, OPENING_CHARS);
    const classic = CLASSIC_GENERIC.exec(opening);
    if (classic) {
      const at = text.indexOf(classic[0]);
      const quote = at >= 0 ? excerptAt(text, at, at + classic[0].length) : excerptOf(classic[0]);
      return [finding(rule, `${greetWith(ctx.addressee, opening)} instead of "${classic[0]}".`, quote)];
    }
    const { addressee } = ctx;
    if (!addressee) return [];
    if (greeting === null) {
      if (opensWithName(ctx, addressee)) return [];
      const first = ctx.tokens[0];
      return [finding(rule, `${greetWith(addressee, "")} at the top of the note; it opens without a greeting.`, first ? excerptAt(text, first.start) : "")];
    }
    if (greetingNames(greeting).length > 0) return [];
    // "Hi all," / "Hello team," suits a note to several people (shared-note judges that), not one.
    if (ctx.recipients.length > 1) return [];
    return [finding(rule, `${greetWith(addressee, greeting)} instead of "${asWritten(greeting)}".`, greetingExcerpt(ctx.note))];
  },
};
