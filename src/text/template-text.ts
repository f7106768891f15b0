/**
 * Unfilled template text: what a template leaves in a note when it is pasted unfilled. Five
 * kinds of trace, each a table below: a field in brackets or a mail-merge token ([Name],
 * {company}, {{first_name}}, %FIRSTNAME%, <Company>), a blank to fill (____, XX/YY,
 * "such-and-such", "insert … here", TODO), a stand-in for a real name ("Firstname",
 * "Mr./Ms. Lastname", "Acme Corp", "the Z role"), a field name where a name belongs ("Company
 * Name", "Dear INTERVIEWER"), and an instruction to the writer ("(describe a project)", "[add
 * a detail]"). Email addresses in angle brackets, URLs (even with {braces}), HTML tags, "<3",
 * "XXL", "Q4", "Plan B", snake_case names and acronyms are not template text. The placeholder
 * rule reports these spans; not-personal reads the note without them.
 */
import { nonWordRanges, overlapsAny, type Range } from "../spelling/non-words.js";
import { memoizeForCheck } from "./memo.js";

/** Words that make a bracketed phrase a template field even in lower case ("[insert topic]"). */
const FIELD_WORD = /\b(?:name|company|role|position|title|job|date|day|time|interviewer|recipient|manager|topic|team|insert|your|here|project|skill|department|specific|detail|x+|y+)\b/i;

/** HTML tags an HTML-to-text conversion may leave behind; not template fields. */
const HTML_TAG = /^\/?(?:a|b|i|u|s|p|br|hr|em|strong|span|div|font|img|li|ul|ol|table|tr|td|th|tbody|thead|html|head|body|center|small|big|sup|sub|blockquote|pre|code|h[1-6]|style|script|meta|link|o:p)\b/i;

/** Tags mail systems and writers put in brackets that are not template fields ("[EXTERNAL]", "[sic]"). */
const MAIL_TAG = /^(?:external|ext|spam|suspected spam|caution|warning|bulk|secure|encrypt|encrypted|confidential|sensitive|important|urgent|fwd?|sic|edit|update|draft|attachment|image|cid|redacted|inaudible|laughs)$/i;

/** Longest text inside brackets that can be one template field. */
const MAX_FIELD_CHARS = 40;

/** A bracketed phrase of plain words (alternatives joined by "/") is a field when it is Title Case / ALL CAPS or names a field kind. */
function isField(inner: string): boolean {
  const trimmed = inner.trim();
  if (!/^[\p{L}_][\p{L}_' /-]*$/u.test(trimmed) || HTML_TAG.test(trimmed) || MAIL_TAG.test(trimmed)) return false;
  const words = trimmed.split(/[\s_/]+/);
  // "[peer mentor / orientation leader]": an either/or the writer was to choose from.
  return FIELD_WORD.test(trimmed.replace(/_/g, " ")) || words.every((w) => /^\p{Lu}/u.test(w)) || /\S\s+\/\s+\S/.test(trimmed);
}

/**
 * Words after which a noun phrase belongs ("my background in [relevant experience]", "about
 * [the thing you liked]"): a bracketed phrase of plain words there fills that slot, which only a
 * template leaves for the writer; a writer's own aside in brackets follows a complete clause.
 */
const SLOT_BEFORE = /\b(?:in|about|on|of|for|with|at|to|from|like|as|my|your|our|their|the|a|an|and|or)\s*$/i;
/** Characters read back before a bracket to find the slot word. */
const SLOT_LOOKBACK_CHARS = 12;

/** A bracketed phrase that is a field by its words, or by standing where a noun phrase belongs. */
function fillsSlot(match: RegExpExecArray): boolean {
  const inner = match[1]!.trim();
  if (isField(inner)) return true;
  const plain = /^[\p{Ll}][\p{Ll} '-]*$/u.test(inner) && !MAIL_TAG.test(inner) && !HTML_TAG.test(inner);
  return plain && SLOT_BEFORE.test(match.input.slice(Math.max(0, match.index - SLOT_LOOKBACK_CHARS), match.index));
}

/**
 * Stand-ins that templates and examples use for real names: placeholder people, companies and
 * forms of address. Matched case-insensitively as whole words.
 */
const STAND_INS = [
  "first ?name",
  "last ?name",
  "surname",
  "mr\\.?\\s*/\\s*(?:ms|mrs)\\.?(?:\\s*/\\s*mrs\\.?)?",
  "(?:mr|ms|mrs|dr)\\.? lastname",
  "john doe",
  "jane doe",
  "acme(?: corp(?:oration)?| inc\\.?| co\\.?| company| ltd\\.?)?",
  "(?:abc|xyz) (?:company|corp(?:oration)?|inc\\.?|ltd\\.?|co\\.?|org|organi[sz]ation|hospital|school|group)",
  "company [xyz]",
  "(?:mr|ms|mrs)\\.? [xyz]",
].join("|");

/**
 * A single capital letter standing for a role, team or topic ("the Z role", "the B project"):
 * not A or I, which are words, and not before the nouns where a letter is a real name
 * ("Plan B" comes before the noun, "the C suite" is written "C-suite").
 */
const LETTER_STAND_IN = "the [B-HJ-Z] (?:role|position|job|team|project|department|company|initiative|program|programme|opening|topic|product|account|division|unit|area|problem)\\b";

/** Field names typed in capitals where a name belongs; not acronyms ("HR", "CEO"), which name real things. */
const CAPITAL_FIELDS = "(?:INTERVIEWER|RECIPIENT|FIRSTNAME|LASTNAME|FIRST NAME|LAST NAME|FULL NAME|NAME|COMPANY|EMPLOYER|ORGANI[SZ]ATION|POSITION|JOB TITLE|ROLE TITLE|HIRING MANAGER|DEPARTMENT|TOPIC|DATE)";

/** A note typed in capitals throughout: its capitalised words are shouting, not field names. */
function mostlyCapitals(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.filter((w) => w === w.toUpperCase()).length > words.length / 2;
}

/**
 * Verbs that open an instruction to the person filling a template in ("describe …", "add …",
 * "mention …"), or its markers ("e.g. …", "if applicable", "optional").
 */
const INSTRUCTION_VERBS =
  "mention|describe|add|insert|include|specify|fill in|enter|list|reference|explain|restate|reiterate|highlight|summari[sz]e|recall|personali[sz]e|customi[sz]e|choose|pick|name (?:a|the|one|something|your)|write (?:a|about|something|your)|give (?:a|an|one)|provide (?:a|an|one|your)|say (?:which|what|how|why|something|one|a)|tell (?:them|him|her)|thank (?:them|him|her) for|share (?:a|an|one|something)|note (?:a|an|one|something)|if applicable|optional|e\\.g\\.";

interface Pattern {
  regex: RegExp;
  /** Optional further test on the match (group 1 is the bracketed text, when there is one). */
  accept?: (match: RegExpExecArray) => boolean;
}

const PATTERNS: Pattern[] = [
  // [Name], [Your Name], [insert topic], "my background in [relevant experience]"; not [1], [sic], links "[text](url)" or "[image: logo]".
  { regex: new RegExp(`\\[([^\\[\\]\\n]{1,${MAX_FIELD_CHARS}})\\](?!\\()`, "gu"), accept: fillsSlot },
  // {company}, {{first_name}}, ${name}
  { regex: /\$?\{\{?\s*([\p{L}_][\p{L}\p{N}_. -]{0,39}?)\s*\}?\}/gu },
  // <Company>, <Interviewer Name>; not <priya@…>, <https://…>, <br>, <3
  { regex: new RegExp(`<([^<>\\n@:/.=]{1,${MAX_FIELD_CHARS}})>`, "gu"), accept: (m) => isField(m[1]!) },
  // XX, XXX, YY, XX/YY/XXXX, MM/DD/YYYY used as stand-ins, and a number's digits as X's ("licence no. XXXXXX"); not XXL, XX-large, Q4
  { regex: /(?<![\p{L}\p{N}-])(?:X{2,16}|Y{2,4}|MM\/DD(?:\/YY(?:YY)?)?|DD\/MM(?:\/YY(?:YY)?)?)(?:\/(?:X{2,4}|Y{2,4}))*(?![\p{L}\p{N}-])/gu },
  { regex: /\bsuch-?and-?such\b/giu, accept: (m) => /such-and-such|suchandsuch/i.test(m[0]) },
  { regex: /\bblah(?:[\s,]+blah)*\b/giu },
  { regex: /\blorem ipsum\b/giu },
  // "insert … here", within one clause
  { regex: /\binsert\b[^.!?\n]{0,40}?\bhere\b/giu },
  // Upper-case markers only: "todo" and "tbd" in prose are rare, and "TBD" itself is ordinary
  // business shorthand ("start date TBD"), so it is left alone.
  { regex: /\b(?:TODO|FIXME)\b/gu },
  // Title-case field names typed as text: "Company Name", "Interviewer Name", "Job Title"
  {
    regex: /\b(?:(?:Company|Interviewer|Your|First|Last|Full|Recipient|Contact|Candidate|Hiring Manager(?:'s)?|Manager|Person)\s+Name|(?:Job|Position|Role)\s+Title|COMPANY NAME|YOUR NAME)\b/gu,
  },
  // Blanks to fill in: "the ____ position" (not snake_case names, which have letters beside them).
  { regex: /(?<![\p{L}\p{N}])_{3,}(?![\p{L}\p{N}])/gu },
  // Mail-merge tokens of the common tools: %FIRSTNAME%, *|FNAME|*, <<Company>>, [[name]].
  { regex: /%[A-Z][A-Z0-9_]{1,30}%|\*\|[A-Z][A-Z0-9_]{1,30}\|\*|<<[^<>\n]{1,40}>>|\[\[[^\[\]\n]{1,40}\]\]/gu },
  { regex: new RegExp(`\\b(?:${STAND_INS})\\b`, "giu") },
  { regex: new RegExp(`\\b(?:${LETTER_STAND_IN})`, "gu") },
  // A field name in capitals where a name belongs: "Dear INTERVIEWER,", "at COMPANY".
  { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${CAPITAL_FIELDS})(?![\\p{L}\\p{N}])`, "gu"), accept: (m) => !mostlyCapitals(m.input) },
  // An instruction to the writer in brackets or parentheses: "(describe a project)", "[add a detail]".
  { regex: new RegExp(`[(\\[]\\s*((?:${INSTRUCTION_VERBS})\\b[^()\\[\\]\\n]{0,${MAX_FIELD_CHARS * 2}})[)\\]]`, "giu") },
];

/** Matches that sit in a URL, address or path are part of it ({slug} in a link). */
export function urlRanges(text: string): Range[] {
  return nonWordRanges(text).filter((r) => /^\W*(?:https?:|www\.|mailto:)|[@/]\S*\.\S/i.test(text.slice(r.start, r.end)));
}

/** Every pattern's matches in `text`, in order. Remembered for the check: withoutTemplateText and the placeholder rule both ask. */
export const templateMatches = memoizeForCheck(
  (text: string): readonly RegExpExecArray[] =>
    PATTERNS.flatMap(({ regex, accept }) => [...text.matchAll(regex)].filter((m) => !accept || accept(m))).sort((a, b) => a.index - b.index),
);

/** The note with its template text blanked out (offsets kept): what the note says once the template is taken away. */
export const withoutTemplateText = memoizeForCheck((text: string): string => {
  const hits = templateMatches(text);
  if (hits.length === 0) return text;
  const urls = urlRanges(text);
  let out = text;
  for (const m of hits) {
    if (overlapsAny(urls, m.index, m.index + m[0].length)) continue;
    out = out.slice(0, m.index) + " ".repeat(m[0].length) + out.slice(m.index + m[0].length);
  }
  return out;
});
