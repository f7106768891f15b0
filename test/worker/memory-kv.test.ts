/**
 * MemoryKv stands in for the KV binding where the real one may not be used (the start-up
 * checks, the benchmark): KvStore must behave the same on it as on workerd's KV.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { parseFacts } from "../../src/facts/schema.js";
import { KvStore } from "../../src/store/kv-store.js";
import { MemoryKv } from "../../src/store/memory-kv.js";
import type { SendRecord } from "../../src/types.js";
import facts from "../fixtures/facts.json";

const parsed = parseFacts(facts);
if (!parsed.ok) throw new Error("fixture facts invalid");
const interviews = parsed.facts.interviews;
const send = (messageId: string, sentAt: string): SendRecord => ({
  interviewId: "northwind-sre", messageId, sentAt, recipients: ["priya.raman@northwind.example"], interviewers: ["Priya Raman"], subject: "Thank you", fingerprint: [1, 2, 3],
});

/** The same calls on a store, and everything they return. */
async function session(store: KvStore): Promise<unknown[]> {
  for (const interview of interviews) await store.putInterview(interview);
  const out: unknown[] = [await store.listInterviews(), await store.getInterview("contoso-pm"), await store.getSettings()];
  out.push(await store.logSend(send("<b@x>", "2026-11-17T20:00:00.000Z")), await store.logSend(send("<a@x>", "2026-11-17T19:00:00.000Z")), await store.logSend(send("<b@x>", "2026-11-17T20:00:00.000Z")));
  out.push(await store.listSends("northwind-sre"), await store.listSends("contoso-pm"));
  await store.deleteInterview("contoso-pm");
  out.push(await store.listInterviews(), await store.getInterview("contoso-pm"));
  await store.markReminders(["reminder:northwind-sre:x"]);
  out.push([...(await store.listReminderMarkers())]);
  expect(out.at(-1)).toHaveLength(1);
  return out;
}

beforeEach(async () => {
  for (const key of (await env.FOLLOWUP_KV.list()).keys) await env.FOLLOWUP_KV.delete(key.name);
});

describe("MemoryKv", () => {
  it("gives KvStore the same answers as workerd's KV", async () => {
    const onKv = await session(new KvStore(env.FOLLOWUP_KV));
    const onMemory = await session(new KvStore(new MemoryKv() as unknown as KVNamespace));
    expect(onMemory).toEqual(onKv);
    expect(onKv[3]).toBe("logged");
    expect(onKv[5]).toBe("duplicate");
  });
});
