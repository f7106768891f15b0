/**
 * A sent copy delivered again after a later one was logged (mail systems retry, and a copy can
 * arrive hours late): it is the same send, never a duplicate of the note that went out after it.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseFacts } from "../../src/facts/schema.js";
import { checkMessage } from "../../src/pipeline.js";
import { renderText } from "../../src/report/render-text.js";
import { KvStore } from "../../src/store/kv-store.js";
import { rawMessage } from "../helpers/raw-message.js";
import facts from "../fixtures/facts.json";

const OWNER = "alex@candidate.example";

const NOTE =
  "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist, and I'd love to bring that to your team.\n\nI've attached the postmortem template we used.\n\nI'm excited about the Senior Site Reliability Engineer role.\n\nBest,\nAlex";

/** The first copy to Priya, and a later near-identical one to Tomasz (only the greeting differs). */
const toPriya = (messageId: string | null) =>
  rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date: "Tue, 17 Nov 2026 19:10:00 -0500", messageId, body: NOTE });
const toTomasz = rawMessage({
  to: "Tomasz Kowalski-Nowak <tomasz.kowalski@northwind.example>",
  date: "Tue, 17 Nov 2026 19:40:00 -0500",
  messageId: "<second@candidate.example>",
  body: NOTE.replace("Hi Priya", "Hi Tomasz"),
});

/** The answer to `raw` (a receipt, or a draft's report), as the Worker's pipeline builds it over the real (local) KV. */
async function deliver(raw: string, kind: "sent" | "draft" = "sent"): Promise<string> {
  const envelope = { from: OWNER, to: "check@example.com" };
  const outcome = await checkMessage({ raw, envelope, checker: envelope.to, now: new Date(), appUrl: null }, new KvStore(env.FOLLOWUP_KV));
  expect(outcome.kind).toBe(kind);
  return renderText(outcome.report!);
}

beforeEach(async () => {
  for (const key of (await env.FOLLOWUP_KV.list()).keys) await env.FOLLOWUP_KV.delete(key.name);
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  for (const interview of parsed.facts.interviews) await new KvStore(env.FOLLOWUP_KV).putInterview(interview);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-17T21:00:00-05:00"));
  return () => vi.useRealTimers();
});

describe("a first copy delivered again after a later one", () => {
  it.each([
    ["with its Message-ID", "<first@candidate.example>"],
    ["without a Message-ID (logged by its time, recipients and text)", null],
  ])("%s is recognised as itself, not as a duplicate of the later note", async (_, messageId) => {
    expect(await deliver(toPriya(messageId))).not.toContain("[duplicate-note]");
    // The later copy really is the same note sent to a second panelist.
    const second = await deliver(toTomasz);
    expect(second).toContain("[duplicate-note]");
    expect(second).toContain("you sent Priya Raman");

    const again = await deliver(toPriya(messageId));
    expect(again).toMatch(/^Already logged: your note to Priya Raman \(Northwind Logistics\), sent Tue 17 Nov 19:10/);
    expect(again).not.toContain("[duplicate-note]");
    expect(again).not.toContain("you sent Tomasz");
    expect((await env.FOLLOWUP_KV.list({ prefix: "send:northwind-sre:" })).keys).toHaveLength(2);
  });
});

describe("a draft", () => {
  it("is compared with every logged send, even one whose Date header is ahead of the checker's clock", async () => {
    const fastClock = rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date: "Tue, 17 Nov 2026 21:05:00 -0500", messageId: "<fast@candidate.example>", body: NOTE });
    await deliver(fastClock);
    const draft = await deliver(rawMessage({ to: "check@example.com", cc: "tomasz.kowalski@northwind.example", body: NOTE.replace("Hi Priya", "Hi Tomasz") }), "draft");
    expect(draft).toContain("[duplicate-note]");
    expect(draft).toContain("you sent Priya Raman");
  });
});
