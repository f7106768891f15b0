/**
 * Builds a RuleContext from a note's text and a few facts, the way the pipeline does, so a
 * rule test reads as "this note, this interview → these findings".
 */
import { readFileSync } from "node:fs";
import { parseFacts, type Interview } from "../../src/facts/schema.js";
import type { RuleContext } from "../../src/rules/rule.js";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import { sentences } from "../../src/text/sentences.js";
import { countWords, tokenize } from "../../src/text/tokens.js";
import type { Note } from "../../src/types.js";

const parsed = parseFacts(JSON.parse(readFileSync(new URL("../fixtures/facts.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
/** The sample facts: northwind-sre (three interviewers) and contoso-pm (one). */
export const FACTS = parsed.facts;

export function interview(id: string): Interview {
  const found = FACTS.interviews.find((i) => i.id === id);
  if (!found) throw new Error(`no interview ${id} in fixtures`);
  return found;
}

/** Greeting detection good enough for rule tests: the first line when it opens with a salutation or ends with a comma. */
function firstLineGreeting(text: string): string | null {
  const first = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
  return /^(hi|hello|hey|dear|good (morning|afternoon|evening))\b/i.test(first) || /,$/.test(first) ? first : null;
}

export interface ContextOptions extends Partial<Omit<RuleContext, "note">> {
  note?: Partial<Note>;
  /** Interview id from the fixtures; null for an unmatched note. Default northwind-sre. */
  interviewId?: string | null;
  /** Name of the interviewer the note is for (sets addressee and recipients). */
  to?: string;
}

/** A RuleContext for `text`, addressed by default to Priya Raman at Northwind, checked at a good time. */
export function makeContext(text: string, options: ContextOptions = {}): RuleContext {
  const { note: noteOverrides, interviewId = "northwind-sre", to, ...overrides } = options;
  const iv = interviewId === null ? null : interview(interviewId);
  const addressee = iv ? (iv.interviewers.find((p) => p.name === (to ?? iv.interviewers[0]?.name)) ?? null) : null;
  const note: Note = {
    text,
    greeting: firstLineGreeting(text),
    to: addressee?.email ? [{ name: addressee.name, address: addressee.email }] : [],
    cc: [],
    subject: "Thank you",
    from: { name: "Alex Chen", address: "alex@candidate.example" },
    attachments: [],
    forwarded: false,
    ...noteOverrides,
  };
  return {
    note,
    tokens: tokenize(note.text),
    sentences: sentences(note.text),
    wordCount: countWords(note.text),
    partWords: null,
    kind: "draft",
    noteKind: "thank-you",
    interview: iv,
    matchedBy: iv ? "recipients" : "none",
    recipients: addressee ? [addressee] : [],
    addressee,
    otherInterviews: FACTS.interviews.filter((i) => i !== iv),
    sends: [],
    fingerprint: [],
    at: iv ? new Date(Date.parse(iv.end) + 3 * 3600_000) : new Date("2026-11-17T21:00:00Z"),
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}
