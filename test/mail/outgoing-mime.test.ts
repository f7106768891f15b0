import fc from "fast-check";
import PostalMime, { decodeWords } from "postal-mime";
import { describe, expect, it } from "vitest";
import { headerValue } from "../../src/mail/header-value.js";
import { messageIdAt, outgoingMime, type OutgoingMail, type Stamp } from "../../src/mail/outgoing-mime.js";

const MAIL: OutgoingMail = {
  from: "check+northwind-sre@example.com",
  to: "alex@candidate.example",
  subject: "Re: Merci, José — 感谢您的时间 🙏",
  text: "Fix 1 thing before you send your note to José Álvarez.\n\n  [wrong-name] “Hi Jose” — write José.\n",
  html: "<!doctype html><html><body><p>Fix 1 thing — “Hi Jose” 🙏 感谢</p></body></html>",
  headers: { "x-followup-check": "report", "Auto-Submitted": "auto-replied" },
};
const STAMP: Stamp = { messageId: "<3f1c2a@example.com>", date: new Date("2026-11-17T19:30:00-05:00") };
const ANSWERING = { messageId: "<draft-1@candidate.example>", references: "<a@northwind.example> <b@northwind.example>" };

const parse = (raw: string) => PostalMime.parse(raw);
/** postal-mime ends a decoded text part with a line break of its own. */
const asWritten = (part: string | undefined) => part?.replace(/\n$/, "");
const headerOf = (email: { headers: { key: string; value: string }[] }, name: string) => email.headers.find((h) => h.key === name)?.value;
const lines = (raw: string) => raw.split("\r\n");
const headBlock = (raw: string) => raw.slice(0, raw.indexOf("\r\n\r\n"));
/** The lines of the two parts' quoted-printable bodies. */
const bodyLines = (raw: string) =>
  raw
    .split(/--=_followup-check-alternative(?:--)?\r\n/)
    .slice(1)
    .flatMap((part) => lines(part.slice(part.indexOf("\r\n\r\n") + 4)));

describe("outgoingMime", () => {
  it("reads back as written: addresses, subject, date, Message-ID, both parts and our headers", async () => {
    const raw = outgoingMime(MAIL, STAMP);
    const email = await parse(raw);
    expect(email.from).toEqual({ address: MAIL.from, name: "" });
    expect(email.to).toEqual([{ address: MAIL.to, name: "" }]);
    expect(email.subject).toBe(MAIL.subject);
    expect(email.date).toBe("2026-11-18T00:30:00.000Z");
    expect(email.messageId).toBe("<3f1c2a@example.com>");
    expect(asWritten(email.text)).toBe(MAIL.text);
    expect(asWritten(email.html)).toBe(MAIL.html);
    expect(headerOf(email, "x-followup-check")).toBe("report");
    expect(headerOf(email, "auto-submitted")).toBe("auto-replied");
    expect(headerOf(email, "content-type")).toBe('multipart/alternative; boundary="=_followup-check-alternative"');
    expect(raw).toContain("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n");
    expect(raw).toContain("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n");
    expect(email.inReplyTo).toBeUndefined();
    expect(email.references).toBeUndefined();
  });

  it("is ASCII on the wire, every line ending in CRLF and none over 76 characters", () => {
    const long = {
      ...MAIL,
      subject: `Re: ${"🙏".repeat(150)}`,
      text: `${"word ".repeat(3000)}\n${"感".repeat(2000)}\n${"x".repeat(10_000)}\n`,
      html: `<p>${"é".repeat(5000)}</p>`,
    };
    const raw = outgoingMime(long, { ...STAMP, answering: { messageId: ANSWERING.messageId, references: Array.from({ length: 60 }, (_, i) => `<thread-${i}@northwind.example>`).join(" ") } });
    expect(raw).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(raw.endsWith("\r\n")).toBe(true);
    expect(Math.max(...lines(raw).map((line) => line.length))).toBeLessThanOrEqual(76);
  });

  it("never breaks a line inside an escape, nor ends one in white space a server may strip", () => {
    const raw = outgoingMime({ ...MAIL, text: `${"é😀感= ".repeat(400)}\nends in a space \nends in a tab\t`, html: `${"a".repeat(73)}é${"b".repeat(74)}😀` }, STAMP);
    for (const line of bodyLines(raw)) {
      expect(line).toMatch(/^(?:[\t\x20-\x3c\x3e-\x7e]|=[0-9A-F]{2})*=?$/);
      expect(line).not.toMatch(/[ \t]$/);
    }
  });

  it("keeps every line within 998 characters for a Message-ID too long to fold", async () => {
    const longId = `<${"x".repeat(970)}@northwind.example>`;
    const raw = outgoingMime(MAIL, { ...STAMP, answering: { messageId: longId, references: `<a@northwind.example> ${longId}` } });
    expect(Math.max(...lines(raw).map((line) => line.length))).toBeLessThanOrEqual(998);
    expect((await parse(raw)).inReplyTo).toBe(longId);
  });

  it("threads a reply: In-Reply-To the original's Message-ID, References its References and then it", async () => {
    const email = await parse(outgoingMime(MAIL, { ...STAMP, answering: ANSWERING }));
    expect(email.inReplyTo).toBe("<draft-1@candidate.example>");
    expect(email.references).toBe("<a@northwind.example> <b@northwind.example> <draft-1@candidate.example>");
    const first = await parse(outgoingMime(MAIL, { ...STAMP, answering: { messageId: ANSWERING.messageId, references: null } }));
    expect(first.references).toBe("<draft-1@candidate.example>");
    const noId = await parse(outgoingMime(MAIL, { ...STAMP, answering: { messageId: null, references: ANSWERING.references } }));
    expect(noId.inReplyTo).toBeUndefined();
    expect(noId.references).toBeUndefined();
  });

  it("names the original once in References when its References already end with it", async () => {
    const email = await parse(outgoingMime(MAIL, { ...STAMP, answering: { messageId: ANSWERING.messageId, references: `<a@northwind.example> ${ANSWERING.messageId}` } }));
    expect(email.references).toBe("<a@northwind.example> <draft-1@candidate.example>");
  });

  it.each([
    ["the subject", { subject: "Thanks\r\nBcc: victim@example.com" }, {}],
    ["a bare LF in the subject", { subject: "Thanks\nBcc: victim@example.com" }, {}],
    ["an extra header's value", { headers: { "x-followup-check": "report\r\nBcc: victim@example.com" } }, {}],
    ["the original's Message-ID", {}, { answering: { messageId: "<draft-1@candidate.example>\r\nBcc: victim@example.com", references: null } }],
    ["the original's References", {}, { answering: { messageId: "<draft-1@candidate.example>", references: "<a@northwind.example>\r\nBcc: victim@example.com" } }],
  ])("a line break in %s adds no header", async (_, mail: Partial<OutgoingMail>, stamp: Partial<Stamp>) => {
    const raw = outgoingMime({ ...MAIL, ...mail }, { ...STAMP, ...stamp });
    const email = await parse(raw);
    expect(headerOf(email, "bcc")).toBeUndefined();
    expect(email.bcc).toBeUndefined();
    expect(lines(headBlock(raw)).filter((line) => /^bcc:/i.test(line))).toEqual([]);
  });

  it("writes a subject with a line break on one line, as header-value.ts makes it", async () => {
    expect((await parse(outgoingMime({ ...MAIL, subject: "Thanks\r\nBcc: victim@example.com" }, STAMP))).subject).toBe("Thanks Bcc: victim@example.com");
  });

  it("a body line that reads as the boundary, ends in white space or holds '=' reads back as written", async () => {
    const text = "--=_followup-check-alternative\n--=_followup-check-alternative--\ntrailing spaces   \ntrailing tab\t\n=3D is not an escape here\n.\nFrom the start of a line\n";
    const email = await parse(outgoingMime({ ...MAIL, text, html: text }, STAMP));
    expect(asWritten(email.text)).toBe(text);
    expect(asWritten(email.html)).toBe(text);
  });

  it("writes CR, LF and CRLF line breaks each as one CRLF", async () => {
    const raw = outgoingMime({ ...MAIL, text: "one\rtwo\r\nthree\nfour" }, STAMP);
    expect(raw).toContain("\r\n\r\none\r\ntwo\r\nthree\r\nfour\r\n--=_followup-check-alternative\r\n");
    expect(asWritten((await parse(raw)).text)).toBe("one\ntwo\nthree\nfour");
  });

  it("any text, subject and HTML read back as written (line breaks as LF, the subject as headerValue makes it)", async () => {
    const text = fc.string({ unit: "binary", maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (subject, body, html) => {
        const email = await parse(outgoingMime({ ...MAIL, subject, text: body, html }, STAMP));
        expect(email.subject ?? "").toBe(decodeWords(headerValue(subject)));
        expect(asWritten(email.text)).toBe(body.replace(/\r\n|\r/g, "\n"));
        expect(asWritten(email.html)).toBe(html.replace(/\r\n|\r/g, "\n"));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a sender with a line break", { from: "check@example.com\r\nBcc: victim@example.com" }, {}, /cannot be written as the sender address/],
    ["a recipient with a display name", { to: "Alex <alex@candidate.example>" }, {}, /cannot be written as the recipient address/],
    ["an extra header with a space in its name", { headers: { "X Bad": "1" } }, {}, /cannot be the name of a mail header/],
    ["an extra header that sets the subject again", { headers: { subject: "Something else" } }, {}, /the subject header is written from the mail itself/],
    ["a Message-ID without angle brackets", {}, { messageId: "3f1c2a@example.com" }, /cannot be the Message-ID of a mail/],
    ["an invalid date", {}, { date: new Date(Number.NaN) }, /needs a valid date/],
  ])("refuses %s, saying what", (_, mail: Partial<OutgoingMail>, stamp: Partial<Stamp>, error) => {
    expect(() => outgoingMime({ ...MAIL, ...mail }, { ...STAMP, ...stamp })).toThrow(error);
  });
});

describe("messageIdAt", () => {
  it("puts the token at the domain of the sender's address", () => {
    expect(messageIdAt("check+northwind-sre@example.com", "3f1c2a")).toBe("<3f1c2a@example.com>");
  });
});
