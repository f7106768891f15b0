/**
 * readCommonForward must read every body it accepts exactly as email-forward-parser does,
 * and must accept the plain Gmail, Apple Mail (plain or quoted) and Thunderbird forwards it
 * exists for; readOutlookForward likewise for Outlook's header block under a forward subject.
 */
import EmailForwardParser from "email-forward-parser";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { HEADER_WORDS, headerLike, readCommonForward, readOutlookForward, SUBJECT_WORDS } from "../../src/mail/common-forward.js";
import { unwrapInlineForward } from "../../src/mail/forward.js";
import { corpusDir, corpusText } from "../helpers/corpus.js";

const library = new EmailForwardParser();
const SEED = 20261123;

const NAMES = ["Priya Raman", "José Álvarez", "Tomasz Kowalski-Nowak", "Dr. Amara Okafor", "Zoë Ng", "Alex Chen", "李小龙"];
const ADDRESSES = ["priya.raman@northwind.example", "jose@northwind.example", "t.kowalski-nowak@contoso.example", "alex+jobs@candidate.example"];
const SENTENCES = [
  "Thank you for walking me through the on-call rotation this afternoon.",
  "Our talk at 2:30 about paging load stayed with me.",
  "I am excited about the role and the team.",
  "Hi Priya,",
  "Best regards,",
  "Alex Chen",
  "(555) 010-4477",
];

const mailboxText = fc.oneof(
  fc.constantFrom(...ADDRESSES),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...ADDRESSES)).map(([n, a]) => `${n} <${a}>`),
  fc.tuple(fc.constantFrom(...NAMES, "Raman, Priya"), fc.constantFrom(...ADDRESSES)).map(([n, a]) => `"${n}" <${a}>`),
  fc.constantFrom(...ADDRESSES).map((a) => `${a} <${a}>`),
  fc.constantFrom(...ADDRESSES).map((a) => `<${a}>`),
);
const mailboxList = fc.array(mailboxText, { minLength: 1, maxLength: 3 }).map((l) => l.join(", "));
const paragraph = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const text = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => p.join("\n\n"));
const subject = fc.constantFrom("Thank you", "Thanks for Tuesday", "Following up on the SRE interview", "Merci — José");

/** A plain forward in one client's layout (separator and header order as the client writes them). */
const plainForward = fc
  .record({ client: fc.constantFrom("gmail", "apple", "apple-quoted", "thunderbird"), above: fc.option(text, { nil: "" }), from: mailboxText, to: mailboxList, cc: fc.option(mailboxList, { nil: "" }), subject, body: text })
  .map(({ client, above, from, to, cc, subject: s, body }) => {
    const ccLine = cc ? [`${client === "thunderbird" ? "CC: \t" : "Cc: "}${cc}`] : [];
    const block =
      client === "gmail"
        ? ["---------- Forwarded message ---------", `From: ${from}`, "Date: Tue, Nov 17, 2026 at 6:40 PM", `Subject: ${s}`, `To: ${to}`, ...ccLine]
        : client.startsWith("apple")
          ? ["Begin forwarded message:", "", `From: ${from}`, `Subject: ${s}`, "Date: 17 November 2026 at 18:40:00 GMT", `To: ${to}`, ...ccLine]
          : ["-------- Forwarded Message --------", `Subject: \t${s}`, "Date: \tTue, 17 Nov 2026 18:40:00 -0500", `From: \t${from}`, `To: \t${to}`, ...ccLine];
    // Apple Mail's plain text quotes the forwarded message, blank lines as a mark alone.
    const quoted = (lines: string[]) => (client === "apple-quoted" ? lines.map((l) => (l ? `> ${l}` : ">")) : lines);
    return [above, ...(above ? [""] : []), block[0]!, ...quoted([...block.slice(1).filter((l, i) => i > 0 || l !== ""), "", ...body.split("\n")]), ""].join("\n");
  });

/** Outlook's forward as its HTML reads as text: the header block with no separator, under a forward subject. */
const outlookForward = fc
  .record({ above: fc.option(text, { nil: "" }), from: mailboxText, to: mailboxList, cc: fc.option(mailboxList, { nil: "" }), subject, body: text })
  .map(({ above, from, to, cc, subject: s, body }) =>
    [above, ...(above ? [""] : []), `From: ${from}`, "Sent: Tuesday, November 17, 2026 6:40 PM", `To: ${to}`, ...(cc ? [`Cc: ${cc}`] : []), `Subject: ${s}`, "", body, ""].join("\n"),
  );
const outlookSubject = fc.constantFrom("FW: Thank you", "Fwd: Thank you", "Fw: Thanks for Tuesday", "TR: Merci", "WG: Danke", "FW: ", "Thank you", "RE: Thank you");

/** readOutlookForward as forward.ts calls it: with what the library reads from the subject alone. */
function outlookRead(body: string, subjectLine: string) {
  const bySubject = library.read("", subjectLine);
  return readOutlookForward(body, bySubject.forwarded ? (bySubject.email.subject ?? "") : null);
}

/** Edits to a quoted forward that the library's unquoting treats differently from one mark and a space. */
const quoteEdit = fc.constantFrom(
  (b: string) => b.replace("> Alex Chen", ">> Alex Chen"),
  (b: string) => b.replace("> Alex Chen", ">     Alex Chen"),
  (b: string) => b.replace("> Alex Chen", "> > Alex Chen"),
  (b: string) => b.replace("> Alex Chen", "Alex Chen"),
  (b: string) => b.replace("> Best regards,", ">Best regards,"),
  (b: string) => b.replace(/\n>\n/, "\n>\n>\n"),
  (b: string) => b.replace(/\n>\n/, "\n> \n"),
);

/** Edits that push a body towards shapes the reader must leave to the library. */
const edit = fc.constantFrom(
  (b: string) => b.replace("Hi Priya,", "Note: one more thing"),
  (b: string) => b.replace("Best regards,", "On Tue, Nov 17, 2026 at 6:40 PM Priya <priya@northwind.example> wrote:"),
  (b: string) => b.replace("Alex Chen", "> quoted line"),
  (b: string) => b.replace("Alex Chen", "    indented line"),
  (b: string) => b.replace("Subject: ", "Subject: Re: "),
  (b: string) => b.replace("\nTo: ", "\nReply-To: alex@candidate.example\nTo: "),
  (b: string) => b.replace(/\nCc: [^\n]*/, ""),
  (b: string) => b.replace("\nFrom: ", "\nFrom: O'Brien <ob@x.example>, "),
  (b: string) => b.replace(/^/, "-----Original Message-----\n"),
  (b: string) => b.replace("Thank you", "Thank\u00a0you"),
  (b: string) => b.replace("\n\n", "\r\n\r\n"),
  (b: string) => `${b}\n---------- Forwarded message ---------\nFrom: a@b.example\n`,
  (b: string) => b.replace(/\nDate: [^\n]*/, ""),
  (b: string) => b.replace(/\n\n/, "\n"),
  (b: string) => b.replace("I am excited", "One piece of news: I am excited"),
  (b: string) => b.replace("Our talk", "Plan A: our talk"),
  (b: string) => b.replace("Our talk", "Sent: our talk"),
  (b: string) => b.replace("Our talk", "About the subject: our talk"),
  (b: string) => b.replace("Our talk", "In short (as promised): our talk"),
  (b: string) => b.replace("Our talk", "On Go: our talk"),
  (b: string) => b.replace("Our talk", "Re: our talk"),
  (b: string) => b.replace("Thank you", "Thank you："),
  (b: string) => b.replace("Subject: ", "Subject: Follow-up: "),
);

describe("readCommonForward", () => {
  it("reads every plain Gmail, Apple Mail (plain or quoted) and Thunderbird forward exactly as email-forward-parser", () => {
    fc.assert(
      fc.property(plainForward, (body) => {
        const ours = readCommonForward(body);
        expect(ours).not.toBeNull();
        expect(ours).toEqual(library.read(body, ""));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("either leaves an edited forward to the library or reads it exactly as the library does", () => {
    fc.assert(
      fc.property(plainForward, fc.array(edit, { minLength: 1, maxLength: 3 }), (body, edits) => {
        const edited = edits.reduce((b, e) => e(b), body);
        const ours = readCommonForward(edited);
        if (ours) expect(ours).toEqual(library.read(edited, ""));
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it("either leaves an edited quoted forward to the library or reads it exactly as the library does", () => {
    const quotedForward = plainForward.filter((b) => b.includes("\n> From: "));
    fc.assert(
      fc.property(quotedForward, fc.array(fc.oneof(edit, quoteEdit), { minLength: 1, maxLength: 3 }), (body, edits) => {
        const edited = edits.reduce((b, e) => e(b), body);
        const ours = readCommonForward(edited);
        if (ours) expect(ours).toEqual(library.read(edited, ""));
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it("knows every header word the installed library's body patterns put before a colon", () => {
    const source = readFileSync(createRequire(import.meta.url).resolve("email-forward-parser").replace(/index\.js$/, "parser.js"), "utf8");
    const table = source.slice(source.indexOf("const REGEXES"), source.indexOf("/* eslint-enable", source.indexOf("const REGEXES")));
    let key = "";
    const missing: string[] = [];
    for (const line of table.split("\n")) {
      key = /^\s{4}(\w+): \[?/.exec(line)?.[1] ?? key;
      const pattern = /^\s*\/(.*)\/([a-z]*),?\s*(?:\/\/.*)?$/.exec(line);
      if (!pattern || key === "subject") continue; // the email's own Subject header, not its body
      const word = /([^\\()[\]^$*+?{}|.]*?)(?:\\s\?)?(?:\\\*\?)?:/.exec(pattern[1]!)?.[1]?.trim();
      const known = pattern[2]!.includes("i") ? SUBJECT_WORDS : HEADER_WORDS;
      if (word && !known.includes(word)) missing.push(`${key}: ${word}`);
    }
    expect(missing).toEqual([]);
  });

  it("agrees with the library on every corpus forward body it accepts", () => {
    const accepted = corpusDir("forward-bodies").filter((file) => {
      const body = corpusText(`forward-bodies/${file}`).replace(/\r\n/g, "\n");
      const ours = readCommonForward(body);
      if (ours) expect(ours).toEqual(library.read(body, ""));
      const outlook = outlookRead(body, "FW: Integer consequat non purus");
      if (outlook) expect(outlook).toEqual(library.read(body, "FW: Integer consequat non purus"));
      return ours !== null;
    });
    expect(accepted).toEqual(expect.arrayContaining(["crisp-efp__gmail_en_body.txt", "crisp-efp__thunderbird_en_body.txt"]));
  });

  it("unwraps a common forward under any subject but a reply's, as the library path does", () => {
    fc.assert(
      fc.property(plainForward, fc.constantFrom("", "Fwd: Thank you", "FW: Thank you", "WG: Danke", "Thank you", "Following up"), (body, subject) => {
        expect(unwrapInlineForward(body, subject)?.body).toBe(library.read(body, "").email.body);
      }),
      { numRuns: 100, seed: SEED },
    );
    const body = "---------- Forwarded message ---------\nFrom: a@b.example\nDate: Tue, Nov 17, 2026 at 6:40 PM\nSubject: Hi\nTo: c@d.example\n\nHello\n";
    expect(unwrapInlineForward(body, "Re: Hi")).toBeNull();
  });

  it("finds no forward where the library could find none: a body with no header-like line, under any subject", () => {
    const subjects = ["", "Fwd: Thank you", "FW: Thank you", "TR: Merci", "Thank you"];
    const noForward = (body: string) => subjects.every((s) => library.read(body, s).email.body === undefined);
    const lines = fc.array(fc.oneof(paragraph, fc.constantFrom(...HEADER_WORDS, ...SUBJECT_WORDS).map((w) => `${w}: x`), fc.string({ unit: "grapheme-ascii" })), { maxLength: 6 });
    fc.assert(
      fc.property(fc.oneof(plainForward, text, lines.map((l) => l.join("\n"))), fc.array(edit, { maxLength: 3 }), (body, edits) => {
        const edited = edits.reduce((b, e) => e(b), body);
        if (!headerLike(edited)) expect(noForward(edited)).toBe(true);
      }),
      { numRuns: 1500, seed: SEED },
    );
    expect(headerLike("Hi Priya,\n\nOne piece of news: I start Monday.\n\nAlex")).toBe(false);
    expect(headerLike("Hi Priya,\n\nFrom: Alex\nSent: Tuesday\n\nAlex")).toBe(true);
  });

  it("reads every Outlook forward under a forward subject exactly as email-forward-parser, which finds none in the body alone", () => {
    fc.assert(
      fc.property(outlookForward, fc.constantFrom("FW: Thank you", "Fwd: Thank you", "Fw: Thanks for Tuesday", "FW: "), (body, subjectLine) => {
        const ours = outlookRead(body, subjectLine);
        expect(ours).not.toBeNull();
        expect(ours).toEqual(library.read(body, subjectLine));
        expect(library.read(body, "").forwarded).toBe(false);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("either leaves an edited Outlook forward, or one under another subject, to the library or reads it exactly as the library does", () => {
    fc.assert(
      fc.property(outlookForward, outlookSubject, fc.array(edit, { minLength: 1, maxLength: 3 }), (body, subjectLine, edits) => {
        const edited = edits.reduce((b, e) => e(b), body);
        const ours = outlookRead(edited, subjectLine);
        if (ours) {
          expect(ours).toEqual(library.read(edited, subjectLine));
          expect(library.read(edited, "").forwarded).toBe(false);
        }
      }),
      { numRuns: 600, seed: SEED },
    );
  });

  it("unwraps an Outlook forward as the library path does", () => {
    fc.assert(
      fc.property(outlookForward, outlookSubject, (body, subjectLine) => {
        const viaLibrary = /^RE:/.test(subjectLine) ? undefined : library.read(body, subjectLine).email.body;
        expect(unwrapInlineForward(body, subjectLine)?.body).toBe(viaLibrary);
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it("leaves other formats and plain notes to the library", () => {
    expect(readCommonForward("Hi Priya,\n\nThank you for today.\n\nAlex")).toBeNull();
    expect(readCommonForward("-----Original Message-----\nFrom: a@b.example\nSent: Tuesday\nTo: c@d.example\nSubject: x\n\nBody")).toBeNull();
    expect(readCommonForward("---------- Message transféré ---------\nDe : a@b.example\n\nCorps")).toBeNull();
  });
});
