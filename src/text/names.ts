/**
 * People's names in notes: who a greeting greets, and whether a written name is an
 * interviewer's (exactly, or misspelled). Used by the name rules and interview matching.
 */
import { writesWithoutCapitals } from "./capitals.js";
import { editDistance } from "../spelling/edit-distance.js";
import { excerptOf } from "./excerpt.js";
import { fold } from "./fold.js";
import { memoize, memoizeForCheck } from "./memo.js";

/** Titles and ranks dropped before matching: "Dr. Okafor" is Okafor, "Lt. Halvey" is Halvey. */
/**
 * Honorifics other languages put before a name, as writers keep them in English: Thai "Khun",
 * Indonesian "Ibu"/"Bapak", Indian "Shri"/"Smt", Yoruba and Hausa "Alhaji"/"Alhaja", Nigerian
 * "Engr", Amharic "W/ro", Dutch "Meneer"/"Mevrouw", Polish "Pani", "Doña", "Signor(a)",
 * "Senhor(a)", Arabic "Sheikh"/"Ustadh". Not those that are also names or English words
 * ("Don", "Ato", "Pak", "Sri", "Pan"): a note to Don greets Don.
 */
const WORLD_HONORIFICS = ["khun", "ibu", "bapak", "shri", "smt", "shrimati", "alhaji", "alhaja", "engr", "w/ro", "meneer", "mevrouw", "mevr", "pani", "doña", "signor", "signora", "senhor", "senhora", "sheikh", "shaikh", "ustadh", "ustaz"];

/** Titles and honorifics, any of them abbreviated with a full stop ("Dr.", "Engr."). */
const TITLE_FORMS = [
  "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "madam", "madame", "maam", "ma'am", "ma\u2019am",
  "dame", "rev", "reverend", "pastor", "father", "sister", "mme", "mlle", "herr", "frau", "sr", "sra", "srta", "principal", "coach",
  "chef", "judge", "capt", "captain", "officer", "superintendent", "respected", "esteemed", "hon", "honorable", "honourable",
  "lt", "lieut", "lieutenant", "sgt", "sergeant", "cpl", "corporal", "col", "colonel", "maj", "major", "cmdr", "commander", "det",
  "detective", "insp", "inspector", "chief", "rabbi", "imam", ...WORLD_HONORIFICS,
];

const TITLE = new RegExp(`^(?:${TITLE_FORMS.join("|")})\\.?$`, "i");

/** What a full stop may abbreviate inside a greeting, so it ends no sentence there: a title, "St." or "Fr.". */
const ABBREVIATED_FORMS = [...TITLE_FORMS, "st", "fr"];
const ABBREVIATED = ABBREVIATED_FORMS.join("|");

/** Words after a salutation that address a group or a role, not a person. */
const NOT_A_NAME = new Set([
  "all", "team", "teams", "everyone", "everybody", "folks", "there", "guys", "y'all", "yall", "colleagues", "friend",
  "friends", "manager", "managers", "recruiter", "recruiters", "recruiting", "hiring", "committee", "panel", "concern",
  "whom", "hr", "talent", "people", "members", "crew", "gang", "both", "you", "again", "interviewer", "interviewers",
  "search", "selection", "board", "department", "staff", "group", "squad", "sirs",
]);

/** Lower-case particles inside a name ("Vincent van Gogh", "Ana de la Cruz"). */
const PARTICLES = new Set(["de", "del", "della", "der", "den", "da", "das", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y", "ten", "ter"]);

/** Opening salutations, possibly stacked ("Hi, good morning"). */
const SALUTATION =
  /^(?:(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|bonjour|bonsoir|salut|hola|buenos\s+d[ií]as|ciao|hallo|namaste|salaam|shalom|aloha)\b[\s,!.:;-]*)+/i;

/**
 * Words that follow a name in a greeting run on without a comma ("hey jess cheers for today",
 * "Hi Priya thanks again"): the name ends before them, and a greeting that starts with one
 * ("hey thx for the interview") names nobody.
 */
const AFTER_NAME = new Set([
  "thanks", "thank", "thx", "ty", "cheers", "for", "the", "today", "again", "so", "it", "it's", "was", "i", "i'm", "just",
  "hope", "great", "nice", "good", "quick", "a", "to", "you", "your", "from", "of", "on", "in", "with", "is", "am", "this",
]);

/** Titles and ranks written short with a dot ("Dr.", "Lt."), whose dot ends no sentence. */

/** Where one greeted name ends and the next begins: commas, and/&, slashes, dashes, sentence ends. */
const SEPARATOR = new RegExp(`\\s*(?:[,;:!?&+/\\u2013\\u2014]|\\s-\\s|\\band\\b|\\bor\\b|(?<!\\b(?:${ABBREVIATED}))\\.(?:\\s|$))\\s*`, "i");

/**
 * A letter as the "i" flag without "u" compares it: its upper case when that is one character,
 * unless that would turn a non-ASCII letter into an ASCII one (so "ſ" is no "s").
 */
function caseless(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === 1 && !(c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : c;
}

/** True when an abbreviable word ("Dr", "St") ends at `end`, a whole word (nothing of a word before it). */
function abbreviationEndsAt(text: string, end: number): boolean {
  return ABBREVIATED_FORMS.some((form) => {
    const start = end - form.length;
    if (start < 0 || (start > 0 && /\w/.test(text[start - 1]!))) return false;
    for (let k = 0; k < form.length; k++) if (caseless(text[start + k]!) !== caseless(form[k]!)) return false;
    return true;
  });
}

/**
 * A greeting's first sentence: up to the first ".", "!" or "?" before white space or the end
 * that ends no title ("Dr."). Read here rather than by a pattern: one with every title in a
 * lookbehind cost 0.8 ms of the Worker's start-up to compile (docs/performance.md).
 */
export function firstSentence(text: string): string {
  for (let at = 0; at < text.length; at++) {
    if (!".!?".includes(text[at]!)) continue;
    if ((at + 1 === text.length || /\s/.test(text[at + 1]!)) && !abbreviationEndsAt(text, at)) return text.slice(0, at);
  }
  return text;
}

/**
 * Honorifics written after a name, alone or joined by a hyphen: Turkish "Hanım"/"Bey", Japanese
 * "-san"/"-sama", Hindi and Urdu "-ji"/"Sahib", Korean "-ssi"/"-nim". "Dear Aysel Hanım" greets
 * Aysel; a word after a first name is otherwise a surname, which wrong-name checks.
 */
const POSTFIX_HONORIFIC = /^(?:han[ıi]m|han[ıi]mefendi|bey|beyefendi|efendi|san|sama|kun|ji|jee|sahib|saheb|sahab|ssi|nim)$/iu;
const HYPHENED_HONORIFIC = /-(?:san|sama|kun|ji|jee|ssi|nim)$/iu;

/** Most words of a salutation no list holds, before the name ("Kia ora Mere"). */
const MAX_SALUTATION_WORDS = 2;

/** Most words one person's name runs to in a greeting ("José María de la Cruz" stays within it). */
const MAX_NAME_WORDS = 5;

/** True for a title or honorific ("Dr.", "ms", "Professor") that precedes a name. */
export const isTitle = (word: string) => TITLE.test(word);

/**
 * The person-name words a greeting greets, titles removed, one entry per person:
 * "Hello Ms. Raman and Mr. Kowalski-Nowak," → ["Raman", "Kowalski-Nowak"];
 * "Hi José Álvarez," → ["José Álvarez"]; "Dear Hiring Manager," / "Hi all," → [].
 */
export const greetingNames: (greeting: string) => readonly string[] = memoizeForCheck(computeGreetingNames);

/** greetingNames, computed: several rules and the matcher ask of the same greeting. */
function computeGreetingNames(greeting: string): string[] {
  // A greeting run on into the note ("hey walter thanks for today. that turn at…") ends at its first sentence.
  const rest = firstSentence(greeting.trim().replace(SALUTATION, ""));
  // A writer who greets in lower case ("hi priya,") writes names in lower case too.
  const lowerCaseWriter = writesWithoutCapitals(greeting);
  const names: string[] = [];
  for (const part of rest.split(SEPARATOR)) {
    const all = part
      .split(/\s+/)
      .filter((w, i) => w && !isTitle(w) && !(i > 0 && POSTFIX_HONORIFIC.test(w)))
      .map((w) => w.replace(/['\u2019]s$|(?<![.'"\u2019)])[.'"\u2019)]+$/u, "").replace(HYPHENED_HONORIFIC, ""));
    const runOn = all.findIndex((w) => AFTER_NAME.has(fold(w)));
    const words = runOn < 0 ? all : all.slice(0, runOn);
    if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
    if (words.some((w) => NOT_A_NAME.has(fold(w)))) continue;
    const nameLike = (w: string, i: number) => /^[\p{L}\p{M}'\u2019-]+$/u.test(w) && (lowerCaseWriter || /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(w)));
    if (words.every(nameLike)) {
      names.push(words.join(" "));
      continue;
    }
    // A salutation of another language before the name ("Kia ora Mere"): the name is what follows its last word.
    const last = words.findLastIndex((w, i) => !nameLike(w, i));
    const name = words.slice(last + 1);
    if (last < MAX_SALUTATION_WORDS && name.length > 0 && /^\p{Lu}/u.test(name[0]!)) names.push(name.join(" "));
  }
  return names;
}

/**
 * Who a greeted name names among `people`, and the name as read: without the words before it
 * when those are a salutation or an honorific of another language ("Sawubona Sipho", "Puan
 * Nurul Izzati", "Ma Funmilayo"), that is when what is left names someone exactly while the
 * whole names no one.
 */
export function greetedPerson<T extends { name: string }>(name: string, people: T[]): { name: string; hit: ReturnType<typeof findPerson<T>> } {
  const hit = findPerson(name, people);
  if (hit) return { name, hit };
  const words = name.split(/\s+/);
  for (let drop = 1; drop <= MAX_SALUTATION_WORDS && drop < words.length; drop++) {
    const rest = words.slice(drop).join(" ");
    const restHit = findPerson(rest, people);
    if (restHit?.match === "exact") return { name: rest, hit: restHit };
  }
  return { name, hit: null };
}

export type NameMatch = "exact" | "close" | null;

/** One way to write a person's name ("Priya", "Raman", "Priya Raman"), as saved and folded. */
export interface NameForm {
  text: string;
  folded: string;
}

/**
 * The ways a person may be named: first name, each surname word and hyphenated part, the
 * whole surname, first + last, and the full name, titles removed ("Dr. Amara Okafor" →
 * Amara, Okafor, Amara Okafor).
 */
export function nameForms(person: { name: string }): readonly NameForm[] {
  return formsOf(person.name);
}

/** Characters of names remembered with their forms and matches: every name of a few hundred interviews. */
const NAME_CACHE_CHARS = 50_000;

/**
 * Forms per name: rules ask for them once per word of the note, and the facts (so the person
 * objects) are read afresh for every message.
 */
const formsOf = memoize(computeForms, NAME_CACHE_CHARS);

/** The words of a written name without its titles ("Dr. Amara Okafor" → Amara, Okafor). */
export function nameParts(name: string): string[] {
  return name.trim().split(/\s+/).filter((w) => !isTitle(w));
}

function computeForms(name: string): readonly NameForm[] {
  const words = nameParts(name);
  const [first, ...rest] = words;
  if (!first) return [];
  const texts = new Set<string>([first, words.join(" ")]);
  const surnameWords = rest.filter((w) => !PARTICLES.has(w));
  for (const word of surnameWords) {
    texts.add(word);
    for (const part of word.split("-")) texts.add(part);
  }
  if (rest.length > 0) {
    texts.add(rest.join(" "));
    texts.add(`${first} ${rest[rest.length - 1]}`);
  }
  // A two-word given name ("Fatima Zahra Benali", "Mary Ann Fox") is used without the surname.
  if (rest.length > 1) texts.add(`${first} ${rest[0]}`);
  return [...texts].filter(Boolean).map((text) => ({ text, folded: fold(text) }));
}

/** The single words of a person's name (first name, surname words and their hyphenated parts). */
export function nameWords(person: { name: string }): string[] {
  return nameForms(person)
    .map((f) => f.text)
    .filter((t) => !/\s/.test(t));
}

/**
 * Edits a written name may be off by and still be a misspelling of a form rather than
 * another name: none up to 3 letters ("Tom"/"Tim", "Ann"/"Amy" are different people), one
 * up to 7 ("Pryia", "Tomas"), two beyond ("Kowalsky-Nowek"), where two slips are common and
 * a different real name that close is rare.
 */
export function maxNameEdits(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/** Shortest nickname accepted as a shortened first name ("Tom" for Tomasz, "Alex" for Alexander). */
const MIN_NICKNAME_LENGTH = 3;
/** A prefix counts as a nickname only when it drops this many letters; "Tomas" for "Tomasz" is a slip. */
const MIN_NICKNAME_CUT = 2;

/** Common nicknames that are not a prefix of the full name, in groups of interchangeable names. */
const NICKNAME_GROUPS: readonly string[][] = [
  ["robert", "bob", "bobby", "rob"], ["william", "bill", "billy", "will", "liam"], ["richard", "dick", "rick", "rich"],
  ["elizabeth", "liz", "beth", "betty", "eliza"], ["katherine", "catherine", "kathryn", "kate", "katie", "kathy", "cathy", "kat"],
  ["margaret", "maggie", "meg", "peggy"], ["michael", "mike", "mikey"], ["james", "jim", "jimmy", "jamie"],
  ["john", "jack", "johnny"], ["jonathan", "jon"], ["edward", "ted", "ned", "ed"], ["anthony", "tony"],
  ["andrew", "andy", "drew"], ["charles", "chuck", "charlie"], ["henry", "hank", "harry"], ["joseph", "joe", "joey"],
  ["susan", "sue", "suzy"], ["jennifer", "jen", "jenny"], ["rebecca", "becky", "becca"], ["stephen", "steven", "steve"],
  ["alexander", "alexandra", "alex", "sasha", "sandy"], ["tomasz", "tomek"], ["jose", "pepe"], ["francisco", "paco"],
  ["katarzyna", "kasia"], ["malgorzata", "gosia"], ["aleksandr", "sasha"], ["dmitry", "dima"], ["christopher", "chris", "kit"],
];

function isNickname(written: string, first: string): boolean {
  if (written.length >= MIN_NICKNAME_LENGTH && first.length - written.length >= MIN_NICKNAME_CUT && first.startsWith(written)) return true;
  return NICKNAME_GROUPS.some((group) => group.includes(written) && group.includes(first));
}

/** How a written name relates to a person: the form it matched and the edits it is off by. */
export interface NameHit {
  match: "exact" | "close";
  form: NameForm;
  distance: number;
}

/** Folds a written name for comparison: case, accents, titles, possessive and stray punctuation. */
function normalise(written: string): string {
  return fold(written)
    .replace(/'s$/, "")
    .split(/\s+/)
    .filter((w) => w && !isTitle(w))
    .join(" ")
    .replace(/(?<![.,!?:;"])[.,!?:;"]+$/, "");
}

/** The closest form of `person` that `written` names, exactly or as a misspelling; null when none. */
export function matchNameForm(written: string, person: { name: string }): NameHit | null {
  // Remembered: the name rules ask about every capitalised word of a note, for every
  // interviewer. Two look-ups, by name then by word, build no key string per call.
  return matchesOf(person.name)(written);
}

/**
 * Characters of written words remembered per name: the capitalised words of a few long notes.
 * Names come only from the facts (a few hundred people), so memory stays a few megabytes at most.
 */
const WRITTEN_CACHE_CHARS = 5_000;

const matchesOf = memoize((name: string) => memoize((written: string) => computeMatch(written, name), WRITTEN_CACHE_CHARS), NAME_CACHE_CHARS);

function computeMatch(written: string, name: string): NameHit | null {
  const w = normalise(written);
  if (!w) return null;
  const forms = formsOf(name);
  let best: NameHit | null = null;
  for (const form of forms) {
    const exact = form.folded === w || (form === forms[0] && isNickname(w, form.folded));
    // A slip keeps a name's first letter: "Sarah" is someone else, not a misspelt "Farah".
    if (!exact && w[0] !== form.folded[0]) continue;
    const distance = exact ? 0 : editDistance(w, form.folded);
    if (distance > maxNameEdits(form.folded.replace(/[^a-z]/g, "").length)) continue;
    if (!best || distance < best.distance) best = { match: distance === 0 ? "exact" : "close", form, distance };
  }
  return best;
}

/**
 * "exact" when `written` is the person's first name, a surname or surname part, the full
 * name or a title + surname (folded: "Jose" = "José"), or a common nickname; "close" when a
 * small misspelling of one ("Pryia", "Kowalsky"); else null.
 */
export function matchName(written: string, person: { name: string }): NameMatch {
  return matchNameForm(written, person)?.match ?? null;
}

/** The person `written` names best, exact matches first; null when none or when two fit equally. */
export function findPerson<T extends { name: string }>(written: string, people: T[]): { person: T; match: "exact" | "close" } | null {
  const hits = people.flatMap((person) => {
    const hit = matchNameForm(written, person);
    return hit ? [{ person, hit }] : [];
  });
  hits.sort((a, b) => a.hit.distance - b.hit.distance);
  const [top, second] = hits;
  if (!top || (second && second.hit.distance === top.hit.distance)) return null;
  return { person: top.person, match: top.hit.match };
}

/** The greeting quoted from the note's text for a finding's excerpt ("" when the note has none). */
export function greetingExcerpt(note: { text: string; greeting: string | null }): string {
  const greeting = note.greeting?.trim();
  if (!greeting) return "";
  // The greeting line itself, not the sentence around it: "Dear Dr. Okafor," would split at "Dr.".
  return note.text.includes(greeting) ? excerptOf(greeting) : "";
}
