/**
 * wrong-name: the note greets or names someone not on this interview's panel, misspells an
 * interviewer's name anywhere, or greets interviewer A while it is addressed to interviewer B.
 */
import { knownPeople } from "../note-kind.js";
import { hasWord } from "../spelling/dictionary.js";
import { editDistance } from "../spelling/edit-distance.js";
import { factWords } from "../spelling/fact-words.js";
import { bodySentences } from "../text/body.js";
import { startsUpperCase } from "../text/capitals.js";
import { excerptAt } from "../text/excerpt.js";
import { fold } from "../text/fold.js";
import { findPerson, greetedPerson, greetingExcerpt, greetingNames, matchName, matchNameForm, nameForms, nameParts } from "../text/names.js";
import type { Token } from "../text/tokens.js";
import type { Finding, Interview, Interviewer } from "../types.js";
import { finding, type Rule, type RuleContext } from "./rule.js";

/** Shortest capitalised word compared with names: shorter ones ("Al", "Jo") are too often something else. */
const MIN_NAME_CHARS = 3;

const withoutPossessive = (word: string) => word.replace(/['\u2019]s$/u, "");

/** "Priya Raman's name: write "Priya"" — the saved spelling of the form the writer was aiming at. */
function misspelled(written: string, person: Interviewer, excerpt: string, meant?: string): Finding {
  const form = meant ?? matchNameForm(written, person)?.form.text ?? person.name;
  return finding(rule, `"${written}" looks like a misspelling of ${person.name}'s name: write "${form}".`, excerpt);
}

/** The other saved interview and interviewer `written` names exactly, if any. */
function elsewhere(written: string, others: Interview[]): { interview: Interview; person: Interviewer } | null {
  for (const interview of others) {
    const person = interview.interviewers.find((p) => matchName(written, p) === "exact");
    if (person) return { interview, person };
  }
  return null;
}

/**
 * True when a name run in the body calls `person` by their first name or their whole surname:
 * one part of a double surname alone ("Nowak" of Kowalski-Nowak, "Asante" of Asante-Boateng)
 * is too common a word, or name, to say the note meant someone from another interview.
 */
function callsWhole(run: string, person: Interviewer): boolean {
  const words = new Set(fold(run).split(/\s+/));
  const theirs = fold(person.name).replace(/^(dr|prof|mr|mrs|ms|mx)\.?\s+/, "").split(/\s+/);
  return words.has(theirs[0]!) || words.has(theirs.at(-1)!);
}

/**
 * Words that make the capitalised word after them part of a place's name: "St. Anselm's",
 * "Mount Sinai", "Fort William" name a hospital, a school or a town, not a person.
 */
const PLACE_BEFORE_NAME = /(?:^|[^\p{L}])(?:st|saint|ste|san|santa|sao|são|mt|mount|fort|port|lake|cape)\.?\s+$/iu;
/** Enough of the text before a name to hold one of those words and its space. */
const PLACE_WORD_CHARS = 8;
/** A name followed by one of these is part of a place's or a building's name ("Tŷ Gwyn Farm", "Gwyn Road"), not a person's. */
const PLACE_AFTER_NAME = /^[ \t]+(?:farm|farms|road|rd|street|st|lane|ln|avenue|ave|close|drive|way|court|hall|house|park|hill|valley|bridge|green|square|estate|manor|lodge|dairy|mill|school|college|academy|hospital|clinic|centre|center|church|chapel|station|airport|harbour|harbor|bay|river|lake|wood|woods|forest|field|fields)\b/iu;

/** The capitalised words around token `i`, joined by single spaces ("Kayla Brennan" around "Brennan"). */
function nameRun(text: string, tokens: readonly Token[], i: number): string {
  const joined = (a: Token, b: Token) => startsUpperCase(b.text) && /^[ \t]$/.test(text.slice(a.end, b.start));
  let from = i;
  while (from > 0 && startsUpperCase(tokens[from - 1]!.text) && joined(tokens[from - 1]!, tokens[from]!)) from--;
  let to = i;
  while (to + 1 < tokens.length && joined(tokens[to]!, tokens[to + 1]!)) to++;
  return tokens.slice(from, to + 1).map((t) => withoutPossessive(t.text)).join(" ");
}

/** Most letters a first name written before a panel member's surname may differ from theirs by and still be theirs misspelt ("Nina" for Nisha). */
const FIRST_NAME_SLIPS = 2;

/**
 * The panel member whose surname follows the capitalised word at `i` ("Nina Patel"), when that
 * word is a slip of their first name: near it and with the same first letter. A first name
 * nothing like theirs is someone else of the same surname ("Raj Patel").
 */
function surnameOwner(text: string, tokens: readonly Token[], i: number, panel: readonly Interviewer[]): { person: Interviewer; first: string } | null {
  const [token, next] = [tokens[i]!, tokens[i + 1]];
  if (!next || !startsUpperCase(next.text) || !/^[ \t]$/.test(text.slice(token.end, next.start))) return null;
  const written = fold(withoutPossessive(token.text));
  const surname = fold(withoutPossessive(next.text));
  for (const person of panel) {
    const words = nameParts(person.name);
    const first = words[0];
    if (!first || words.length < 2 || fold(words.at(-1)!) !== surname) continue;
    const theirs = fold(first);
    if (theirs !== written && theirs[0] === written[0] && editDistance(theirs, written) <= FIRST_NAME_SLIPS) return { person, first };
  }
  return null;
}

/** True when the word at `i` is followed by a place noun that is no panel member's surname ("Gwyn Farm", but "Sara Park" for Sarah Park is a name). */
function placeAfter(text: string, tokens: readonly Token[], i: number, panel: readonly Interviewer[]): boolean {
  const next = tokens[i + 1];
  if (!next || !PLACE_AFTER_NAME.test(text.slice(tokens[i]!.end, next.end))) return false;
  const surname = fold(next.text);
  return !panel.some((p) => fold(nameParts(p.name).at(-1) ?? "") === surname);
}

function notOnPanel(written: string, other: { interview: Interview; person: Interviewer }, excerpt: string): Finding {
  return finding(
    rule,
    `"${written}" is ${other.person.name} from your ${other.interview.company} interview, not this one: check who this note is for.`,
    excerpt,
  );
}

/** Findings about the names in the greeting line. */
function checkGreeting(ctx: RuleContext, panel: Interviewer[], companies: Set<string>, reported: Set<string>): Finding[] {
  const excerpt = greetingExcerpt(ctx.note);
  const greeted = greetingNames(ctx.note.greeting ?? "").map((written) => ({ written, ...greetedPerson(written, panel) }));
  // A note to two of the panel greets both ("Dear Idris and Philippa,"): one of them is enough to be its addressee.
  const greetsRecipient = greeted.some(({ hit }) => hit?.match === "exact" && ctx.recipients.includes(hit.person));
  return greeted.flatMap(({ written, name, hit }): Finding[] => {
    if (companies.has(fold(written))) return [];
    for (const word of [written, ...written.split(/\s+/)]) reported.add(fold(word));
    if (hit?.match === "exact") {
      if (ctx.recipients.length === 0 || ctx.recipients.includes(hit.person) || greetsRecipient) return [];
      const to = ctx.recipients.map((p) => p.name).join(" and ");
      return [finding(rule, `You greet ${hit.person.name}, but the note is addressed to ${to}: greet the person you are sending it to.`, excerpt)];
    }
    if (hit) return [misspelled(name, hit.person, excerpt)];
    if (panel.some((p) => matchName(name, p) === "exact")) return [];
    const other = elsewhere(name, ctx.otherInterviews);
    if (other) return [notOnPanel(name, other, excerpt)];
    if (!ctx.addressee) return [];
    const names = ctx.interview!.interviewers.map((p) => p.name).join(", ");
    return [finding(rule, `"${name}" is not on this interview's panel (${names}): greet ${ctx.addressee.name} by name.`, excerpt)];
  });
}

export const rule: Rule = {
  id: "wrong-name",
  severity: "error",
  why: "Getting a name wrong, or using someone else's, undoes a note's point: it shows it was not written for them.",
  check(ctx) {
    const interview = ctx.interview;
    if (!interview) return [];
    // The recruiter is no panel member, but a name the note may rightly use.
    const panel = knownPeople(interview);
    const companies = new Set([interview.company, ...interview.companyAliases, ...ctx.otherInterviews.flatMap((i) => [i.company, ...i.companyAliases])].map(fold));
    const reported = new Set<string>();
    const findings = checkGreeting(ctx, panel, companies, reported);
    // Words the writer chose on purpose: their own name, the facts, personal words. The sign-off
    // and the lines under it are the writer's name and contact, not names of the conversation.
    // Made when a word first needs them: most notes have no capitalised word that gets so far.
    let own: Set<string> | undefined;
    let otherForms: Set<string> | undefined;
    const isOwn = (word: string) => (own ??= new Set([ctx.note.from?.name ?? "", ...ctx.settings.personalWords].flatMap((s) => fold(s).split(/\s+/)))).has(word);
    const isOtherForm = (word: string) => (otherForms ??= new Set(ctx.otherInterviews.flatMap((i) => i.interviewers.flatMap((p) => nameForms(p).map((f) => f.folded))))).has(word);
    const isDeliberate = (word: string) => factWords(ctx).has(word);
    const signOffStart = bodySentences(ctx).at(-1)?.end ?? ctx.note.text.length;
    for (let i = 0; i < ctx.tokens.length; i++) {
      const token = ctx.tokens[i]!;
      // Most words are lower case: test that before folding (dropping a possessive keeps the first letter).
      if (!startsUpperCase(token.text) || token.start >= signOffStart) continue;
      const written = withoutPossessive(token.text);
      const folded = fold(written);
      if (folded.length < MIN_NAME_CHARS || reported.has(folded) || hasWord(folded)) continue;
      const hit = findPerson(written, panel);
      if (hit?.match === "exact" || panel.some((p) => matchName(written, p) === "exact")) continue;
      if (placeAfter(ctx.note.text, ctx.tokens, i, panel)) continue;
      // Quoted only for a finding: most capitalised words that get this far are no name of the facts.
      const excerpt = () => excerptAt(ctx.note.text, token.start, token.end);
      const slip = hit ? null : surnameOwner(ctx.note.text, ctx.tokens, i, panel);
      if (slip && !isDeliberate(folded) && !isOwn(folded)) {
        findings.push(misspelled(written, slip.person, excerpt(), slip.first));
        reported.add(folded);
      } else if (hit && !isDeliberate(folded) && !isOtherForm(folded)) {
        findings.push(misspelled(written, hit.person, excerpt()));
        reported.add(folded);
      } else if (!hit && isOtherForm(folded) && !isOwn(folded) && !companies.has(folded)) {
        // A name written whole is that person only when the whole name is theirs ("Sam Okafor" is
        // not Benedict Okafor); the sign-off under the note is the writer's own name.
        const run = nameRun(ctx.note.text, ctx.tokens, i);
        const other = elsewhere(run, ctx.otherInterviews);
        const place = PLACE_BEFORE_NAME.test(ctx.note.text.slice(Math.max(0, token.start - PLACE_WORD_CHARS), token.start));
        if (other && !place && callsWhole(run, other.person)) findings.push(notOnPanel(run, other, excerpt()));
        for (const word of run.split(" ")) reported.add(fold(withoutPossessive(word)));
      }
    }
    return findings;
  },
};
