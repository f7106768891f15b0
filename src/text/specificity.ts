/**
 * Whether a sentence carries a concrete detail, judged from its own words when the facts
 * cannot tell (no interview, no saved topics, or a detail nobody saved): a number, a
 * reference to something said ("you mentioned …", "your question about …") with a
 * distinctive word, or several distinctive things (technical or domain words, named
 * projects). "I enjoyed learning more about the role and the team" has none of these.
 */
import { startsUpperCase } from "./capitals.js";
import { fold } from "./fold.js";
import { wordKey } from "./mentions.js";
import { phraseSet } from "./phrases.js";
import { isStockKey } from "./stock-phrasing.js";
import { TITLE_WORDS } from "./stopwords.js";
import { tokenize, type Token } from "./tokens.js";

/**
 * Three distinct distinctive things make a sentence concrete on their own. One or two are
 * often a stray word the generic vocabulary missed ("reinforced", "thriving") or the
 * company's name; real details ("the Grafana dashboards for the dispatch fleet") name
 * several things at once. After a cue ("you mentioned …") one is enough.
 */
const CONCRETE_UNITS = 3;

/** Phrasings that point back at something said in the interview. */
const CONVERSATION_CUES = phraseSet([
  "you (mentioned|said|described|explained|shared|asked|raised|noted|pointed out|walked me through|showed me|told me)",
  "(your|the) (question|point|comment|remark|story|example|concern|take|thoughts|plan|plans|idea|ideas|vision|goals|approach|work|move|push) (about|on|around|regarding|of|for|to|behind)",
  "(came|come|comes|coming) up",
  "(we|you and i) .. (discussed|talked about|spoke about|covered|went over|dug into|touched on)",
  "(our|the) (discussion|conversation|chat|talk|exchange) (about|on|of|around|regarding)",
  "(walking|walk|walked|taking|talking) me through",
  "(showing|show|showed) me (the|your|how|around)",
  "(deep dive|dive|look) into",
  "hearing (about|how|that|your)",
]);

/** Words that make a number a date or a time of day, not a detail. */
const DATE_WORDS = new Set(
  `am pm th st nd rd o'clock january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
  sunday`.split(/\s+/),
);

/** How concrete one sentence is. */
export interface Detail {
  /** Distinct distinctive words and named things (a capitalised run counts once). */
  units: number;
  /** A number that is not a date or a time. */
  number: boolean;
  /** Points back at something said in the interview. */
  cue: boolean;
}

/** Measures a sentence; `familiar` holds keys of the interview's own names, which never count. */
export function detailOf(sentence: string, familiar: ReadonlySet<string>): Detail {
  const tokens = tokenize(sentence);
  return { units: countUnits(tokens, familiar), number: hasNumber(sentence, tokens, familiar), cue: CONVERSATION_CUES.test(sentence) };
}

/** True when a sentence carries a concrete detail. */
export function isConcrete(d: Detail): boolean {
  return d.number || d.units >= CONCRETE_UNITS || (d.cue && d.units >= 1);
}

/** Calls `each` with the hyphen-separated parts of a word ("on-call": "on", "call"), without splitting one that has none. */
function forEachPart(text: string, each: (part: string) => void): void {
  if (!text.includes("-")) each(text);
  else for (const part of text.split("-")) each(part);
}

function countUnits(tokens: readonly Token[], familiar: ReadonlySet<string>): number {
  const units = new Set<string>();
  // A run of capitalised words: its first token and its length.
  let runStart = 0;
  let runLength = 0;
  let runKeys = "";
  const addRunKey = (word: string) => {
    const key = wordKey(word);
    if (key && !familiar.has(key) && !isStockKey(key)) runKeys = runKeys ? `${runKeys} ${key}` : key;
  };
  const flushRun = () => {
    runKeys = "";
    let isTitle = false;
    for (let j = runStart; j < runStart + runLength; j++) {
      forEachPart(tokens[j]!.text, addRunKey);
      if (TITLE_WORDS.has(tokens[j]!.folded)) isTitle = true;
    }
    if (runKeys && !isTitle) units.add(`#${runKeys}`);
    runLength = 0;
  };
  const addKey = (word: string) => {
    const key = wordKey(word);
    if (key && !familiar.has(key) && !isStockKey(key) && !/^\p{N}+$/u.test(key)) units.add(key);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A capitalised word after the first names something; runs of them ("Patient Scheduling") are one thing.
    if (i > 0 && startsUpperCase(t.text) && t.folded !== "i") {
      if (runLength === 0) runStart = i;
      runLength++;
      continue;
    }
    if (runLength) flushRun();
    forEachPart(t.text, addKey);
  }
  if (runLength) flushRun();
  return units.size;
}

/** A phone number ("(555) 014-2237", "+44 20 7946 0958"): contact details, not a detail of anything. */
const PHONE = /\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}/g;

/** Words after a number read for what it counts: "90 places and", "3 babies per key person". */
const COUNTED_WORDS = 2;

/**
 * True when a number counts something telling ("9 under 2s", "12-hour shifts"), not stock or
 * the interview's own names ("applied to over 90 places", "the Year 3 Class Teacher role").
 */
function countsSomething(tokens: readonly Token[], i: number, familiar: ReadonlySet<string>): boolean {
  for (const t of tokens.slice(i + 1, i + 1 + COUNTED_WORDS)) {
    const key = wordKey(t.text, true);
    if (key && !familiar.has(key) && !isStockKey(key)) return true;
  }
  return false;
}

function hasNumber(sentence: string, tokens: readonly Token[], familiar: ReadonlySet<string>): boolean {
  const phones = [...sentence.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length] as const);
  return tokens.some((t, i) => {
    if (!/^\p{N}+$/u.test(t.text)) return false;
    if (phones.some(([from, to]) => t.start >= from && t.end <= to)) return false;
    if (/^(19|20)\d\d$/.test(t.text)) return false; // a year
    if (/[:/.]\d/.test(sentence.slice(t.end, t.end + 2)) || /\d[:/]/.test(sentence.slice(Math.max(0, t.start - 2), t.start))) return false;
    const near = [tokens[i - 1], tokens[i + 1]].map((n) => (n ? fold(n.text) : ""));
    return !near.some((w) => DATE_WORDS.has(w)) && countsSomething(tokens, i, familiar);
  });
}
