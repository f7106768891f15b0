import { createScheduledController, env } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index.js";
import { parseFacts } from "../../src/facts/schema.js";
import { KvStore } from "../../src/store/kv-store.js";
import facts from "../fixtures/facts.json";

const END = Date.parse("2026-11-17T16:00:00-05:00");
const HOUR = 3_600_000;
/** The hourly tick whose hour (tick − 1 h, tick] holds the moment the window opens: 60 min after the end. */
const OPENS_TICK = END + HOUR;

let sent: Array<Record<string, unknown>>;
const envWithSpy = () => ({ ...env, REPORTS: { send: vi.fn(async (m: Record<string, unknown>) => (sent.push(m), { messageId: "<r@x>" })) } }) as unknown as Env;
const tick = (at: number, e: Env) => worker.scheduled(createScheduledController({ scheduledTime: at, cron: "0 * * * *" }), e);

beforeEach(async () => {
  sent = [];
  for (const key of (await env.FOLLOWUP_KV.list()).keys) await env.FOLLOWUP_KV.delete(key.name);
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  await new KvStore(env.FOLLOWUP_KV).putInterview(parsed.facts.interviews.find((i) => i.id === "northwind-sre")!);
});

describe("hourly reminders", () => {
  it("emails the owner once when the window opens, naming who is owed a note and what to mention", async () => {
    await tick(OPENS_TICK, envWithSpy());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ from: "check@example.com", to: "alex@candidate.example" });
    expect(String(sent[0]!.subject)).toContain("Priya");
    expect(String(sent[0]!.text)).toContain("on-call rotation redesign");
    expect(sent[0]!.headers).toMatchObject({ "x-followup-check": "reminder" });
  });

  it("does not send twice when the same tick runs twice", async () => {
    const e = envWithSpy();
    await tick(OPENS_TICK, e);
    await tick(OPENS_TICK, e);
    expect(sent).toHaveLength(1);
  });

  it("sends nothing in ticks where no reminder falls due", async () => {
    const e = envWithSpy();
    await tick(OPENS_TICK + HOUR, e);
    await tick(END - HOUR, e);
    expect(sent).toEqual([]);
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
