import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index.js";
import { KvStore } from "../../src/store/kv-store.js";
import { MAX_MESSAGE_BYTES } from "../../src/worker/raw.js";
import { rawMessage } from "../helpers/raw-message.js";
import { incomingEmail } from "./incoming-email.js";
import { headerOf, recordingBinding, type SentMail } from "./sent-mail.js";
import facts from "../fixtures/facts.json";
import { parseFacts } from "../../src/facts/schema.js";
import { unreadableMessage, type Unreadable } from "../mail/unreadable-messages.js";

const OWNER = "alex@candidate.example";
const CHECKER = "check@example.com";

const PRIYA_NOTE =
  "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist, and I'd love to bring that to your team.\n\nI've attached the postmortem template we used.\n\nI'm excited about the Senior Site Reliability Engineer role.\n\nBest,\nAlex";

async function kvKeys(prefix: string): Promise<string[]> {
  return (await env.FOLLOWUP_KV.list({ prefix })).keys.map((k) => k.name);
}

async function deliver(raw: string, options: { from?: string; to?: string; replyFails?: boolean; envOverride?: Partial<Env> } = {}) {
  const email = await incomingEmail(raw, { from: options.from ?? OWNER, to: options.to ?? CHECKER }, { replyFails: options.replyFails });
  await worker.email(email.message, { ...env, ...options.envOverride } as Env);
  return email;
}

beforeEach(async () => {
  // Each test starts from the fixture facts and an empty send log.
  for (const key of (await env.FOLLOWUP_KV.list()).keys) await env.FOLLOWUP_KV.delete(key.name);
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  const store = new KvStore(env.FOLLOWUP_KV);
  for (const interview of parsed.facts.interviews) await store.putInterview(interview);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-17T19:30:00-05:00"));
  return () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  };
});

/** Silences the error lines a refused reply logs (console.error), and records them. */
const quietErrors = () => vi.spyOn(console, "error").mockImplementation(() => {});

describe("who may use the checker", () => {
  it("rejects a stranger with a clear reason and stores nothing", async () => {
    const email = await deliver(rawMessage({ from: "mallory@evil.example", body: PRIYA_NOTE }), { from: "mallory@evil.example" });
    expect(email.rejected()).toMatch(/only accepts mail from its owner; mallory@evil\.example is not allowed/);
    expect(email.replies).toHaveLength(0);
    expect(await kvKeys("send:")).toEqual([]);
  });

  it("rejects mail whose From header does not match the envelope sender", async () => {
    const email = await deliver(rawMessage({ from: "Someone <someone@else.example>", body: PRIYA_NOTE }));
    expect(email.rejected()).toMatch(/From header .* does not match the envelope sender/);
  });

  it("rejects the owner's address when the receiving server says DMARC failed, and stores nothing", async () => {
    const forged = rawMessage({ body: PRIYA_NOTE, headers: { "Authentication-Results": "mx.cloudflare.net; spf=softfail smtp.mailfrom=candidate.example; dmarc=fail (p=none) header.from=candidate.example" } });
    const email = await deliver(forged);
    expect(email.rejected()).toMatch(/only accepts mail its owner really sent: .*DMARC failed/);
    expect(email.replies).toHaveLength(0);
    expect(await kvKeys("send:")).toEqual([]);
    const genuine = await deliver(rawMessage({ body: PRIYA_NOTE, headers: { "Authentication-Results": "mx.cloudflare.net; dmarc=pass header.from=candidate.example" } }));
    expect(genuine.rejected()).toBeNull();
  });

  it("accepts the owner in any letter case", async () => {
    const email = await deliver(rawMessage({ from: "Alex <Alex@Candidate.Example>", body: PRIYA_NOTE }), { from: "Alex@Candidate.Example" });
    expect(email.rejected()).toBeNull();
    expect(email.replies).toHaveLength(1);
  });

  it.each([
    ["an auto-reply", { headers: { "Auto-Submitted": "auto-replied" } }, OWNER],
    ["list mail", { headers: { Precedence: "list" } }, OWNER],
    ["one of our own reports", { headers: { "X-Followup-Check": "report" } }, OWNER],
    ["a bounce with an empty envelope sender", { from: "Mail Delivery System <MAILER-DAEMON@mx.example>" }, ""],
  ])("ignores %s: no answer, no rejection, nothing stored", async (_, fields, from) => {
    const email = await deliver(rawMessage({ body: PRIYA_NOTE, ...fields }), { from });
    expect(email.rejected()).toBeNull();
    expect(email.replies).toHaveLength(0);
    expect(await kvKeys("send:")).toEqual([]);
  });
});

describe("drafts", () => {
  it("answers with the report, text and HTML, in the thread, from the address that received it", async () => {
    const email = await deliver(rawMessage({ to: CHECKER, cc: undefined, subject: "Thank you, Priya", body: PRIYA_NOTE, messageId: "<draft-1@candidate.example>" }), { to: "check+northwind-sre@example.com" });
    expect(email.replies).toHaveLength(1);
    const reply = email.replies[0]!;
    expect(reply.envelope).toEqual({ from: "check+northwind-sre@example.com", to: OWNER });
    expect(reply.from?.address).toBe("check+northwind-sre@example.com");
    expect(reply.subject).toBe("Re: Thank you, Priya");
    expect(reply.text).toContain("Priya Raman (Northwind Logistics)");
    expect(reply.html).toContain("<!doctype html>");
    expect(reply.inReplyTo).toBe("<draft-1@candidate.example>");
    expect(reply.references).toBe("<draft-1@candidate.example>");
    expect(reply.messageId).toMatch(/^<[\w-]+@example\.com>$/);
    expect(headerOf(reply, "x-followup-check")).toBe("report");
    expect(headerOf(reply, "auto-submitted")).toBe("auto-replied");
  });

  it("threads the report under the whole conversation the draft answers", async () => {
    const raw = rawMessage({ body: PRIYA_NOTE, messageId: "<draft-2@candidate.example>", headers: { "In-Reply-To": "<b@northwind.example>", References: "<a@northwind.example> <b@northwind.example>" } });
    const reply = (await deliver(raw)).replies[0]!;
    expect(reply.inReplyTo).toBe("<draft-2@candidate.example>");
    expect(reply.references).toBe("<a@northwind.example> <b@northwind.example> <draft-2@candidate.example>");
  });

  it("escapes the note's words in the HTML report", async () => {
    const body = "Hi Priya,\n\n<script>alert(1)</script> [Name] thanks for the on-call rotation redesign chat.\n\nBest,\nAlex";
    const email = await deliver(rawMessage({ body }), { to: "check+northwind-sre@example.com" });
    const html = String(email.replies[0]!.html);
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("falls back to the send_email binding when the reply is refused, logging why without the note's subject", async () => {
    const error = quietErrors();
    const sent: SentMail[] = [];
    const email = await deliver(rawMessage({ body: PRIYA_NOTE, messageId: "<draft-3@candidate.example>" }), { replyFails: true, envOverride: { REPORTS: recordingBinding(sent) } });
    expect(email.replies).toHaveLength(0);
    expect(sent).toHaveLength(1);
    const report = sent[0]!;
    expect(report.envelope).toEqual({ from: CHECKER, to: OWNER });
    expect(report.subject).toBe("Re: Thank you");
    expect(report.text).toContain("Priya Raman (Northwind Logistics)");
    expect(report.html).toContain("<!doctype html>");
    expect(report.inReplyTo).toBe("<draft-3@candidate.example>");
    expect(headerOf(report, "x-followup-check")).toBe("report");
    expect(error.mock.calls.map((c) => c[0])).toContain(JSON.stringify({ event: "reply-failed", error: "Error: Original email is not replyable" }));
  });

  it("falls back when the original has no Message-ID to thread the reply under", async () => {
    quietErrors();
    const sent: SentMail[] = [];
    const email = await deliver(rawMessage({ body: PRIYA_NOTE, messageId: null }), { envOverride: { REPORTS: recordingBinding(sent) } });
    expect(email.replies).toHaveLength(0);
    expect(sent[0]!.inReplyTo).toBeUndefined();
    expect(sent[0]!.subject).toBe("Re: Thank you");
  });

  it("throws when neither the reply nor the fallback works, so the report is never silently lost", async () => {
    quietErrors();
    await expect(deliver(rawMessage({ body: PRIYA_NOTE }), { replyFails: true, envOverride: { REPORTS: recordingBinding([], () => true) } })).rejects.toThrow(
      "destination address not verified",
    );
  });

  it("answers an oversize draft with a short note instead of parsing it", async () => {
    const big = `${PRIYA_NOTE}\n${"x".repeat(MAX_MESSAGE_BYTES)}`;
    const email = await deliver(rawMessage({ body: big }));
    const limit = `${(MAX_MESSAGE_BYTES / 1024 / 1024).toFixed(1)} MB`;
    expect(String(email.replies[0]!.text)).toMatch(new RegExp(`^Not checked: the message is ${limit.replace(".", "\\.")}, over the ${limit.replace(".", "\\.")} the checker reads`));
  });
});

describe("the answer's headers", () => {
  const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
  const encodedSubject = (text: string) => `=?utf-8?B?${b64(text)}?=`;
  /** The header block of a raw message, as its lines. */
  const headLines = (mail: SentMail) => mail.raw.slice(0, mail.raw.indexOf("\r\n\r\n")).split("\r\n");
  const INJECTED = "Thanks\r\nBcc: victim@example.com";

  it("a subject with a line break is answered in the thread on one line, and adds no header", async () => {
    const email = await deliver(rawMessage({ subject: encodedSubject(INJECTED), body: PRIYA_NOTE }));
    expect(email.replies).toHaveLength(1);
    const reply = email.replies[0]!;
    expect(reply.subject).toBe("Re: Thanks Bcc: victim@example.com");
    expect(headerOf(reply, "bcc")).toBeUndefined();
    expect(headLines(reply).filter((line) => /^bcc:/i.test(line))).toEqual([]);
  });

  it("the fallback carries the same one-line subject", async () => {
    quietErrors();
    const sent: SentMail[] = [];
    await deliver(rawMessage({ subject: encodedSubject(INJECTED), body: PRIYA_NOTE }), { replyFails: true, envOverride: { REPORTS: recordingBinding(sent) } });
    expect(sent[0]!.subject).toBe("Re: Thanks Bcc: victim@example.com");
    expect(headerOf(sent[0]!, "bcc")).toBeUndefined();
  });

  it("a non-ASCII subject goes out as RFC 2047 encoded-words that read back as written", async () => {
    const reply = (await deliver(rawMessage({ subject: encodedSubject("Merci, José — 感谢"), body: PRIYA_NOTE }))).replies[0]!;
    expect(reply.subject).toBe("Re: Merci, José — 感谢");
    const subject = headLines(reply).join("\r\n").match(/^Subject:.*(?:\r\n .*)*/m)![0];
    expect(subject).toMatch(/^[\x20-\x7e\r\n]+$/);
    expect(subject).toContain("=?UTF-8?B?");
  });

  it("a subject of thousands of characters is cut to about 200", async () => {
    const reply = (await deliver(rawMessage({ subject: "Thanks ".repeat(1000), body: PRIYA_NOTE }))).replies[0]!;
    expect(reply.subject!.length).toBeLessThanOrEqual(200);
    expect(reply.subject).toMatch(/^Re: Thanks Thanks .*…$/);
    expect(Math.max(...reply.raw.split("\r\n").map((line) => line.length))).toBeLessThanOrEqual(76);
  });
});

describe("messages the parser cannot read", () => {
  const ways: Unreadable[] = ["nesting", "long-field", "many-fields"];

  it.each(ways)("an unreadable draft (%s) is answered that it could not be read, and nothing is logged however often it arrives", async (how) => {
    for (let delivery = 0; delivery < 2; delivery++) {
      const email = await deliver(unreadableMessage(how), { to: "check+northwind-sre@example.com" });
      expect(email.rejected()).toBeNull();
      expect(email.replies).toHaveLength(1);
      expect(email.replies[0]).toMatchObject({ envelope: { from: "check+northwind-sre@example.com", to: OWNER }, subject: "Re: Thank you, Priya" });
      expect(String(email.replies[0]!.text)).toMatch(/^Not checked: the message could not be read: its (?:parts are nested more than 50 levels deep|headers are over 512 KB)\./);
      expect(String(email.replies[0]!.text)).toContain("Nothing was logged");
      expect(String(email.replies[0]!.html)).toContain("Not checked: the message could not be read");
    }
    expect(await kvKeys("send:")).toEqual([]);
  });

  it("an unreadable sent copy (Bcc) is answered that it was not logged", async () => {
    const raw = unreadableMessage("nesting", { to: "Priya Raman <priya.raman@northwind.example>", cc: null });
    const email = await deliver(raw, { to: "check+northwind-sre@example.com" });
    expect(String(email.replies[0]!.text)).toMatch(/^Not logged: the message could not be read: its parts are nested more than 50 levels deep\./);
    expect(headerOf(email.replies[0]!, "x-followup-check")).toBe("receipt");
    expect(await kvKeys("send:")).toEqual([]);
  });
});

describe("sent copies", () => {
  const sentToPriya = (messageId: string) =>
    rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date: "Tue, 17 Nov 2026 19:10:00 -0500", messageId, body: PRIYA_NOTE });

  it("logs a sent copy once per interview and interviewer, and answers with a receipt", async () => {
    const email = await deliver(sentToPriya("<sent-1@candidate.example>"));
    const keys = await kvKeys("send:northwind-sre:");
    expect(keys).toHaveLength(1);
    const record = await env.FOLLOWUP_KV.get(keys[0]!, "json");
    expect(record).toMatchObject({
      interviewId: "northwind-sre",
      messageId: "<sent-1@candidate.example>",
      sentAt: "2026-11-18T00:10:00.000Z",
      recipients: ["priya.raman@northwind.example"],
      interviewers: ["Priya Raman"],
    });
    expect(JSON.stringify(record)).not.toContain("rotation");
    expect(String(email.replies[0]!.text)).toMatch(/^Logged your note to Priya Raman \(Northwind Logistics\), sent Tue 17 Nov 19:10/);
  });

  it("logs the same message delivered twice once", async () => {
    await deliver(sentToPriya("<sent-2@candidate.example>"));
    const again = await deliver(sentToPriya("<sent-2@candidate.example>"));
    expect(await kvKeys("send:northwind-sre:")).toHaveLength(1);
    expect(String(again.replies[0]!.text)).toMatch(/^Already logged/);
  });

  it("catches the same note later drafted for another panelist", async () => {
    await deliver(sentToPriya("<sent-3@candidate.example>"));
    const toTomasz = PRIYA_NOTE.replace("Hi Priya", "Hi Tomasz");
    const draft = await deliver(rawMessage({ to: CHECKER, cc: "tomasz.kowalski@northwind.example", body: toTomasz }));
    expect(String(draft.replies[0]!.text)).toContain("[duplicate-note]");
    expect(String(draft.replies[0]!.text)).toContain("you sent Priya Raman");
  });

  it("logs an oversize sent copy from its headers alone", async () => {
    const raw = rawMessage({ to: "priya.raman@northwind.example", messageId: "<big@candidate.example>", body: `${PRIYA_NOTE}\n${"y".repeat(MAX_MESSAGE_BYTES)}` });
    const email = await deliver(raw);
    expect(await kvKeys("send:northwind-sre:")).toHaveLength(1);
    expect(String(email.replies[0]!.text)).toContain("only its headers were read");
  });

  it("rejects with a clear reason, and answers nothing, when KV cannot be written", async () => {
    const failingKv = {
      get: env.FOLLOWUP_KV.get.bind(env.FOLLOWUP_KV),
      list: env.FOLLOWUP_KV.list.bind(env.FOLLOWUP_KV),
      put: async () => {
        throw new Error("KV PUT failed: 500 Internal Server Error");
      },
    } as unknown as KVNamespace;
    const email = await deliver(sentToPriya("<sent-4@candidate.example>"), { envOverride: { FOLLOWUP_KV: failingKv } });
    expect(email.rejected()).toMatch(/could not read or write its storage/);
    expect(email.replies).toHaveLength(0);
    expect(await kvKeys("send:")).toEqual([]);
  });
});

describe("calendar invitations", () => {
  it("an invitation forwarded by the owner creates the interview in KV and the reply links to it", async () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "DTSTART:20261120T150000Z",
      "DTEND:20261120T160000Z",
      "UID:worker-invite-1@google.com",
      "SEQUENCE:0",
      "ORGANIZER;CN=Maria Lopez:mailto:maria.lopez@fabrikam.example",
      "ATTENDEE;CN=Maria Lopez;PARTSTAT=ACCEPTED:mailto:maria.lopez@fabrikam.example",
      `ATTENDEE;CN=Alex Chen;PARTSTAT=NEEDS-ACTION:mailto:${OWNER}`,
      "SUMMARY:Interview: Data Engineer – Fabrikam",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const raw = rawMessage({ subject: "Fwd: Invitation: Interview: Data Engineer – Fabrikam", body: "For the checker.", attachments: [{ filename: "invite.ics", mimeType: "text/calendar", base64: btoa(String.fromCharCode(...new TextEncoder().encode(ics))) }] });
    const email = await deliver(raw);
    const created = (await new KvStore(env.FOLLOWUP_KV).listInterviews()).find((i) => i.company === "Fabrikam");
    expect(created).toMatchObject({ role: "Data Engineer", interviewers: [{ name: "Maria Lopez", email: "maria.lopez@fabrikam.example" }] });
    const text = String(email.replies[0]!.text);
    expect(text).toMatch(/^Added the interview: Fabrikam, Data Engineer/);
    expect(text).toContain(`/interviews/${created!.id}`);
  });
});
