import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkMessage, type CheckOutcome, type CheckRequest } from "../src/pipeline.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { memoizeForCheck } from "../src/text/memo.js";
import { FACTS } from "./helpers/context.js";
import { GOOD_NOTE_FIXTURES } from "./helpers/good-notes.js";
import { rawMessage } from "./helpers/raw-message.js";

const NOW = new Date("2026-11-17T19:30:00-05:00");
const run = (raw: string | Uint8Array, overrides: Partial<CheckRequest> = {}, store = new MemoryStore(FACTS.interviews)) =>
  checkMessage({ raw, envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now: NOW, appUrl: "https://check.example.com", ...overrides }, store);

const fixture = (name: string) => readFileSync(new URL(`./fixtures/mail/${name}`, import.meta.url));
const jordan = { envelope: { from: "jordan@jordanlee.example", to: "check@jordanlee.example" }, checker: "check@jordanlee.example" };


describe("good notes come out ready", () => {
  it.each(GOOD_NOTE_FIXTURES.map((n) => [n.to, n] as const))("a specific, timely note to %s: no rule fires", async (_, note) => {
    const interview = FACTS.interviews.find((i) => i.id === note.interview)!;
    const person = interview.interviewers.find((p) => p.name === note.to)!;
    const now = new Date(Date.parse(interview.end) + 3 * 3_600_000);
    const attachments = (note.attachments ?? []).map((a) => ({ filename: a.filename ?? "attachment", mimeType: a.mimeType, base64: "JVBERi0xLjQK" }));
    const raw = rawMessage({ cc: `${person.name} <${person.email}>`, subject: note.subject, body: note.text, attachments });
    const outcome = await run(raw, { now });
    expect(outcome.kind).toBe("draft");
    expect(outcome.match?.interview?.id).toBe(note.interview);
    expect(outcome.evaluation?.findings).toEqual([]);
    expect(outcome.report?.headline).toBe(`Ready to send: your note "${note.subject}" to ${person.name} (${interview.company}).`);
  });
});

describe("kinds", () => {
  const body = "Hi Priya,\n\nThanks for the on-call rotation redesign chat.\n\nAlex";
  it("a message with the checker in To is a draft", async () => {
    expect((await run(rawMessage({ body }))).kind).toBe("draft");
  });
  it("a message with the checker in Cc is a draft", async () => {
    expect((await run(rawMessage({ to: "priya.raman@northwind.example", cc: "check@example.com", body }))).kind).toBe("draft");
  });
  it("a message that came by Bcc is a sent copy, logged with a receipt", async () => {
    const store = new MemoryStore(FACTS.interviews);
    const outcome = await run(rawMessage({ to: "priya.raman@northwind.example", date: "Tue, 17 Nov 2026 18:00:00 -0500", body }), {}, store);
    expect(outcome).toMatchObject({ kind: "sent", logged: "logged" });
    expect(outcome.report?.headline).toBe("Logged your note to Priya Raman (Northwind Logistics), sent Tue 17 Nov 18:00 (UTC−05:00).");
    expect(await store.listSends("northwind-sre")).toHaveLength(1);
    expect(outcome.report?.panel.map((p) => [p.name, p.sent])).toEqual([
      ["Priya Raman", true],
      ["Tomasz Kowalski-Nowak", false],
      ["José Álvarez", false],
    ]);
  });
  it("a sent copy is judged at its Date header, a draft at the receive time", async () => {
    const early = rawMessage({ to: "priya.raman@northwind.example", date: "Tue, 17 Nov 2026 16:20:00 -0500", body });
    const sent = await run(early);
    expect(sent.evaluation?.findings.map((f) => f.rule)).toContain("too-early");
    const draft = await run(rawMessage({ date: "Tue, 17 Nov 2026 16:20:00 -0500", cc: "priya.raman@northwind.example", body }));
    expect(draft.evaluation?.findings.map((f) => f.rule)).not.toContain("too-early");
  });
  it("an auto-reply and a bounce are ignored, with no report", async () => {
    const auto = await run(fixture("auto-reply.eml"), jordan);
    expect(auto).toMatchObject({ kind: "ignored", report: null });
    const bounce = await run(fixture("bounce.eml"), { ...jordan, envelope: { from: "", to: "check@jordanlee.example" } });
    expect(bounce).toMatchObject({ kind: "ignored", report: null });
  });
});

describe("each message is a check of its own", () => {
  it("two messages checked at once (one isolate, interleaved at every await) come out as each does alone", async () => {
    const first = rawMessage({ cc: "Priya Raman <priya.raman@northwind.example>", body: "Hi Priya,\n\nThanks for the on-call rotation redesign chat. I will send the postmortem template.\n\nAlex" });
    const second = rawMessage({ to: "priya.raman@northwind.example", date: "Tue, 17 Nov 2026 18:00:00 -0500", body: "Hi Priya,\n\nThank you for your time today. I am very interested in the role.\n\nAlex" });
    const outcome = (o: CheckOutcome) => ({ kind: o.kind, findings: o.evaluation?.findings ?? [] });
    const alone = [await run(first), await run(second)].map(outcome);
    const together = (await Promise.all([run(first), run(second)])).map(outcome);
    expect(together).toEqual(alone);
    expect(alone.flatMap((o) => o.findings).length).toBeGreaterThan(0);
  });


  it("what the text helpers remember for one message is forgotten when the next one is checked", async () => {
    const calls: string[] = [];
    const remembered = memoizeForCheck((s) => (calls.push(s), s.length));
    await run(rawMessage({ body: "Hi Priya,\n\nThanks for the on-call rotation redesign chat.\n\nAlex" }));
    remembered("sentence");
    remembered("sentence");
    expect(calls).toEqual(["sentence"]);
    await run(rawMessage({ body: "Hi Priya,\n\nThanks again for the chat about the pager rota.\n\nAlex" }));
    remembered("sentence");
    expect(calls).toEqual(["sentence", "sentence"]);
  });
});

describe("which interview", () => {
  const body = "Hello,\n\nThank you for the conversation.\n\nAlex";
  it("by the +tag", async () => {
    const outcome = await run(rawMessage({ to: "check+contoso-pm@example.com", body }), { envelope: { from: "alex@candidate.example", to: "check+contoso-pm@example.com" } });
    expect(outcome.match).toMatchObject({ matchedBy: "tag", interview: { id: "contoso-pm" } });
  });
  it("by the recipients of a sent copy", async () => {
    const outcome = await run(rawMessage({ to: "Amara.Okafor@Contoso.example", body }));
    expect(outcome.match).toMatchObject({ matchedBy: "recipients", interview: { id: "contoso-pm" } });
  });
  it.each([
    ["gmail-forward.eml", "northwind-sre"],
    ["outlook-forward.eml", "northwind-sre"],
    ["yahoo-forward.eml", "contoso-pm"],
    ["rfc822-forward.eml", "northwind-sre"],
  ])("by the original recipients of a forwarded draft (%s)", async (name, id) => {
    const outcome = await run(fixture(name), jordan);
    expect(outcome.kind).toBe("draft");
    expect(outcome.match).toMatchObject({ matchedBy: "recipients", interview: { id } });
  });
  it("by the greeting of a forwarded draft whose recipient address is not on file (Thunderbird)", async () => {
    const outcome = await run(fixture("thunderbird-forward.eml"), jordan);
    expect(outcome.match).toMatchObject({ matchedBy: "names", interview: { id: "northwind-sre" }, addressee: { name: "Tomasz Kowalski-Nowak" } });
  });
  it("by the greeted interviewer's name", async () => {
    const outcome = await run(rawMessage({ body: "Dear Dr. Okafor,\n\nThank you for Thursday.\n\nAlex" }));
    expect(outcome.match).toMatchObject({ matchedBy: "names", interview: { id: "contoso-pm" }, addressee: { name: "Dr. Amara Okafor" } });
  });
  it("by a company name in the text", async () => {
    const outcome = await run(rawMessage({ body: "Hello,\n\nThank you for showing me how Northwind plans for peak season.\n\nAlex" }));
    expect(outcome.match).toMatchObject({ matchedBy: "names", interview: { id: "northwind-sre" } });
  });
  it("unmatched: fact-free checks run and the report says how to tag", async () => {
    const outcome = await run(rawMessage({ body: "Hi Sam,\n\nThank you for the chat about your data platform.\n\nAlex" }));
    expect(outcome.match?.interview).toBeNull();
    expect(outcome.evaluation?.findings.map((f) => f.rule)).toContain("unmatched");
    expect(outcome.report?.tagHint).toContain("check+<interview-id>@example.com");
  });
});
