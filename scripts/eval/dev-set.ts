/**
 * The development set (test/dev-set/): notes in many voices, each labelled per rule as a
 * strict but fair coach would, run through the CLI exactly as a user's mail would be, and
 * scored per rule. `npm run eval` prints the table; test/dev-set/dev-set.test.ts holds the
 * figures in test/dev-set/floor.json as a floor.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/check.js";
import type { NoteKind } from "../../src/note-kind.js";
import { rulesFor } from "../../src/rules/note-kinds.js";
import { parseMessage } from "../../src/mail/parse.js";
import { toEml, type MailForm } from "./eml.js";

/** The rules judged on every note: each note's `fires` lists those a coach would raise; the rest must stay quiet. */
export const MEASURED_RULES = [
  "not-personal",
  "only-thanks",
  "no-fit",
  "no-interest",
  "gift",
  "placeholder",
  "generic-greeting",
  "wrong-name",
  "wrong-company",
  "needy-tone",
  "apology",
  "spelling",
  "repeated-word",
  "missing-request",
  "concern",
  "news",
  "too-long",
  "check-in-length",
  "check-in-pitch",
  "check-in-pushy",
  "check-in-context",
] as const;

export interface DevNote {
  id: string;
  voice: string;
  interview: string;
  to: string;
  form: MailForm;
  subject?: string;
  body: string;
  fires: string[];
  why: string;
  hoursAfterEnd?: number;
}

interface DevGroup {
  group: string;
  voices: string;
  interviews: Array<{ id: string; end: string; interviewers: Array<{ name: string; email?: string }>; recruiter?: { name: string; email?: string } }>;
  notes: DevNote[];
}

export interface RuleScore {
  rule: string;
  mustFire: number;
  caught: number;
  mustNotFire: number;
  falseAlarms: number;
  /** Ids of the notes the rule missed or wrongly fired on. */
  missed: string[];
  raised: string[];
}

export interface Evaluation {
  notes: number;
  /** Notes not read as a draft of their own interview (wrong kind, wrong match, or the note's text lost). */
  misread: string[];
  rules: RuleScore[];
  overall: { mustFire: number; caught: number; mustNotFire: number; falseAlarms: number };
}

/** What the rules made of one note: the rules that raised a finding, and the rules that checked it (those of its kind of note). */
export interface NoteResult {
  raised: Set<string>;
  checked: ReadonlySet<string>;
}

/** Marks a note that the pipeline did not read as a draft of the note's interview. */
export const MISREAD = "(misread)";

const SET_DIR = new URL("../../test/dev-set/notes/", import.meta.url);
const CHECKER = "check@example.com";
/** A draft is checked this long after the interview ends unless a note says otherwise: inside every send window. */
const DEFAULT_HOURS_AFTER_END = 3;

/** Every group file of the set, in name order. */
export function loadDevSet(): DevGroup[] {
  return readdirSync(SET_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => loadGroup(new URL(name, SET_DIR)));
}

/** One group file in the set's format (of the set, or a held-out group kept elsewhere). */
export function loadGroup(path: string | URL): DevGroup {
  return JSON.parse(readFileSync(path, "utf8")) as DevGroup;
}

/** Runs every note through the CLI (`--json`) and returns, by note id, the rules each raised and the rules that checked it. */
export async function runDevSet(groups: DevGroup[]): Promise<Map<string, NoteResult>> {
  const dir = mkdtempSync(join(tmpdir(), "dev-set-"));
  try {
    const factsPath = join(dir, "facts.json");
    // One store for the whole set, as one user with many interviews would have.
    writeFileSync(factsPath, JSON.stringify({ interviews: groups.flatMap((g) => g.interviews) }));
    const results = new Map<string, NoteResult>();
    let index = 0;
    for (const group of groups) {
      for (const note of group.notes) {
        const interview = group.interviews.find((i) => i.id === note.interview);
        // A note goes to an interviewer or to the interview's recruiter.
        const recipient = interview?.interviewers.find((p) => p.name === note.to) ?? (interview?.recruiter?.name === note.to ? interview.recruiter : undefined);
        if (!interview || !recipient) throw new Error(`${note.id}: no interview ${note.interview} with interviewer or recruiter ${note.to}`);
        const at = new Date(Date.parse(interview.end) + (note.hoursAfterEnd ?? DEFAULT_HOURS_AFTER_END) * 3600_000);
        const emlPath = join(dir, `${note.id}.eml`);
        writeFileSync(emlPath, toEml(note, { name: recipient.name, address: recipient.email ?? "" }, CHECKER, at, index++));
        // The note must reach the rules as written: its longest line, the heart of it, read whole.
        const longest = note.body.split("\n").reduce((a, b) => (b.length > a.length ? b : a), "");
        const squash = (t: string) => t.replace(/\s+/g, " ").trim();
        const read = squash((await parseMessage(readFileSync(emlPath))).note.text).includes(squash(longest).slice(0, 60));
        const lines: string[] = [];
        const code = await main(["--facts", factsPath, "--address", CHECKER, "--now", at.toISOString(), "--json", emlPath], (l) => lines.push(l), (l) => lines.push(l));
        if (code === 2) throw new Error(`${note.id}: ${lines.join(" ")}`);
        const result = JSON.parse(lines[0] ?? "{}") as { kind?: string; interview?: string | null; findings?: Array<{ rule: string }>; noteKind?: NoteKind | null };
        const rules = new Set((result.findings ?? []).map((f) => f.rule));
        // A note read as something other than a draft of its own interview is scored as such.
        if (result.kind !== "draft" || result.interview !== note.interview || !read) rules.add(MISREAD);
        results.set(note.id, { raised: rules, checked: result.noteKind ? rulesFor(result.noteKind) : new Set() });
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Scores what each rule raised against the labels. A note a rule must fire on counts for it
 * whatever the note was read as (read as the wrong kind, it is missed); a note it must stay
 * quiet on counts only when the rule checked it: a check-in rule says nothing of a thank-you.
 */
export function score(groups: DevGroup[], results: Map<string, NoteResult>): Evaluation {
  const notes = groups.flatMap((g) => g.notes);
  const rules = MEASURED_RULES.map((rule): RuleScore => {
    const s: RuleScore = { rule, mustFire: 0, caught: 0, mustNotFire: 0, falseAlarms: 0, missed: [], raised: [] };
    for (const note of notes) {
      const result = results.get(note.id);
      const fired = result?.raised.has(rule) ?? false;
      if (note.fires.includes(rule)) {
        s.mustFire++;
        if (fired) s.caught++;
        else s.missed.push(note.id);
      } else if (result?.checked.has(rule)) {
        s.mustNotFire++;
        if (fired) {
          s.falseAlarms++;
          s.raised.push(note.id);
        }
      }
    }
    return s;
  });
  const sum = (key: "mustFire" | "caught" | "mustNotFire" | "falseAlarms") => rules.reduce((n, r) => n + r[key], 0);
  const misread = notes.filter((n) => results.get(n.id)?.raised.has(MISREAD)).map((n) => n.id);
  return { notes: notes.length, misread, rules, overall: { mustFire: sum("mustFire"), caught: sum("caught"), mustNotFire: sum("mustNotFire"), falseAlarms: sum("falseAlarms") } };
}

const percent = (part: number, whole: number) => (whole === 0 ? "   -  " : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

/** The table `npm run eval` prints. */
export function formatTable(evaluation: Evaluation): string {
  const head = `${"rule".padEnd(18)} ${"must fire".padStart(9)} ${"caught".padStart(7)} ${"recall".padStart(7)}   ${"must not".padStart(8)} ${"raised".padStart(7)} ${"false".padStart(7)}`;
  const row = (name: string, r: { mustFire: number; caught: number; mustNotFire: number; falseAlarms: number }) =>
    `${name.padEnd(18)} ${String(r.mustFire).padStart(9)} ${String(r.caught).padStart(7)} ${percent(r.caught, r.mustFire).padStart(7)}   ${String(r.mustNotFire).padStart(8)} ${String(r.falseAlarms).padStart(7)} ${percent(r.falseAlarms, r.mustNotFire).padStart(7)}`;
  return [head, ...evaluation.rules.map((r) => row(r.rule, r)), row("overall", evaluation.overall), `${evaluation.notes} notes, ${evaluation.misread.length} not read as a draft of their interview${evaluation.misread.length ? `: ${evaluation.misread.join(", ")}` : ""}`].join("\n");
}
