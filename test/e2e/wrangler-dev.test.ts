/**
 * End to end: the real Worker under `wrangler dev`, driven through its local email endpoint
 * with raw .eml files, asserting on the replies the runtime builds.
 */
import { readFileSync } from "node:fs";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail, startDevServer, type DevServer } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";

const OWNER = "alex@candidate.example";
const CHECKER = "check+northwind-sre@example.com";
let server: DevServer;

beforeAll(async () => {
  server = await startDevServer();
  const seeded = await fetch(`${server.url}/dev/seed`, { method: "POST" });
  expect(seeded.status).toBe(200);
});

afterAll(async () => {
  await server?.stop();
});

const replyOf = async (raw: string | undefined) => PostalMime.parse(raw ?? "");
const now = () => new Date().toUTCString().replace("GMT", "+0000");

describe("wrangler dev email endpoint", () => {
  it("answers a draft with a threaded report from the checker address", async () => {
    const draft = readFileSync(new URL("../../scripts/samples/draft.eml", import.meta.url), "utf8").replace(/^Date: .*$/m, `Date: ${now()}`);
    const result = await sendLocalEmail(server.url, draft, { from: OWNER, to: CHECKER });
    expect(result.outcome).toBe("ok");
    expect(result.replies).toHaveLength(1);
    const reply = await replyOf(result.replies[0]!.raw);
    expect(reply.from?.address).toBe(CHECKER);
    expect(reply.inReplyTo).toBe("<demo-draft-1@candidate.example>");
    expect(reply.references).toContain("<demo-draft-1@candidate.example>");
    expect(reply.subject).toBe("Re: Thank you for today");
    expect(reply.text).toMatch(/^Fix \d+ things?, consider \d+ more\b[^.]* before you send your note to Priya Raman \(Northwind Logistics\)\./);
    expect(reply.text).toContain("[wrong-name]");
    expect(reply.text).toContain("[needy-tone]");
    expect(reply.html).toContain("<!doctype html>");
    expect(reply.headers.find((h) => h.key === "x-followup-check")?.value).toBe("report");
  });

  it("rejects a stranger with the reason", async () => {
    const raw = rawMessage({ from: "mallory@evil.example", to: CHECKER, body: "hello" });
    const result = await sendLocalEmail(server.url, raw, { from: "mallory@evil.example", to: CHECKER });
    expect(result.rejectReason).toMatch(/only accepts mail from its owner/);
    expect(result.replies).toHaveLength(0);
  });

  it("logs a sent copy, answers with a receipt, and catches the same note drafted for another panelist", async () => {
    const note = "Hi Priya,\n\nThank you for the conversation about the on-call rotation redesign and peak season traffic. I've run a similar rotation for three years and would love to help your team.\n\nI'm excited about the role.\n\nBest,\nAlex";
    const sent = rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date: now(), messageId: "<e2e-sent@candidate.example>", body: note });
    const receipt = await sendLocalEmail(server.url, sent, { from: OWNER, to: "check@example.com" });
    const receiptMail = await replyOf(receipt.replies[0]?.raw);
    expect(receiptMail.text).toMatch(/^Logged your note to Priya Raman \(Northwind Logistics\)/);

    const again = await sendLocalEmail(server.url, sent, { from: OWNER, to: "check@example.com" });
    expect((await replyOf(again.replies[0]?.raw)).text).toMatch(/^Already logged/);

    const copy = rawMessage({ to: CHECKER, cc: "tomasz.kowalski@northwind.example", date: now(), body: note.replace("Hi Priya", "Hi Tomasz") });
    const report = await sendLocalEmail(server.url, copy, { from: OWNER, to: CHECKER });
    const text = (await replyOf(report.replies[0]?.raw)).text ?? "";
    expect(text).toContain("[duplicate-note]");
    expect(text).toMatch(/Priya Raman: note sent/);
  });

  it("sends the report through the fallback binding when the original cannot be replied to", async () => {
    // In-Reply-To without References makes the runtime refuse a reply.
    const raw = rawMessage({ to: CHECKER, date: now(), headers: { "In-Reply-To": "<earlier@candidate.example>" }, body: "Hi Priya,\n\nThanks!\n\nAlex" });
    const result = await sendLocalEmail(server.url, raw, { from: OWNER, to: CHECKER });
    expect(result.outcome).toBe("ok");
    expect(result.replies).toHaveLength(0);
  });
});
