/** Each setting changes what a report says (the same pipeline the Worker and the CLI run). */
import { describe, expect, it } from "vitest";
import { checkMessage } from "../src/pipeline.js";
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from "../src/settings.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { FACTS } from "./helpers/context.js";
import { rawMessage } from "./helpers/raw-message.js";

const END = Date.parse("2026-11-17T16:00:00-05:00");
const NOTE =
  "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a handover checklist, and I'd love to bring that to your team. I definately want to help.\n\nThe postmortem template is attached. On Go, I've rewritten one of our deploy tools in it.\n\nI'm excited about the Senior Site Reliability Engineer role.\n\nBest,\nAlex";
const attachment = { filename: "postmortem-template.pdf", mimeType: "application/pdf", base64: "JVBERi0xLjQK" };

async function rulesFired(settings: Partial<Settings>, options: { hoursAfterEnd?: number; body?: string } = {}) {
  const store = new MemoryStore(FACTS.interviews, settingsSchema.parse({ ...DEFAULT_SETTINGS, ...settings }));
  const raw = rawMessage({ cc: "priya.raman@northwind.example", body: options.body ?? NOTE, attachments: [attachment] });
  const now = new Date(END + (options.hoursAfterEnd ?? 3) * 3_600_000);
  const outcome = await checkMessage({ raw, envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now, appUrl: null }, store);
  return { rules: outcome.evaluation!.findings.map((f) => `${f.rule}:${f.severity}`), report: outcome.report! };
}

describe("settings change the report", () => {
  it("the default report flags the typo", async () => {
    expect((await rulesFired({})).rules).toEqual(["spelling:warning"]);
  });

  it("disabledRules turns a rule off", async () => {
    expect((await rulesFired({ disabledRules: ["spelling"] })).rules).toEqual([]);
  });

  it("personalWords teaches the spelling rule a word", async () => {
    expect((await rulesFired({ personalWords: ["definately"] })).rules).toEqual([]);
  });

  it("tooEarlyMinutes moves when a note stops being too early", async () => {
    expect((await rulesFired({ disabledRules: ["spelling"] }, { hoursAfterEnd: 0.5 })).rules).toEqual(["too-early:error"]);
    expect((await rulesFired({ disabledRules: ["spelling"], tooEarlyMinutes: 15 }, { hoursAfterEnd: 0.5 })).rules).toEqual([]);
  });

  it("lateWarningHours and lateErrorHours move the late thresholds and the send window shown", async () => {
    const base = { disabledRules: ["spelling" as const] };
    expect((await rulesFired(base, { hoursAfterEnd: 30 })).rules).toEqual(["too-late:warning"]);
    expect((await rulesFired({ ...base, lateWarningHours: 36 }, { hoursAfterEnd: 30 })).rules).toEqual([]);
    expect((await rulesFired({ ...base, lateErrorHours: 28 }, { hoursAfterEnd: 30 })).rules).toEqual(["too-late:error"]);
    const { report } = await rulesFired({ ...base, lateWarningHours: 12 });
    expect(report.window[0]).toBe("Best sent between Tue 17 Nov 17:00 (UTC−05:00) and Wed 18 Nov 04:00 (UTC−05:00).");
  });

  it("longWarningWords and longErrorWords move the length limits", async () => {
    expect((await rulesFired({ disabledRules: ["spelling"], longWarningWords: 40 })).rules).toEqual(["too-long:warning"]);
    expect((await rulesFired({ disabledRules: ["spelling"], longWarningWords: 30, longErrorWords: 50 })).rules).toEqual(["too-long:error"]);
  });

  it("every finding says how to turn its rule off", async () => {
    const { report } = await rulesFired({});
    expect(report.findings[0]!.turnOff).toBe("Not useful? Turn it off in Settings.");
  });

  it("rejects an unknown rule id or setting by name", () => {
    expect(settingsSchema.safeParse({ disabledRules: ["no-such-rule"] }).success).toBe(false);
    expect(settingsSchema.safeParse({ lateHours: 3 }).success).toBe(false);
  });
});
