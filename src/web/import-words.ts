/**
 * What an import says in words: each problem of a refused file, placed by the file's own data
 * ("Northwind Logistics, Senior Site Reliability Engineer, interviewer 2 (Tomasz Kowalski-Nowak):
 * the email “tomasz@” is not an address"), and what a finished import changed ("3 interviews
 * added, 1 replaced, 12 sends logged"). The API keeps the lines naming each field's path.
 */
import { distance } from "fastest-levenshtein";
import type { $ZodError, $ZodIssue } from "zod/v4/core";
import { formatIssues, INTERVIEW_ID_PATTERN, type Interview, type Interviewer, type Recruiter } from "../facts/schema.js";
import type { ImportCounts } from "../store/import-writer.js";
import type { SendRecord, Settings } from "../types.js";
import { SETTINGS_LABELS } from "./settings-form.js";

/** One problem of a refused file: the API's line, naming the field by its path, and the same in words for a person. */
export interface ImportProblem {
  line: string;
  words: string;
}

/** A field in a sentence ("the email"), and what one entry of it is called when it is a list ("topic", numbered). */
interface Noun {
  whole: string;
  entry?: string;
}

const INTERVIEW_NOUNS: Record<keyof Interview, Noun> = {
  id: { whole: "the id" },
  company: { whole: "the company" },
  companyAliases: { whole: "the list of other names for the company", entry: "other name" },
  role: { whole: "the role" },
  start: { whole: "the start" },
  end: { whole: "the end" },
  format: { whole: "the format" },
  interviewers: { whole: "the list of interviewers" },
  topics: { whole: "the list of topics", entry: "topic" },
  requests: { whole: "the list of things to send", entry: "thing to send" },
  concerns: { whole: "the list of concerns", entry: "concern" },
  news: { whole: "the list of news", entry: "news item" },
  decisionBy: { whole: "the decision date" },
  sendBy: { whole: "the send-by date" },
  recruiter: { whole: "the recruiter" },
  howItWent: { whole: "how it went" },
  outcome: { whole: "the outcome" },
};

const INTERVIEWER_NOUNS: Record<keyof Interviewer, Noun> = {
  name: { whole: "the name" },
  email: { whole: "the email" },
  title: { whole: "the title" },
  topics: { whole: "the list of topics", entry: "topic" },
  requests: { whole: "the list of requests", entry: "request" },
};

const RECRUITER_NOUNS: Record<keyof Recruiter, Noun> = {
  name: { whole: "the name" },
  email: { whole: "the email" },
  agency: { whole: "the agency" },
};

const SEND_NOUNS: Record<keyof SendRecord, Noun> = {
  interviewId: { whole: "the interview id" },
  messageId: { whole: "the Message-ID" },
  sentAt: { whole: "the time sent" },
  recipients: { whole: "the list of recipients", entry: "recipient" },
  interviewers: { whole: "the list of interviewers", entry: "interviewer" },
  subject: { whole: "the subject" },
  fingerprint: { whole: "the fingerprint", entry: "fingerprint number" },
  missingRequests: { whole: "the list of requests left out", entry: "request left out" },
  enteredByHand: { whole: "the entered-by-hand mark" },
};

/** Settings are named by the settings form's labels; a list's entries as the form's lines hold them. */
const SETTINGS_NOUNS = Object.fromEntries((Object.keys(SETTINGS_LABELS) as (keyof Settings)[]).map((key) => [key, { whole: `“${SETTINGS_LABELS[key]}”` }])) as Record<keyof Settings, Noun>;
const SETTINGS_ENTRIES: Partial<Record<keyof Settings, string>> = { ownerAddresses: "address", personalWords: "word", disabledRules: "rule" };

/** The keys a file may hold, and what each is, for a mistyped key's "did you mean". */
const FILE_NOUNS: Record<string, Noun> = { interviews: { whole: "the list of interviews" }, settings: { whole: "the settings" }, sends: { whole: "the send log" } };

/** Characters of a value quoted in a message: enough to recognise it. */
const QUOTED_CHARS = 60;
/** A mistyped key this close to a known one (in edits) is offered as "did you mean". */
const SUGGEST_DISTANCE = 2;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** The value at `path` in the parsed file, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = isObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** `text` cut to QUOTED_CHARS, with an ellipsis when cut. */
function cut(text: string): string {
  const chars = [...text];
  return chars.length > QUOTED_CHARS ? `${chars.slice(0, QUOTED_CHARS - 1).join("")}…` : text;
}

const quoted = (text: string) => `“${cut(text)}”`;

/** A non-empty string's trimmed text, cut to QUOTED_CHARS, or null. */
const textOf = (value: unknown) => (typeof value === "string" && value.trim() ? cut(value.trim()) : null);

/** A value as a sentence names it: “text”, the number 3, a list. */
function described(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value.trim() ? `the text ${quoted(value)}` : "empty text";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "a list" : "an object";
}

/** A value shown after its field's name: quoted text or a number; nothing for anything else. */
const shown = (value: unknown) => (typeof value === "string" ? ` ${quoted(value)}` : typeof value === "number" ? ` ${value}` : "");

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** Who or what a problem is in, in words, and the field (null: the thing itself). */
interface Place {
  where: string;
  field: string | null;
  /** What the thing is ("an interview") and the fields it may have: what an unknown field is told. */
  kind: string;
  known: readonly string[];
}

/** Names interview `index` by its company and role, as the dashboard does; by its id or number when those are missing. */
function interviewName(input: unknown, index: number): string {
  const interviews = valueAt(input, ["interviews"]);
  const nameOf = (interview: unknown) => {
    if (!isObject(interview)) return null;
    const [company, role] = [textOf(interview.company), textOf(interview.role)];
    if (company || role) return [company, role].filter(Boolean).join(", ");
    const id = textOf(interview.id);
    return id ? `the interview ${quoted(id)}` : null;
  };
  const list = Array.isArray(interviews) ? interviews : [];
  const name = nameOf(list[index]);
  if (!name) return `Interview ${index + 1}`;
  const twins = list.filter((other, i) => i !== index && nameOf(other) === name).length;
  return twins ? `${name} (interview ${index + 1} in the file)` : name;
}

/** Names a send log entry by its subject and who it went to. */
function sendName(input: unknown, index: number): string {
  const send = valueAt(input, ["sends", index]);
  if (!isObject(send)) return `Send log entry ${index + 1}`;
  const subject = textOf(send.subject);
  const names = [send.interviewers, send.recipients].map((list) => (Array.isArray(list) ? list.map(textOf).filter(Boolean) : [])).find((list) => list.length);
  const about = [subject && quoted(subject), names && `to ${cut(names.join(", "))}`].filter(Boolean).join(", ");
  return `Send log entry ${index + 1}${about ? ` (${about})` : ""}`;
}

/** The field at `rest` of a thing whose fields are `nouns`. */
function fieldIn(where: string, kind: string, nouns: Record<string, Noun>, rest: readonly PropertyKey[]): Place {
  const [key, entry] = rest;
  const known = Object.keys(nouns);
  if (key === undefined) return { where, field: null, kind, known };
  const noun = nouns[String(key)];
  if (!noun) return { where, field: quoted(String(key)), kind, known };
  if (entry === undefined) return { where, field: noun.whole, kind, known };
  const position = typeof entry === "number" ? entry + 1 : String(entry);
  return { where, field: `${noun.entry ?? "entry"} ${position}${noun.entry ? "" : ` of ${noun.whole}`}`, kind, known };
}

/** Where `path` is, in words. */
function placeOf(input: unknown, path: readonly PropertyKey[]): Place {
  const [top, index, ...rest] = path;
  if (top === "interviews" && typeof index === "number") {
    const interview = interviewName(input, index);
    const [key, row, ...inside] = rest;
    if (key === "interviewers" && typeof row === "number") {
      const name = textOf(valueAt(input, ["interviews", index, "interviewers", row, "name"]));
      return fieldIn(`${interview}, interviewer ${row + 1}${name ? ` (${name})` : ""}`, "an interviewer", INTERVIEWER_NOUNS, inside);
    }
    if (key === "recruiter") return fieldIn(`${interview}, the recruiter`, "the recruiter", RECRUITER_NOUNS, rest.slice(1));
    return fieldIn(interview, "an interview", INTERVIEW_NOUNS, rest);
  }
  if (top === "sends" && typeof index === "number") return fieldIn(sendName(input, index), "a send log entry", SEND_NOUNS, rest);
  if (top === "settings") {
    const [key, entry] = path.slice(1);
    const label = SETTINGS_LABELS[key as keyof Settings];
    // An entry of a list is placed in its field, as the form shows it: "The settings, “Your addresses”: address 2 …".
    if (label && typeof entry === "number") return { where: `The settings, “${label}”`, field: `${SETTINGS_ENTRIES[key as keyof Settings] ?? "entry"} ${entry + 1}`, kind: "the settings", known: [] };
    return fieldIn("The settings", "the settings", SETTINGS_NOUNS, path.slice(1));
  }
  return fieldIn("The file", "a file", FILE_NOUNS, path);
}

/** “senr” (did you mean “sends”?) */
function unknownKey(key: string, known: readonly string[]): string {
  const near = known.filter((k) => distance(k.toLowerCase(), key.toLowerCase()) <= SUGGEST_DISTANCE).sort((a, b) => distance(a, key) - distance(b, key))[0];
  return `${quoted(key)}${near ? ` (did you mean ${quoted(near)}?)` : ""}`;
}

/** What is wrong, as the end of a sentence about `subject` (a field, or "it"). */
function whatIsWrong(issue: $ZodIssue, subject: string, value: unknown, input: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `${subject} is missing`;
      return `${subject} should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${described(value)}`;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? `${subject} is empty` : `${subject} is shorter than ${min} characters`;
      if (issue.origin === "array") return `${subject} is empty: it needs at least ${min === 1 ? "one entry" : `${min} entries`}`;
      return `${subject} is ${described(value)}: it must be ${issue.inclusive ? `at least ${min}` : `more than ${min}`}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `${subject} is longer than ${max} characters`;
      if (issue.origin === "array") return `${subject} has ${Array.isArray(value) ? value.length : "too many"} entries: at most ${max}`;
      return `${subject} is ${described(value)}: it can be at most ${max}`;
    }
    case "invalid_format":
      if (issue.format === "email") return `${subject}${shown(value)} is not an address`;
      if (issue.format === "datetime") return `${subject}${shown(value)} is not a date and time with an offset, like 2026-11-17T13:00:00-05:00`;
      if (issue.format === "regex" && issue.pattern === String(INTERVIEW_ID_PATTERN)) return `${subject}${shown(value)} can only be 1 to 64 of a-z, 0-9 and -`;
      return `${subject}${shown(value)} ${issue.message}`;
    case "invalid_value": {
      const [only, ...others] = issue.values;
      if (!others.length) return `${subject} should be ${String(only)}, not ${described(value)}`;
      return `${subject}${shown(value)} is not one the app knows`;
    }
    case "custom": {
      const key = issue.path.at(-1);
      if (key === "id" && typeof value === "string") {
        const first = (valueAt(input, ["interviews"]) as unknown[]).findIndex((other) => isObject(other) && other.id === value);
        return `${subject}${shown(value)} is also the id of ${interviewName(input, first)}: each interview needs its own`;
      }
      if (key === "end") return `${subject}${shown(value)} is not after the start${shown(valueAt(input, [...issue.path.slice(0, -1), "start"]))}`;
      return `${subject} ${issue.message}`;
    }
    default:
      return `${subject}${shown(value)} ${issue.message}`;
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One problem in words, placed by the file's own data. */
function inWords(issue: $ZodIssue, input: unknown): string {
  const place = placeOf(input, issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => unknownKey(key, place.known));
    const many = keys.length > 1;
    return capitalised(`${place.where}: ${keys.join(", ")} ${many ? "are not fields" : "is not a field"} ${place.kind} has`);
  }
  return capitalised(`${place.where}: ${whatIsWrong(issue, place.field ?? "it", valueAt(input, issue.path), input)}`);
}

/** The problems zod found in `input`: each as the API's line and in words. */
export function problemsOf(error: $ZodError, input: unknown): ImportProblem[] {
  const lines = formatIssues(error);
  return error.issues.map((issue, i) => ({ line: lines[i]!, words: inWords(issue, input) }));
}

/** A problem found outside the schema (a send whose interview is missing), at `path` in `input`. */
export function problemAt(input: unknown, path: readonly PropertyKey[], line: string, what: string): ImportProblem {
  return { line, words: `${placeOf(input, path).where}: ${what}` };
}

/** A file that is not JSON at all: `message` is the parser's. */
export function notJson(text: string, message: string): ImportProblem {
  const words = text.trim() ? `The file is not JSON the app can read (${message}): choose a file exported from this app's settings page` : "No file was chosen, or the file is empty";
  return { line: `not valid JSON: ${message}`, words };
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 sends logged", with how many the log held already; nothing for a file without sends. */
function sendsPart(logged: number, already: number): string {
  const sends = `${counted(logged, "send", "sends")} logged`;
  if (!already) return logged ? sends : "";
  const were = already === 1 ? "was" : "were";
  return logged ? `${sends} (${already} more in the file ${were} logged already)` : `no new sends (${already === 1 ? "the one" : `the ${already}`} in the file ${were} logged already)`;
}

/** "3 interviews added, 1 replaced, 12 sends logged." */
export function importSummary({ added, replaced, unchanged, sendsLogged, sendsAlreadyLogged, settings }: ImportCounts): string {
  const interviews = (
    [
      [added.length, "added"],
      [replaced.length, "replaced"],
      [unchanged.length, "unchanged"],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, what], i) => (i === 0 ? `${counted(n, "interview", "interviews")} ${what}` : `${n} ${what}`));
  const parts = [interviews.length ? interviews.join(", ") : "no interviews", sendsPart(sendsLogged, sendsAlreadyLogged), settings ? `settings ${settings}` : ""];
  return `${capitalised(parts.filter(Boolean).join(", "))}.`;
}
