/**
 * Notes after the decision date through the whole pipeline: a draft to the panel or the
 * recruiter is checked as a check-in, not as a late thank-you, until the owner marks the outcome.
 */
import { describe, expect, it } from "vitest";
import { interviewSchema, type Interview } from "../src/facts/schema.js";
import { checkMessage } from "../src/pipeline.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { interviewStatus } from "../src/web/status.js";
import { interview } from "./helpers/context.js";
import { rawMessage } from "./helpers/raw-message.js";

// northwind-sre: interview Tue 17 Nov, decision by Tue 24 Nov (the end of that day, −05:00).
const northwind = interviewSchema.parse({ ...interview("northwind-sre"), recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example" } });
const AFTER = new Date("2026-11-27T10:00:00-05:00");
const PRIYA = "Priya Raman <priya.raman@northwind.example>";

const run = (raw: string, at = AFTER, facts: Interview = northwind, store = new MemoryStore([facts])) =>
  checkMessage({ raw, envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now: at, appUrl: null }, store);

const GOOD = "Hi Priya,\n\nI hope you're well. I wanted to follow up on my interview for the Senior Site Reliability Engineer role on Tuesday 17 November. I remain very interested, and wondered whether there is any update on the timeline.\n\nBest,\nAlex";
const draft = (body: string, to = PRIYA) => rawMessage({ cc: to, subject: "Checking in", body });

describe("a draft after the decision date is a check-in", () => {
  it("a short, courteous one naming the role and the date is ready, with no thank-you window and the check-in explained", async () => {
    const outcome = await run(draft(GOOD));
    expect(outcome.evaluation).toMatchObject({ noteKind: "check-in", findings: [] });
    const report = outcome.report!;
    expect(report.headline).toBe('Ready to send: your check-in "Checking in" to Priya Raman (Northwind Logistics).');
    expect(report.window).toEqual([]);
    expect(report.advice![0]).toBe(
      "The decision date (Tue 24 Nov) has passed with no outcome marked, so this is checked as a check-in: short and courteous, naming the role and the date of the interview, with no new pitch. Once you hear, mark the outcome when you edit the interview.",
    );
    expect(report.advice![1]).toMatch(/^Not checked for something from the conversation, .*: a check-in after the decision date\.$/);
  });

  it("is not held to the thank-you's rules: not late, and needs no fit, topic or interest", async () => {
    const rules = (await run(draft("Hi Priya,\n\nAny update on the SRE role I interviewed for on 17 Nov?\n\nAlex"))).evaluation!.findings.map((f) => f.rule);
    expect(rules).toEqual([]);
  });

  it("one that re-pitches, reproaches the wait and rambles gets the check-in rules, and the needy one is still needy", async () => {
    const body = `Hi Priya,\n\nIt's been ten days and I still haven't heard anything. As a reminder, I bring eight years of SRE experience. ${"I keep thinking about the work. ".repeat(20)}Please, I really need this job.\n\nAlex`;
    const rules = (await run(draft(body))).evaluation!.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["check-in-pitch", "check-in-pushy", "check-in-length", "check-in-context", "needy-tone"]));
    expect(rules).not.toContain("too-late");
  });

  it("a note to the recruiter after the date is a check-in too", async () => {
    const outcome = await run(draft("Hi Dana,\n\nAny news from Northwind on the SRE role I interviewed for on 17 Nov?\n\nAlex", "Dana Shaw <dana@talentbridge.example>"));
    expect(outcome.evaluation?.noteKind).toBe("check-in");
    expect(outcome.report!.headline).toContain("your check-in");
    expect(outcome.report!.headline).toContain("to Dana Shaw, your recruiter");
  });

  it("with 'still waiting' marked it is still a check-in", async () => {
    expect((await run(draft(GOOD), AFTER, { ...northwind, outcome: "waiting" })).evaluation?.noteKind).toBe("check-in");
  });
});

describe("and not otherwise", () => {
  it("before the decision date a late note is a thank-you, and too late", async () => {
    const outcome = await run(draft(GOOD), new Date("2026-11-23T10:00:00-05:00"));
    expect(outcome.evaluation?.noteKind).toBe("thank-you");
    expect(outcome.evaluation!.findings.map((f) => f.rule)).toContain("too-late");
  });

  it("once an outcome is marked it is a reply after the outcome; a note for no one on the panel is checked as a thank-you", async () => {
    expect((await run(draft(GOOD), AFTER, { ...northwind, outcome: "rejected" })).evaluation?.noteKind).toBe("after-outcome");
    const untargeted = rawMessage({ to: "check+northwind-sre@example.com", subject: "Checking in", body: "Hello,\n\nAny news on the SRE role from the 17th?\n\nAlex" });
    expect((await run(untargeted)).evaluation?.noteKind).toBe("thank-you");
  });
});

describe("a logged check-in", () => {
  it("gets a receipt as a check-in and shows as one in the send log", async () => {
    const store = new MemoryStore([northwind]);
    const outcome = await run(rawMessage({ to: PRIYA, date: "Fri, 27 Nov 2026 10:00:00 -0500", messageId: "<c@x>", body: GOOD }), AFTER, northwind, store);
    expect(outcome.report!.headline).toBe("Logged your check-in to Priya Raman (Northwind Logistics), sent Fri 27 Nov 10:00 (UTC−05:00).");
    const status = interviewStatus(northwind, await store.listSends("northwind-sre"), DEFAULT_SETTINGS, AFTER);
    expect(status.sends.map((v) => [v.to, v.kind])).toEqual([["Priya Raman (check-in)", "check-in"]]);
  });
});
