import { createScheduledController, env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import worker from "../../src/index.js";
import { parseFacts } from "../../src/facts/schema.js";
import { KvStore } from "../../src/store/kv-store.js";
import type { Interview } from "../../src/types.js";
import facts from "../fixtures/facts.json";
import { headerOf, recordingBinding, type SentMail } from "./sent-mail.js";

const END = Date.parse("2026-11-17T16:00:00-05:00");
const HOUR = 3_600_000;
/** The hourly tick whose hour (tick − 1 h, tick] holds the moment the window opens: 60 min after the end. */
const OPENS_TICK = END + HOUR;

let sent: SentMail[];
const envWithSpy = (): Env => ({ ...env, REPORTS: recordingBinding(sent) });
const tick = (at: number, e: Env) => worker.scheduled(createScheduledController({ scheduledTime: at, cron: "0 * * * *" }), e);

let northwind: Interview;

beforeEach(async () => {
  sent = [];
  for (const key of (await env.FOLLOWUP_KV.list()).keys) await env.FOLLOWUP_KV.delete(key.name);
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  northwind = parsed.facts.interviews.find((i) => i.id === "northwind-sre")!;
  await new KvStore(env.FOLLOWUP_KV).putInterview(northwind);
});

describe("hourly reminders", () => {
  it("emails the owner once when the window opens, naming who is owed a note and what to mention", async () => {
    await tick(OPENS_TICK, envWithSpy());
    expect(sent).toHaveLength(1);
    expect(sent[0]!.envelope).toEqual({ from: "check@example.com", to: "alex@candidate.example" });
    expect(sent[0]!.from?.address).toBe("check@example.com");
    expect(sent[0]!.subject).toContain("Priya");
    expect(sent[0]!.text).toContain("on-call rotation redesign");
    expect(sent[0]!.html).toContain("on-call rotation redesign");
    expect(sent[0]!.inReplyTo).toBeUndefined();
    expect(headerOf(sent[0]!, "x-followup-check")).toBe("reminder");
    expect(headerOf(sent[0]!, "auto-submitted")).toBe("auto-generated");
  });

  it("does not send twice when the same tick runs twice", async () => {
    const e = envWithSpy();
    await tick(OPENS_TICK, e);
    await tick(OPENS_TICK, e);
    expect(sent).toHaveLength(1);
  });

  it("sends nothing before the window opens, and nothing more once the reminder has gone out", async () => {
    const e = envWithSpy();
    await tick(END - HOUR, e);
    expect(sent).toEqual([]);
    for (const at of [OPENS_TICK, OPENS_TICK + HOUR, OPENS_TICK + 24 * HOUR]) await tick(at, e);
    expect(sent).toHaveLength(1);
  });

  it("a failed send stops no other reminder, and is tried again in each next tick until it goes out", async () => {
    // Listed before northwind-sre, and due in the same tick.
    await new KvStore(env.FOLLOWUP_KV).putInterview({ ...northwind, id: "fabrikam-data", company: "Fabrikam", interviewers: [{ name: "Maria Lopez", topics: [], requests: [] }] });
    let failing = true;
    let tries = 0;
    const e: Env = { ...env, REPORTS: recordingBinding(sent, (mail) => (tries++, failing && mail.subject!.includes("Fabrikam"))) };
    const subjects = () => sent.map((m) => m.subject);
    await tick(OPENS_TICK, e);
    expect(subjects()).toEqual(["Ready to write to Priya, Tomasz and José (Northwind Logistics)"]);
    await tick(OPENS_TICK + HOUR, e);
    expect(sent).toHaveLength(1);
    failing = false;
    await tick(OPENS_TICK + 2 * HOUR, e);
    await tick(OPENS_TICK + 3 * HOUR, e);
    expect(subjects()).toEqual(["Ready to write to Priya, Tomasz and José (Northwind Logistics)", "Ready to write to Maria (Fabrikam)"]);
    expect(tries).toBe(4);
  });

  it("a company name with a line break stays on one line in the subject", async () => {
    await new KvStore(env.FOLLOWUP_KV).putInterview({ ...northwind, company: "Northwind\r\nBcc: victim@example.com" });
    await tick(OPENS_TICK, envWithSpy());
    expect(sent[0]!.subject).toBe("Ready to write to Priya, Tomasz and José (Northwind Bcc: victim@example.com)");
    expect(headerOf(sent[0]!, "bcc")).toBeUndefined();
  });

  it("leaves out interviewers who already have a logged note, and sends nothing when all have", async () => {
    const store = new KvStore(env.FOLLOWUP_KV);
    const log = (name: string, email: string) =>
      store.logSend({ interviewId: "northwind-sre", messageId: `<${name}@x>`, sentAt: new Date(END + HOUR).toISOString(), recipients: [email], interviewers: [name], subject: "Thanks", fingerprint: [] });
    await log("Priya Raman", "priya.raman@northwind.example");
    await tick(OPENS_TICK, envWithSpy());
    expect(String(sent[0]!.text)).not.toContain("on-call rotation redesign");
    sent = [];
    await log("Tomasz Kowalski-Nowak", "tomasz.kowalski@northwind.example");
    await log("José Álvarez", "jose.alvarez@northwind.example");
    for (const key of (await env.FOLLOWUP_KV.list({ prefix: "reminder:" })).keys) await env.FOLLOWUP_KV.delete(key.name);
    await tick(OPENS_TICK, envWithSpy());
    expect(sent).toEqual([]);
  });

  it("sends nothing when the owner turned reminders off", async () => {
    await new KvStore(env.FOLLOWUP_KV).putSettings({ ...(await new KvStore(env.FOLLOWUP_KV).getSettings()), reminders: false });
    await tick(OPENS_TICK, envWithSpy());
    expect(sent).toEqual([]);
  });
});
