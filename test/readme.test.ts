/**
 * The README's reference parts against the code they describe: the rules table (every rule, its
 * title and the kinds of note it checks), the facts format (every field of the schema) and the
 * CLI's JSON line (every kind of note it can name).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interviewSchema, interviewerSchema } from "../src/facts/schema.js";
import type { NoteKind } from "../src/note-kind.js";
import { RULE_KINDS } from "../src/rules/note-kinds.js";
import { RULE_TITLES } from "../src/rules/titles.js";
import { RULE_IDS } from "../src/types.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The README's text under a "## " heading, up to the next one. */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}" in the README`);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** Typed by every kind, so a new kind of note without a place here does not compile. */
const KINDS: Record<NoteKind, true> = { "thank-you": true, recruiter: true, "check-in": true, "after-outcome": true };

describe("the README's rules table", () => {
  const rows = section("The rules")
    .split("\n")
    .filter((line) => /^\| `/.test(line))
    .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| /, "").replace(/ \|$/, "")));

  it("lists every rule once, in the catalogue's order, by its id and title", () => {
    expect(rows.map(([id]) => id)).toEqual(RULE_IDS.map((id) => `\`${id}\``));
    for (const [id, title] of rows) expect(title, id).toBe(RULE_TITLES[id!.replaceAll("`", "") as keyof typeof RULE_TITLES]);
  });

  it("says which kinds of note each rule checks, as src/rules/note-kinds.ts has them", () => {
    for (const [id, , , checked] of rows) {
      const kinds = checked === "all" ? Object.keys(KINDS) : checked!.split(", ");
      expect(kinds.sort(), id).toEqual([...RULE_KINDS[id!.replaceAll("`", "") as keyof typeof RULE_KINDS].kinds].sort());
    }
  });

  it("names each kind of note where it says which rules check it", () => {
    for (const kind of Object.keys(KINDS)) expect(section("The rules"), kind).toMatch(new RegExp(`^- a \\*\\*[^*]+\\*\\* \\(\`${kind}\``, "m"));
  });
});

describe("the README's facts format", () => {
  // Outside the example: each field is said in words, not only shown.
  const prose = section("Interview facts").replace(/```json[\s\S]*?```/, "");
  const recruiter = interviewSchema.shape.recruiter._zod.def.innerType;

  it.each([
    ["an interview", Object.keys(interviewSchema.shape)],
    ["an interviewer", Object.keys(interviewerSchema.shape)],
    ["the recruiter", Object.keys(recruiter.shape)],
  ])("documents every field of %s", (_what, fields) => {
    for (const field of fields) expect(prose, field).toContain(`\`${field}\``);
  });

  it("gives every outcome and every way it went", () => {
    for (const value of ["waiting", "offer", "rejected", "withdrawn", "well", "unsure", "badly"]) expect(prose, value).toContain(`\`${value}\``);
  });
});

describe("the README's command line", () => {
  it("shows the JSON line with what the note was checked as, naming every kind", () => {
    const line = /`(\{"file".*\})`/.exec(section("Command line"))?.[1] ?? "";
    expect(line).toContain(`"noteKind":"${Object.keys(KINDS).join("|")}"|null`);
  });
});
