/**
 * wrong-company: the note names another saved interview's company (a copy-paste from an
 * earlier note), or misspells this interview's company ("Northwnd", "Marlow & Quinse",
 * "St. Bridget's" for "St. Brigid's"). Names are compared on src/text/company.ts keys, so
 * "&"/"and", "St."/"Saint", dots, legal suffixes and possessives never make a difference.
 */
import { hasWord } from "../spelling/dictionary.js";
import { editDistance } from "../spelling/edit-distance.js";
import { factsWrite, factWords } from "../spelling/fact-words.js";
import { companyKey, companyRuns, companyTokens, readCompanyTokens, soundsAlike, type CompanyRun, type CompanyToken } from "../text/company.js";
import { writesWithoutCapitals } from "../text/capitals.js";
import { excerptAt } from "../text/excerpt.js";
import { withoutTemplateText } from "../text/template-text.js";
import { memoizeByObject } from "../text/memo.js";
import { onFirstUse } from "../text/first-use.js";
import { fold } from "../text/fold.js";
import { maxNameEdits, nameWords } from "../text/names.js";
import type { Finding, Interview } from "../types.js";
import { finding, type Rule, type RuleContext } from "./rule.js";

/** Shortest first word of a company name that stands for the company by itself ("Northwind"). */
const MIN_SHORT_NAME_CHARS = 4;
/**
 * Names with this many letters may be misspelled the way they sound with one edit more
 * ("Bridget's" for "Brigid's"); shorter sound-alikes are too often another name ("Neil", "Nile").
 */
const MIN_LETTERS_FOR_SOUND_ALIKE = 8;

interface CompanyName {
  text: string;
  key: string;
  /** Tokens in the saved name. */
  size: number;
  /** Letters the writer types ("&" not counted): sets how many slips a misspelling may have. */
  letters: number;
}

const isWordToken = (t: CompanyToken) => t.key !== "and";

function toName(text: string): CompanyName {
  const tokens = companyTokens(text);
  return { text, key: companyKey(tokens), size: tokens.length, letters: tokens.filter(isWordToken).reduce((n, t) => n + t.plain.length, 0) };
}

/**
 * The names a company goes by: its name, its aliases, and the first word of a multi-word
 * name when that word is no English word ("Northwind" of "Northwind Logistics"). Remembered
 * per interview: the interview objects are shared between checks while their facts are
 * unchanged, and every check asks for every saved interview's names.
 */
const companyNames: (interview: Interview) => readonly CompanyName[] = memoizeByObject(computeCompanyNames);

function computeCompanyNames(interview: Interview): CompanyName[] {
  const names = [interview.company, ...interview.companyAliases].map(toName);
  const words = companyTokens(interview.company).filter(isWordToken);
  const first = words[0];
  if (words.length > 1 && first && first.bare.length >= MIN_SHORT_NAME_CHARS && !hasWord(first.bare)) names.push(toName(first.text));
  // One name per key, the saved name before its aliases: messages quote the name as the user saved it.
  const unique = new Map<string, CompanyName>();
  for (const name of names) if (name.key && !unique.has(name.key)) unique.set(name.key, name);
  return [...unique.values()];
}

/**
 * A one-word company name right after a title or a first name is a person's surname ("Dear
 * Mrs Whitlock", "Jonah Whitlock", "Gwen Talbot, RN"), not the company.
 */
const WORD_BEFORE = /(\p{Lu}[\p{Ll}'\u2019-]*)\.?[ \t]$/u;
const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof"]);
function inSurnamePosition(before: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  // A first name is no English word ("Jonah", "Gwen"); "At Whitlock", "Thanks Whitlock" are not names.
  return !!word && (TITLES.has(word) || !hasWord(word));
}

/** True when every word of the run is an English word ("Harbor & Bridge", "Contact"). */
const ordinary = (run: CompanyRun) => run.tokens.filter(isWordToken).every((t) => hasWord(t.bare));
const overlaps = (a: { start: number; end: number }, list: { start: number; end: number }[]) => list.some((b) => a.start < b.end && b.start < a.end);
/** The words of a run as written, without a possessive ending unless the name has one ("St. Brigid's"). */
const quoted = (text: string, run: CompanyRun, name: CompanyName) => {
  const written = text.slice(run.start, run.end);
  return /['\u2019]s$/u.test(name.text) ? written : written.replace(/['\u2019]s$/u, "");
};

/** How far `run` is from `name` when it reads as a misspelling of it, else null. */
function misspellingDistance(run: CompanyRun, name: CompanyName): number | null {
  const allowed = maxNameEdits(name.letters);
  // Cheap bounds first: most runs are nowhere near the name's length.
  if (Math.abs(run.tokens.length - name.size) > 1 || Math.abs(run.key.length - name.key.length) > allowed + 1) return null;
  const distance = editDistance(run.key, name.key);
  // People rarely mistype a name's first letter; a run that starts elsewhere is a fragment ("Brigid's" without "St.").
  if (distance > 0 && distance <= allowed && run.key[0] === name.key[0]) return distance;
  const soundAlike = name.letters >= MIN_LETTERS_FOR_SOUND_ALIKE && distance > 0 && distance <= allowed + 1;
  return soundAlike && soundsAlike(run.key, name.key) ? distance : null;
}

interface Candidate {
  run: CompanyRun;
  name: CompanyName;
  distance: number;
}

/** Runs that may misspell one of `own`, closest first: capitalised, not ordinary words, not words the user chose. */
function misspellings(ctx: RuleContext, runs: readonly CompanyRun[], own: readonly CompanyName[], known: Set<string>): Candidate[] {
  const deliberate = factWords(ctx);
  const sentenceStarts = new Set(ctx.sentences.map((s) => s.start));
  // A writer who types in lower case throughout ("loved the tour of lanterhouse") writes names so too.
  const lowerCaseWriter = writesWithoutCapitals(ctx.note.text);
  const candidates: Candidate[] = [];
  for (const run of runs) {
    const capitalised = lowerCaseWriter || (run.tokens[0]!.capital && run.tokens[run.tokens.length - 1]!.capital);
    if (known.has(run.key) || !capitalised) continue;
    const near = own.flatMap((name) => {
      const distance = misspellingDistance(run, name);
      return distance === null ? [] : [{ run, name, distance }];
    });
    if (near.length === 0) continue;
    const words = run.tokens.filter(isWordToken);
    // Ordinary words are a misspelling only as a title-cased name of two words or more ("Harrow &
    // Fitch"), or as one capitalised mid-sentence for a coined name ("the Bellwether team" for
    // Bellweather): the word itself would not be capitalised there.
    const coinedSlip = words.length === 1 && words[0]!.capital && !sentenceStarts.has(run.start) && near.some((n) => n.name.size === 1 && !hasWord(fold(n.name.text)));
    if (ordinary(run) && !coinedSlip && (words.length < 2 || !words.every((t) => t.capital))) continue;
    if (lowerCaseWriter && ordinary(run)) continue;
    if (words.every((t) => deliberate.has(t.bare)) && factsWrite(ctx, run.tokens.map((t) => t.text).join(" "))) continue;
    candidates.push(...near);
  }
  // Closest first; of equally close runs the longest ("Nortwind Logistics" over "Nortwind").
  return candidates.sort((a, b) => a.distance - b.distance || b.run.tokens.length - a.run.tokens.length || a.run.start - b.run.start);
}

/** A capitalised name of up to six words, "&", "and", "of", "de" and "la" among them. */
const EMPLOYER_NAME = String.raw`((?:\p{Lu}[\p{L}\p{M}'\u2019.-]*)(?:[ \t]+(?:&|and|of|de|la|\p{Lu}[\p{L}\p{M}'\u2019.-]*)){0,5})`;

/**
 * Where a writer names the employer they want to join: "join Inkwell Learning", "bring the
 * same rigor to St. Aldric Medical Center", "help Dunmore Castings", "the internship with the
 * Lakeland State Department", "part of Bluebird Freight". The
 * capitalised name right after such words is the employer the note is about, so when it is
 * none of this interview's names (nor close to one) it is a name left from another letter.
 */
const EMPLOYER_FRAME = new RegExp(
  String.raw`\b(?:join(?:ing)?|help(?:ing)?(?: grow)?|(?:intern|internship|chance|shot|career|future|running|start|starting|place|spot|home) at|(?:(?:to|[Ii]|[Ii]['\u2019]d|we|would|could|will|can)\s+work|working) (?:at|for)|(?:be|being|become) (?:a )?part of|contribute to|bring(?:\s+[\p{L}'\u2019-]+){0,6}?\s+to|career at|future (?:at|with)|team at|start(?:ing)? at|(?:internship|role|position|job|opportunity|place) (?:at|with))\s+(?:the\s+)?${EMPLOYER_NAME}`,
  "gu",
);

/**
 * Where a writer names the employer of a competing offer: "an offer from Halbrook Insurance",
 * "Quayside has made me an offer". Saying there is another offer can be fair; naming the firm
 * adds pressure and tells the reader nothing they need.
 */
const offerFrames = onFirstUse(() => [
  new RegExp(String.raw`\boffers?(?:[ \t]+(?:on the table|in hand))?[ \t]+(?:from|with|at)[ \t]+(?:the[ \t]+)?${EMPLOYER_NAME}`, "gu"),
  // The name is tried only where a word starts, so a long run of capitals is read once, not once per letter.
  new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'\u2019.-])${EMPLOYER_NAME}[ \t]+(?:has|have|had)[ \t]+(?:made|given|extended|sent)[ \t]+me[ \t]+an?[ \t]+offer\b`, "gu"),
]);

/**
 * The employer named by what it stands for or by what its people wear: "a huge believer in
 * Greenleaf Goods' mission", "Harbor Health's values", "proud to wear the Skylark Air uniform",
 * "part of the Aerovale family". A person's mission or uniform is rarely praised in a
 * follow-up, so a capitalised name there is a company. Found from the noun back: the name is
 * read from at most NAME_LOOKBACK_CHARS before it, so the search stays linear in the note.
 */
const OWNED_BY_EMPLOYER: ReadonlyArray<readonly [anchor: RegExp, name: () => RegExp]> = [
  [
    /(?:['\u2019]s|(?<=s)['\u2019])[ \t]+(?:mission|values|vision|ethos|purpose|commitment to|founding story)\b/gu,
    onFirstUse(() => /(?<![\p{L}\p{M}.-])((?:\p{Lu}[\p{L}\p{M}.-]*)(?:[ \t]+(?:&|and|of|de|la|\p{Lu}[\p{L}\p{M}.-]*)){0,5})$/du),
  ],
  [
    // After one space, looked at backwards: "[ \t]+uniform" would be tried from every space of a long run.
    /(?<=[ \t])(?:uniform|uniforms|badge|family|colours|colors|lanyard|logo|name badge)\b/gu,
    onFirstUse(() => /\bthe[ \t]+((?:\p{Lu}[\p{L}\p{M}.-]*)(?:[ \t]+(?:&|and|of|\p{Lu}[\p{L}\p{M}.-]*)){0,4})[ \t]+$/du),
  ],
];
const NAME_LOOKBACK_CHARS = 80;

/** Matches of the frames above, shaped like EMPLOYER_FRAME's: the name in group 1. */
function namesOwningEmployerThings(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const [anchor, nameBefore] of OWNED_BY_EMPLOYER) {
    for (const owned of text.matchAll(anchor)) {
      const from = Math.max(0, owned.index - NAME_LOOKBACK_CHARS);
      const name = nameBefore().exec(text.slice(from, owned.index));
      if (!name) continue;
      const at = from + name.indices![1]![0];
      found.push(Object.assign([name[1]!, name[1]!], { index: at, input: text }) as unknown as RegExpExecArray);
    }
  }
  return found;
}

/**
 * What comes before an employer of the writer's own story, which is named on purpose: where
 * they worked ("my previous job with", "I've been working at") and where they are going
 * ("I've accepted a shift manager position at", "I have decided to join"). Read from at most
 * OWN_STORY_CHARS before the name, so the test stays linear in the note.
 */
const OWN_STORY_BEFORE =
  /\b(?:(?:my|our) (?:previous|last|former|old|past|current|present|first|earlier|prior) (?:job|role|position|employer|internship|placement|company|team|post)s?(?: (?:at|with|for))?|(?:previously|formerly) (?:at|with)|(?:been|was|were|while|currently|still|am) working (?:at|for)|accepted (?:a|an|the)\b[^.!?]{0,40}?\b(?:position|role|job|offer|post|place)(?: (?:at|with|from))?|(?:decided|chosen|chose|going|agreed) to (?:join|go with|accept|take)(?: (?:an? |the )?(?:offer|role|position|job)(?: (?:at|with|from))?)?)\s+(?:the\s+)?$/iu;
const OWN_STORY_CHARS = 80;

/** True when the name starting at `start` is an employer of the writer's own story. */
const inOwnStory = (text: string, start: number) => OWN_STORY_BEFORE.test(text.slice(Math.max(0, start - OWN_STORY_CHARS), start));

/** A name followed by one of these is a team or place inside the employer ("the Northgate team", "the QA side"). */
const INSIDE_THE_EMPLOYER = /^[ \t]+(?:team|teams|unit|ward|floor|crew|group|office|branch|store|site|department|squad|practice|side|project|program|programme|location|locations|mall|campus|hub|base|station)\b/i;

/** Another employer named in the note, and whether as the maker of a competing offer. */
interface ForeignEmployer {
  text: string;
  start: number;
  offer: boolean;
}

/** Employers named in a joining frame that are none of `own` (nor a misspelling of one): [run text, start]. */
function foreignEmployers(ctx: RuleContext, own: readonly CompanyName[], others: readonly string[]): ForeignEmployer[] {
  const people = new Set((ctx.interview?.interviewers ?? []).flatMap((p) => nameWords(p).map((w) => fold(w))));
  const found: ForeignEmployer[] = [];
  // Template text ("Acme Corp.") is the placeholder rule's.
  const text = withoutTemplateText(ctx.note.text);
  // Both offer frames spell "offer" in lower case: a note without it is not read for them.
  const offers = new Set(text.includes("offer") ? offerFrames().flatMap((frame) => [...text.matchAll(frame)]) : []);
  for (const match of [...text.matchAll(EMPLOYER_FRAME), ...namesOwningEmployerThings(text), ...offers]) {
    const inside = INSIDE_THE_EMPLOYER.test(text.slice(match.index + match[0].length));
    // The name ends before a trailing connective ("… Learning and", "Freight of").
    // The name ends at a sentence's end ("Alder Point. Thanks") and before "and I" or a trailing connective.
    const written = match[1]!
      .split(/\.[ \t]/u)[0]!
      .replace(/[ \t]+(?:and|&)[ \t]+I$|[ \t]+I$/u, "")
      .replace(/[ \t]+(?:&|and|of|de|la)$/u, "")
      .replace(/['\u2019]s$|[.,;:!?]+$/u, "");
    // "The Trust's values" at a sentence's start: the article is no part of the name.
    const tokens = companyTokens(written).filter(isWordToken).filter((t, i) => i > 0 || t.key !== "the");
    // "the Platform team" is a team of the employer; "the Birchmont Living team", two words and a
    // coined one, is another company's.
    if (inside && !(tokens.length >= 2 && tokens.some((t) => !hasWord(t.bare)))) continue;
    // One ordinary word, a person on the panel, or one acronym ("the MICU", "QA") name no employer.
    if (tokens.length === 0 || (tokens.length === 1 && hasWord(tokens[0]!.bare)) || people.has(fold(tokens[0]!.text))) continue;
    if (INSIDE_THE_EMPLOYER.test(` ${tokens[tokens.length - 1]!.text}`)) continue; // "the Night Team"

    if (tokens.length === 1 && /^\p{Lu}{2,}$/u.test(tokens[0]!.text)) continue;
    const all = [...companyTokens(written)];
    const run: CompanyRun = { tokens: all, key: companyKey(all), start: 0, end: written.length };
    const key = run.key;
    const same = (name: CompanyName) => name.key === key || name.key.startsWith(`${key} `) || key.startsWith(`${name.key} `) || misspellingDistance(run, name) !== null;
    // The role's own place ("Store Manager – Eastgate Mall") is where the job is, not another employer.
    if (own.some(same) || others.includes(key) || fold(ctx.interview?.role ?? "").includes(fold(written))) continue;
    const start = text.indexOf(match[1]!, match.index);
    if (inOwnStory(text, start)) continue;
    found.push({ text: written, start, offer: offers.has(match) });
  }
  return found;
}

/** The runs of a note that may name a company, for the saved names' keys and longest size. */
function runsOf(text: string, exactKeys: readonly string[], maxSize: number): readonly CompanyRun[] {
  const lowerCaseWriter = writesWithoutCapitals(text);
  // Whether some exact key starts with the first token's bare form: asked once per first token, not once per run from it.
  let asked: CompanyToken | null = null;
  let startsKey = false;
  return companyRuns(text, readCompanyTokens(text), maxSize, (first, last) => {
    // Misspellings are read only from runs capitalised at both ends (see misspellings()), or any run of a writer who types in lower case.
    if ((first.capital && last.capital) || lowerCaseWriter) return true;
    // Otherwise only an exact key can matter, and a run's key starts with its first token's bare form.
    if (first !== asked) {
      asked = first;
      startsKey = exactKeys.some((key) => key.startsWith(first.bare));
    }
    return startsKey;
  });
}

export const rule: Rule = {
  id: "wrong-company",
  severity: "error",
  why: "Naming the wrong company, or misspelling the right one, tells the reader the note was reused or rushed.",
  check(ctx) {
    const interview = ctx.interview;
    if (!interview) return [];
    const { text } = ctx.note;
    const own = companyNames(interview);
    const ownKeys = new Set(own.map((n) => n.key));
    const others = ctx.otherInterviews.flatMap((other) => companyNames(other).filter((n) => !ownKeys.has(n.key)).map((name) => ({ other, name })));
    const exactKeys = [...ownKeys, ...others.map((o) => o.name.key)];
    const maxSize = Math.max(...[...own, ...others.map((o) => o.name)].map((n) => n.size)) + 1;
    const runs = runsOf(text, exactKeys, maxSize);
    const byKey = new Map<string, CompanyRun[]>();
    for (const run of runs) {
      const same = byKey.get(run.key);
      if (same) same.push(run);
      else byKey.set(run.key, [run]);
    }
    const correct = [...ownKeys].flatMap((key) => byKey.get(key) ?? []);
    const reported: CompanyRun[] = [];
    const sentenceStarts = new Set(ctx.sentences.map((s) => s.start));
    const seen = new Set<string>();
    const findings: Finding[] = [];
    const report = (run: CompanyRun, message: string) => {
      reported.push(run);
      seen.add(run.key);
      findings.push(finding(rule, message, excerptAt(text, run.start, run.end)));
    };

    for (const { other, name } of others) {
      // A name that is also words ("Harbor & Bridge") counts only capitalised, mid-sentence.
      const run = (byKey.get(name.key) ?? []).find(
        (r) =>
          !overlaps(r, [...correct, ...reported]) &&
          (!ordinary(r) || (r.tokens[0]!.capital && !sentenceStarts.has(r.start))) &&
          !(r.tokens.length === 1 && inSurnamePosition(text.slice(Math.max(0, r.start - 40), r.start))) &&
          !inOwnStory(text, r.start),
      );
      if (run && !seen.has(run.key)) {
        report(run, `"${quoted(text, run, name)}" is the company of another interview you saved (${other.company}); this note is for ${interview.company}: use the right name.`);
      }
    }

    for (const employer of foreignEmployers(ctx, own, exactKeys)) {
      const span = { start: employer.start, end: employer.start + employer.text.length };
      // A correct short name inside it ("Lakeland" in "Lakeland State Department of Natural Resources") does not make it right.
      if (overlaps(span, reported) || correct.some((c) => c.start <= span.start && c.end >= span.end)) continue;
      const message = employer.offer
        ? `"${employer.text}" is another employer. Say you have another offer without naming the company: the name adds pressure and tells ${interview.company} nothing it needs.`
        : `"${employer.text}" is not ${interview.company}: this note is for ${interview.company}, so the name may be left from another letter. Use the right name.`;
      findings.push(finding(rule, message, excerptAt(text, employer.start, employer.start + employer.text.length)));
    }

    const known = new Set(exactKeys);
    for (const { run, name } of misspellings(ctx, runs, own, known)) {
      // A correct short name inside the run does not make it right ("Northwind Logistic"); a correct full one does ("Marlow & Quince I").
      const blocked = correct.some((c) => c.tokens.length >= name.size && overlaps(run, [c]));
      if (seen.has(run.key) || blocked || overlaps(run, reported)) continue;
      report(run, `"${quoted(text, run, name)}" looks like a misspelling of "${name.text}": write the company's name exactly.`);
    }
    return findings;
  },
};
