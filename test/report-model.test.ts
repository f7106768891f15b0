/** The report model: a headline that counts every finding, and each finding's lines in words. */
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../src/evaluate.js";
import { parseMessage } from "../src/mail/parse.js";
import { buildReport, type ReportInput } from "../src/report/model.js";
import { parseCheckerAddress } from "../src/checker-address.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import type { Finding, RuleId, Severity } from "../src/types.js";
import { interview } from "./helpers/context.js";
import { rawMessage } from "./helpers/raw-message.js";

const northwind = interview("northwind-sre");
const priya = northwind.interviewers[0]!;

const finding = (rule: RuleId, severity: Severity, message = `about ${rule}`): Finding => ({ rule, severity, message, excerpt: "" });

async function report(findings: Finding[]) {
  const verdict = findings.some((f) => f.severity === "error") ? "fix" : findings.some((f) => f.severity === "warning") ? "consider" : "ready";
  const evaluation: Evaluation = { findings, verdict, noteKind: "thank-you", fingerprint: [] };
  const input: ReportInput = {
    kind: "draft",
    message: await parseMessage(rawMessage({ subject: "Thank you", body: "Hi Priya,\n\nThanks.\n\nAlex" })),
    match: { interview: northwind, matchedBy: "recipients", recipients: [priya], addressee: priya },
    evaluation,
    sends: [],
    settings: DEFAULT_SETTINGS,
    at: new Date(Date.parse(northwind.end) + 3 * 3_600_000),
    checker: parseCheckerAddress("check@example.com")!,
    tag: null,
    appUrl: null,
    logged: null,
    oversize: null,
  };
  return buildReport(input);
}

const to = "your note to Priya Raman (Northwind Logistics)";

describe("the headline counts every finding", () => {
  it("errors, then warnings as more to consider", async () => {
    const findings = [finding("wrong-name", "error"), ...(["needy-tone", "only-thanks", "no-fit", "generic-greeting", "spelling"] as const).map((r) => finding(r, "warning"))];
    expect((await report(findings)).headline).toBe(`Fix 1 thing and consider 5 more before you send ${to}.`);
  });

  it("tips are counted too, in words", async () => {
    expect((await report([finding("wrong-name", "error"), finding("placeholder", "error"), finding("needy-tone", "warning"), finding("concern", "info")])).headline).toBe(
      `Fix 2 things, consider 1 more and see 1 tip before you send ${to}.`,
    );
    expect((await report([finding("wrong-name", "error"), finding("concern", "info"), finding("news", "info")])).headline).toBe(`Fix 1 thing and see 2 tips before you send ${to}.`);
  });

  it("warnings alone, with or without tips", async () => {
    expect((await report([finding("needy-tone", "warning"), finding("spelling", "warning")])).headline).toBe(`Consider 2 things before you send ${to}.`);
    expect((await report([finding("needy-tone", "warning"), finding("news", "info")])).headline).toBe(`Consider 1 thing and see 1 tip before you send ${to}.`);
  });

  it("a ready note says so, and counts its tips", async () => {
    expect((await report([])).headline).toBe(`Ready to send: your note "Thank you" to Priya Raman (Northwind Logistics).`);
    expect((await report([finding("concern", "info")])).headline).toBe(`Ready to send: your note "Thank you" to Priya Raman (Northwind Logistics). 1 tip below.`);
  });
});

describe("each finding in words", () => {
  it("names its rule by title, keeps the id, and says why and how to turn it off once per rule", async () => {
    const { findings } = await report([finding("spelling", "warning", "one"), finding("spelling", "warning", "two"), finding("needy-tone", "warning")]);
    expect(findings.map((f) => [f.title, f.rule])).toEqual([
      ["Spelling", "spelling"],
      ["Spelling", "spelling"],
      ["Needy tone", "needy-tone"],
    ]);
    expect(findings.map((f) => f.why !== null)).toEqual([true, false, true]);
    expect(findings.map((f) => f.turnOff)).toEqual(["Not useful? Turn it off in Settings.", null, "Not useful? Turn it off in Settings."]);
  });

  it("no developer words: no setting names, no config files", async () => {
    const { findings } = await report([finding("wrong-name", "error"), finding("concern", "info")]);
    const text = JSON.stringify(findings.map((f) => [f.title, f.why, f.turnOff]));
    expect(text).not.toMatch(/disabledRules|wrangler|OWNER_ADDRESSES/);
  });
});
