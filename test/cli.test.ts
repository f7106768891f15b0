import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/check.js";
import { CORPUS, corpusDir } from "./helpers/corpus.js";
import { rawMessage } from "./helpers/raw-message.js";

const FACTS = fileURLToPath(new URL("./fixtures/facts.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "followup-cli-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err, json: () => out.map((l) => JSON.parse(l)) };
}

const base = ["--facts", FACTS, "--address", "check@example.com", "--now", "2026-11-17T19:30:00-05:00"];
const good =
  "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign this afternoon. At Fernhill I cut our pages per shift by 40% with a similar handover checklist, and I'd love to bring that experience to your team.\n\nAs promised, the postmortem template is attached. On Go, I've since rewritten one of our Python deploy tools in it.\n\nI'm excited about the Senior Site Reliability Engineer role and hope to keep the conversation going.\n\nBest regards,\nAlex Chen";

describe("CLI", () => {
  it("prints one JSON line per message in the spec's shape and exits 0 when nothing is an error", async () => {
    const attachment = { filename: "postmortem-template.pdf", mimeType: "application/pdf", base64: "JVBERi0xLjQK" };
    const draft = file("draft.eml", rawMessage({ cc: "priya.raman@northwind.example", body: good, attachments: [attachment] }));
    const result = await run([...base, "--json", draft]);
    expect(result.err).toEqual([]);
    expect(result.json()).toEqual([{ file: draft, kind: "draft", interview: "northwind-sre", verdict: "ready", findings: [], noteKind: "thank-you" }]);
    // The spec's fields first, as they always were; what the note was checked as after them.
    expect(Object.keys(result.json()[0])).toEqual(["file", "kind", "interview", "verdict", "findings", "noteKind"]);
    expect(result.code).toBe(0);
  });

  it("says in each JSON line what the note was checked as: a thank-you, a note to the recruiter, a check-in or a reply after the outcome", async () => {
    const fixture = JSON.parse(readFileSync(FACTS, "utf8")) as { interviews: Array<Record<string, unknown>> };
    const factsWith = (name: string, over: Record<string, unknown>) =>
      file(name, JSON.stringify({ interviews: fixture.interviews.map((i) => (i.id === "northwind-sre" ? { ...i, recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example" }, ...over } : i)) }));
    const toDana = file("to-dana.eml", rawMessage({ cc: "dana@talentbridge.example", body: "Hi Dana,\n\nThanks for setting up Northwind today: Priya and I spent the hour on the on-call rotation redesign.\n\nAlex" }));
    const toPriya = file("to-priya.eml", rawMessage({ cc: "priya.raman@northwind.example", body: good }));
    const ignored = file("auto.eml", rawMessage({ cc: "priya.raman@northwind.example", headers: { "Auto-Submitted": "auto-replied" }, body: "Out of office." }));
    const noteKinds = async (facts: string, now: string, ...messages: string[]) =>
      (await run(["--facts", facts, "--address", "check@example.com", "--now", now, "--json", ...messages])).json().map((line) => line.noteKind);
    const open = factsWith("facts-recruiter.json", {});
    expect(await noteKinds(open, "2026-11-17T19:30:00-05:00", toPriya, toDana, ignored)).toEqual(["thank-you", "recruiter", null]);
    // After the decision date (24 Nov) with no ending marked: a check-in; once one is marked: a reply after the outcome.
    expect(await noteKinds(open, "2026-11-27T10:00:00-05:00", toPriya, toDana)).toEqual(["check-in", "check-in"]);
    expect(await noteKinds(factsWith("facts-rejected.json", { outcome: "rejected" }), "2026-11-19T10:00:00-05:00", toPriya, toDana)).toEqual(["after-outcome", "after-outcome"]);
  });

  it("exits 1 when a message has an error finding, with the findings as the spec lists them", async () => {
    const bad = file("bad.eml", rawMessage({ cc: "priya.raman@northwind.example", body: "Hi [Name],\n\nThanks for the chat today.\n\nBest,\nAlex" }));
    const result = await run([...base, "--json", bad]);
    const [line] = result.json();
    expect(line.verdict).toBe("fix");
    expect(line.findings.map((f: { rule: string }) => f.rule)).toContain("placeholder");
    for (const f of line.findings) expect(Object.keys(f)).toEqual(["rule", "severity", "message", "excerpt"]);
    expect(result.code).toBe(1);
  });

  it("shares one store across the messages: a sent copy logged first is seen by the next draft", async () => {
    const sent = file("sent.eml", rawMessage({ to: "priya.raman@northwind.example", date: "Tue, 17 Nov 2026 18:10:00 -0500", body: good }));
    const copy = file("copy.eml", rawMessage({ cc: "tomasz.kowalski@northwind.example", body: good.replace("Hi Priya", "Hi Tomasz") }));
    const result = await run([...base, "--json", sent, copy]);
    const [first, second] = result.json();
    expect(first).toMatchObject({ kind: "sent", interview: "northwind-sre" });
    expect(second.findings.map((f: { rule: string }) => f.rule)).toContain("duplicate-note");
  });

  it("prints the report as text without --json", async () => {
    const draft = file("text.eml", rawMessage({ cc: "priya.raman@northwind.example", body: "Hi Priya,\n\nThank you.\n\nAlex" }));
    const result = await run([...base, draft]);
    expect(result.out.join("\n")).toMatch(/^Fix \d+ things?\b.* before you send your note to Priya Raman \(Northwind Logistics\)\./m);
  });

  it.each([
    [["--address", "check@example.com", "a.eml"], /--facts FACTS.json is required/],
    [["--facts", FACTS, "a.eml"], /--address CHECKER is required/],
    [["--facts", FACTS, "--address", "not-an-address", "a.eml"], /--address must be an email address/],
    [["--facts", FACTS, "--address", "check@example.com"], /give at least one MESSAGE.eml/],
    [["--facts", FACTS, "--address", "check@example.com", "--now", "yesterday", "a.eml"], /--now must be an ISO-8601 date-time/],
    [["--facts", FACTS, "--address", "check@example.com", "--bogus", "a.eml"], /Unknown option '--bogus'/],
    [["--facts", "/no/such/facts.json", "--address", "check@example.com", "a.eml"], /cannot read facts file \/no\/such\/facts.json: ENOENT/],
    [["--facts", FACTS, "--address", "check@example.com", "/no/such/message.eml"], /cannot read message \/no\/such\/message.eml: ENOENT/],
  ])("exits 2 with a one-line reason for bad usage: %j", async (args, reason) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).not.toContain("\n");
    expect(result.err[0]).toMatch(reason);
  });

  it("exits 2 naming the field when the facts file is invalid", async () => {
    const facts = file("facts.json", JSON.stringify({ interviews: [{ id: "x", company: "C", role: "R", start: "soon", end: "2026-11-17T16:00:00Z", interviewers: [{ name: "P", nickname: "Pi" }] }] }));
    const result = await run(["--facts", facts, "--address", "check@example.com", "a.eml"]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain("interviews[0].start: must be an ISO-8601 date-time with an offset");
    expect(result.err[0]).toContain("interviews[0].interviewers[0].nickname: unknown field");
  });

  it("applies a settings file, and refuses an invalid one naming the field", async () => {
    const bad = file("settings-note.eml", rawMessage({ cc: "priya.raman@northwind.example", body: "Hi [Name],\n\nThanks for the chat today.\n\nBest,\nAlex" }));
    const off = file("settings.json", JSON.stringify({ disabledRules: ["placeholder"] }));
    const [line] = (await run([...base, "--json", "--settings", off, bad])).json();
    expect(line.findings.map((f: { rule: string }) => f.rule)).not.toContain("placeholder");
    const invalid = file("invalid-settings.json", JSON.stringify({ disabledRules: ["no-such-rule"], colour: "blue" }));
    const result = await run([...base, "--json", "--settings", invalid, bad]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain("disabledRules[0]:");
    expect(result.err[0]).toContain("colour: unknown field");
  });

  it("gives every shared corpus message exactly one JSON line and never crashes", async () => {
    const files = corpusDir("eml").map((name) => fileURLToPath(new URL(`eml/${name}`, CORPUS)));
    const result = await run([...base, "--json", ...files]);
    expect(result.err).toEqual([]);
    const lines = result.json();
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const line of lines) {
      expect(["draft", "sent", "ignored", "invite"]).toContain(line.kind);
      expect(["ready", "consider", "fix"]).toContain(line.verdict);
    }
    expect([0, 1]).toContain(result.code);
  });

  it("runs as the npm script the README documents", async () => {
    const bad = file("script.eml", rawMessage({ cc: "priya.raman@northwind.example", body: "Hi [Name],\n\nThanks.\n\nAlex" }));
    const cwd = fileURLToPath(new URL("..", import.meta.url));
    const exec = promisify(execFile);
    const failure = await exec("npm", ["run", "--silent", "check", "--", ...base, "--json", bad], { cwd }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(JSON.parse(failure.stdout.trim()).file).toBe(bad);
    const usage = await exec("npm", ["run", "--silent", "check", "--", "--json"], { cwd }).catch((e) => e);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
