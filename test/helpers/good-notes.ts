/**
 * The good notes of test/fixtures/notes/good.json as rule contexts, so every content rule
 * can assert it stays silent on them.
 */
import { readFileSync } from "node:fs";
import type { RuleContext } from "../../src/rules/rule.js";
import type { NoteAttachment } from "../../src/types.js";
import { makeContext } from "./context.js";

export interface GoodNote {
  interview: string;
  to: string;
  subject: string;
  text: string;
  attachments?: NoteAttachment[];
}

/** The good notes as written in the fixture. */
export const GOOD_NOTE_FIXTURES: GoodNote[] = JSON.parse(readFileSync(new URL("../fixtures/notes/good.json", import.meta.url), "utf8"));

/** [label, context] pairs for test.each. */
export const GOOD_NOTES: [string, RuleContext][] = GOOD_NOTE_FIXTURES.map((n) => [
  `${n.interview} → ${n.to}`,
  makeContext(n.text, { interviewId: n.interview, to: n.to, note: { subject: n.subject, attachments: n.attachments ?? [] } }),
]);
