/**
 * The send log keeps every field within the limits the import checks: a sent copy to 101
 * people with a 1,400-character subject is logged cut, not stored whole to make the next
 * export unimportable.
 */
import { describe, expect, it } from "vitest";
import { checkMessage } from "../../src/pipeline.js";
import { SEND_LIMITS, sendRecord, type SentCopy } from "../../src/send-log.js";
import { KvStore } from "../../src/store/kv-store.js";
import { MemoryKv } from "../../src/store/memory-kv.js";
import { exportAll } from "../../src/web/data.js";
import { planImport } from "../../src/web/transfer.js";
import { FACTS } from "../helpers/context.js";
import { rawMessage } from "../helpers/raw-message.js";

const RECEIVED = new Date("2026-11-18T09:00:00.000Z");
const copy = (overrides: Partial<SentCopy> = {}): SentCopy => ({
  interviewId: "northwind-sre",
  messageId: "<sent-1@candidate.example>",
  at: new Date("2026-11-17T23:00:00.000Z"),
  receivedAt: RECEIVED,
  recipients: ["priya.raman@northwind.example"],
  interviewers: ["Priya Raman"],
  subject: "Thank you",
  fingerprint: [1, 2, 3],
  ...overrides,
});

describe("sendRecord", () => {
  it("logs an ordinary sent copy as it came", () => {
    expect(sendRecord(copy())).toEqual({
      interviewId: "northwind-sre",
      messageId: "<sent-1@candidate.example>",
      sentAt: "2026-11-17T23:00:00.000Z",
      recipients: ["priya.raman@northwind.example"],
      interviewers: ["Priya Raman"],
      subject: "Thank you",
      fingerprint: [1, 2, 3],
    });
    expect(sendRecord(copy({ messageId: null })).messageId).toBe("<no-id-2026-11-17T23:00:00.000Z-priya.raman@northwind.example-1.2.3@followup-check>");
  });

  it("cuts lists and texts to the limits, leaving out addresses too long to be anyone's", () => {
    const tooLong = `${"x".repeat(250)}@x.example`;
    const many = Array.from({ length: 150 }, (_, i) => `person${i}@example.com`);
    const record = sendRecord(copy({ recipients: [tooLong, ...many], subject: "s".repeat(1400), messageId: `<${"m".repeat(1200)}>`, fingerprint: Array(300).fill(7) }));
    expect(record.recipients).toEqual(many.slice(0, SEND_LIMITS.recipients));
    expect(record.subject).toBe("s".repeat(998));
    expect(record.messageId).toBe(`<${"m".repeat(997)}`);
    expect(record.fingerprint).toHaveLength(256);
    // Without a Message-ID, the log key made from 150 addresses is cut too.
    expect(sendRecord(copy({ messageId: null, recipients: many })).messageId).toHaveLength(998);
  });

  it("never cuts a character in half", () => {
    const subject = `${"s".repeat(997)}🙂 and more`;
    expect(sendRecord(copy({ subject })).subject).toBe("s".repeat(997));
  });

  it("logs the receive time for a Date header ISO 8601 cannot write (before year 0, after 9999)", () => {
    for (const at of [new Date("+010000-01-01T00:00:00Z"), new Date("-000001-06-01T00:00:00Z"), new Date(8.64e15)]) {
      expect(sendRecord(copy({ at })).sentAt).toBe("2026-11-18T09:00:00.000Z");
    }
    expect(sendRecord(copy({ at: new Date("0001-01-01T00:00:00Z") })).sentAt).toBe("0001-01-01T00:00:00.000Z");
  });
});

describe("a sent copy to 101 people with a 1,400-character subject", () => {
  it("is logged by the pipeline within the limits, and the export holding it imports", async () => {
    const store = new KvStore(new MemoryKv() as unknown as KVNamespace);
    for (const interview of FACTS.interviews) await store.putInterview(interview);
    const others = Array.from({ length: 100 }, (_, i) => `colleague${i}@northwind.example`);
    const raw = rawMessage({
      to: ["Priya Raman <priya.raman@northwind.example>", ...others].join(", "),
      subject: `Thank you ${"and more ".repeat(155)}`,
      messageId: `<${"id".repeat(600)}@candidate.example>`,
      date: "Tue, 17 Nov 2026 18:00:00 -0500",
      body: "Hi Priya,\n\nThanks for walking me through the on-call rotation redesign today.\n\nAlex",
    });
    const outcome = await checkMessage({ raw, envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now: RECEIVED, appUrl: null }, store);
    expect(outcome).toMatchObject({ kind: "sent", logged: "logged" });

    const [logged] = await store.listSends("northwind-sre");
    expect(logged!.recipients).toEqual(["priya.raman@northwind.example", ...others.slice(0, 99)]);
    expect(logged!.subject).toHaveLength(998);
    expect(logged!.messageId).toHaveLength(998);

    const exported = await exportAll(store);
    const result = planImport(JSON.parse(JSON.stringify(exported)), new Set());
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.plan.sends).toEqual(exported.sends);
  });
});
