/**
 * The start-up samples must stay the shapes they stand for: if one stopped being read as an
 * HTML forward, a quoted forward or a sent copy with an attachment, the Worker would still
 * start, but the first real email of that shape would pay for compiling its code again.
 */
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { readCommonForward } from "../src/mail/common-forward.js";
import { parseMessage } from "../src/mail/parse.js";
import { CHECKER, OWNER, SAMPLES } from "../src/worker/warm-up-samples.js";
import { warmUp } from "../src/worker/warm-up.js";

const [gmail, ccDraft, outlook, quoted, sent, invite] = SAMPLES;

describe("start-up samples", () => {
  it("are one message of each common shape, read as that shape", async () => {
    const notes = await Promise.all(SAMPLES.slice(0, 5).map(async ({ raw }) => (await parseMessage(raw)).note));
    const recipients = notes.map((n) => [...n.to, ...n.cc].map((a) => a.address));
    expect(notes.map((n) => n.forwarded)).toEqual([true, false, true, true, false]);
    expect(recipients).toEqual([
      ["priya.raman@northwind.example"],
      [CHECKER, "tomasz.kowalski@northwind.example"],
      ["priya.raman@northwind.example"],
      ["tomasz.kowalski@northwind.example"],
      ["priya.raman@northwind.example"],
    ]);
    expect(notes.every((n) => n.from?.address === OWNER && /^(Hi|Dear) (Priya|Tomasz),$/.test(n.greeting ?? ""))).toBe(true);
    expect(notes[4]!.attachments.map((a) => a.filename)).toEqual(["postmortem-template.pdf"]);
    expect(SAMPLES.map((s) => s.kind)).toEqual(["draft", "draft", "draft", "draft", "sent", "invite"]);
    expect((await parseMessage(invite!.raw)).hasCalendar).toBe(true);
  });

  it("take the paths the first emails would otherwise compile: the direct forward reader, the library, HTML, both transfer encodings, a calendar", async () => {
    const body = (raw: string) => raw.slice(raw.indexOf("\r\n\r\n") + 4);
    expect(readCommonForward(body(gmail!.raw).replace(/\r\n/g, "\n"))).not.toBeNull();
    expect(ccDraft!.raw).not.toMatch(/Forwarded|Begin forwarded/);
    // Outlook's bold header block is read under its forward subject (common-forward.ts); the
    // quoted iPhone forward is left to email-forward-parser, so the library's code is compiled too.
    expect(readCommonForward((await PostalMime.parse(quoted!.raw)).text!)).toBeNull();
    expect(outlook!.raw).toMatch(/Content-Type: text\/html[^]*quoted-printable[^]*<b>From:<\/b>/);
    expect(quoted!.raw).toMatch(/^> Begin forwarded message:$/m);
    expect(sent!.raw).toMatch(/multipart\/alternative[^]*base64[^]*text\/html[^]*application\/pdf/);
    expect(invite!.raw).toMatch(/text\/calendar[^]*METHOD:REQUEST[^]*BEGIN:VTIMEZONE[^]*BEGIN:VEVENT/);
  });

  it("take the header and reply forms most real mail has: a reply's quoted history, a quoted display name, an encoded subject", async () => {
    // A draft written as a reply: its quote is cut at the "On … wrote:" line (quotes.ts), and the reply mark is read off the subject.
    expect(ccDraft!.raw).toMatch(/^Subject: Re: [^]*^On .+ wrote:\r\n> /m);
    const reply = (await parseMessage(ccDraft!.raw)).note;
    expect(reply.text).not.toMatch(/wrote:|^>/m);
    expect(reply.text.trimEnd()).toMatch(/Warm regards, Alex$/);
    expect(ccDraft!.raw).toMatch(/^Cc: "Tomasz Kowalski-Nowak" </m);
    // A subject outside ASCII goes as an RFC 2047 encoded word, which postal-mime decodes.
    expect(sent!.raw).toMatch(/^Subject: =\?utf-8\?B\?[A-Za-z0-9+/=]+\?=\r$/m);
    expect((await parseMessage(sent!.raw)).note.subject).toBe("Postmortem template — as promised");
  });

  it("all check to the end in Node too", async () => {
    expect(await warmUp()).toBe("done");
  });
});
