import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it, vi } from "vitest";
import { parseMessage } from "../../src/mail/parse.js";
import { corpusBytes, corpusDir } from "../helpers/corpus.js";
import { rawMessage } from "../helpers/raw-message.js";

// parseMessage slims its input; this switch turns that off to get the "before" parse.
const unslimmed = vi.hoisted(() => ({ on: false }));
vi.mock("../../src/mail/slim.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/mail/slim.js")>();
  return { ...real, slimMessage: (raw: Uint8Array, unread?: string[]) => (unslimmed.on ? raw : real.slimMessage(raw, unread)) };
});
const { slimMessage, MAX_PARTS, MAX_TEXT_LINES } = await vi.importActual<typeof import("../../src/mail/slim.js")>("../../src/mail/slim.js");

const encode = (text: string) => new TextEncoder().encode(text);

/** parseMessage without and with slimming, and the slimmed bytes. */
async function beforeAfter(raw: Uint8Array) {
  unslimmed.on = true;
  const before = await parseMessage(raw);
  unslimmed.on = false;
  return { before, after: await parseMessage(raw), slim: slimMessage(raw) };
}

/** What postal-mime reads from a message, attached messages included (their bytes parsed again). */
async function mimeView(raw: Uint8Array | ArrayBuffer, depth = 0): Promise<unknown> {
  let email;
  try {
    email = await PostalMime.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  } catch (err) {
    return { error: String(err) };
  }
  const attachments = [];
  for (const a of email.attachments) {
    const isMessage = a.mimeType.startsWith("message/") || /\.eml$/i.test(a.filename ?? "");
    const content = a.content as ArrayBuffer;
    attachments.push({
      filename: a.filename, mimeType: a.mimeType, disposition: a.disposition, related: a.related, contentId: a.contentId,
      text: a.mimeType.startsWith("text/") ? new TextDecoder().decode(content) : null,
      inner: isMessage && depth < 3 ? await mimeView(content, depth + 1) : null,
    });
  }
  return { subject: email.subject, from: email.from, to: email.to, cc: email.cc, text: email.text, html: email.html, attachments };
}

/** Deterministic incompressible bytes as base64 wrapped at 76 columns, like a real PDF attachment. */
function base64Blob(bytes: number): string {
  const data = new Uint8Array(bytes);
  let x = 2463534242;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    data[i] = x & 0xff;
  }
  return Buffer.from(data).toString("base64").replace(/.{76}/g, "$&\r\n");
}

const NOTE = "Hi Priya,\n\nThank you for walking me through the on-call rotation today.\n\nBest,\nAlex";
const withPdf = (bytes: number) =>
  rawMessage({ to: "check@example.com", cc: "Priya Raman <priya@northwind.example>", subject: "Thank you", body: NOTE, attachments: [{ filename: "portfolio.pdf", mimeType: "application/pdf", base64: base64Blob(bytes) }] });

describe("real corpus messages parse the same before and after slimming", () => {
  const files = corpusDir("eml");
  it.each(files)("%s", async (file) => {
    const raw = corpusBytes(`eml/${file}`);
    const { before, after, slim } = await beforeAfter(raw);
    expect(after).toEqual(before); // note text, subject, recipients, attachments, problems, …
    expect(await mimeView(slim)).toEqual(await mimeView(raw));
    expect(slimMessage(slim)).toEqual(slim); // nothing left to cut
  });

  it.each([
    ["mailparser__nodemailer.eml", 10_000],
    ["postal-mime__mimetorture.eml", 1_000],
    ["mikel-mail__attachment_message_rfc822.eml", 1_000],
    ["enmime__html-only-inline.eml", 500],
    ["php-mime-mail-parser__m0129.eml", 10_000],
    ["mimekit__ukr.eml", 10_000],
  ])("%s loses its attachment bodies (at least %i bytes)", async (file, saved) => {
    const raw = corpusBytes(`eml/${file}`);
    expect(raw.length - slimMessage(raw).length).toBeGreaterThanOrEqual(saved);
    expect((await parseMessage(raw)).note.attachments.length + (await parseMessage(raw)).note.text.length).toBeGreaterThan(0);
  });

  it("keeps the attachment list of the nodemailer sample, names and types", async () => {
    const { before, after } = await beforeAfter(corpusBytes("eml/mailparser__nodemailer.eml"));
    expect(before.note.attachments.length).toBeGreaterThan(1);
    expect(after.note.attachments).toEqual(before.note.attachments);
  });
});

describe("a draft with a 3 MB PDF", () => {
  const raw = encode(withPdf(3_000_000));

  it("slims to a few KB and still reports the attachment", async () => {
    const slim = slimMessage(raw);
    expect(raw.length).toBeGreaterThan(4_000_000);
    expect(slim.length).toBeLessThan(4_000);
    const parsed = await parseMessage(raw);
    expect(parsed.note.attachments).toEqual([{ filename: "portfolio.pdf", mimeType: "application/pdf" }]);
    expect(parsed.note.text).toContain("on-call rotation");
    expect(parsed.cc.map((a) => a.address)).toEqual(["priya@northwind.example"]);
  });

  it("with LF line ends, an unquoted upper-case BOUNDARY folded onto its own line", async () => {
    const lf = withPdf(300_000).replace(/\r\n/g, "\n").replace('; boundary="----=_test_boundary_7f3a"', ";\n\tBOUNDARY=----=_test_boundary_7f3a");
    const { before, after, slim } = await beforeAfter(encode(lf));
    expect(lf).toContain("\n\tBOUNDARY=");
    expect(slim.length).toBeLessThan(2_000);
    expect(after).toEqual(before);
    expect(after.note.attachments).toEqual([{ filename: "portfolio.pdf", mimeType: "application/pdf" }]);
  });

  it("a string message is slimmed too", async () => {
    const parsed = await parseMessage(withPdf(3_000_000));
    expect(parsed.note.attachments).toEqual([{ filename: "portfolio.pdf", mimeType: "application/pdf" }]);
  });
});

/** A multipart message from parts (each its header lines, a blank line, a body). */
function multipart(type: string, boundary: string, parts: string[], tail = `--${boundary}--\r\n`): string {
  return `Content-Type: ${type}; boundary="${boundary}"\r\n\r\npreamble --${boundary}x\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("")}${tail}epilogue\r\n`;
}
const HEAD = "From: Alex Chen <alex@candidate.example>\r\nTo: check@example.com\r\nSubject: Thank you\r\nMIME-Version: 1.0\r\n";
const TEXT = `Content-Type: text/plain; charset=utf-8\r\n\r\n${NOTE.replace(/\n/g, "\r\n")}`;
const part = (headers: string, body = base64Blob(3_000)) => `${headers}\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}`;

describe("which bodies are emptied", () => {
  const slimmedBodies = (message: string) => encode(message).length - slimMessage(encode(message)).length;

  it("empties images, audio and application parts; keeps text, calendars and .eml files", async () => {
    const dropped = [
      part('Content-Type: image/png; name="chart.png"'),
      part("Content-Type: AUDIO/mpeg"),
      part('Content-Type: application/pgp-signature; name="signature.asc"'),
    ];
    const kept = [
      part('Content-Type: text/csv; name="data.csv"'),
      part('Content-Type: application/ics; name="invite.ics"'),
      part('Content-Type: application/octet-stream; name="=?utf-8?B?b3JpZ2luYWwuZW1s?="'), // original.eml
      part("Content-Type: x-unknown/thing"),
      part("Content-Type: application/pdf (comment); name=a.pdf"),
    ];
    const message = HEAD + multipart("multipart/mixed", "b1", [TEXT, ...dropped, ...kept]);
    expect(slimmedBodies(message)).toBe(3 * base64Blob(3_000).length);
    const { before, after } = await beforeAfter(encode(message));
    expect(after).toEqual(before);
  });

  it("walks nested multiparts (related image inside alternative inside mixed)", async () => {
    const related = multipart("multipart/related", "b3", [`Content-Type: text/html\r\n\r\n<p>${NOTE}</p>`, part('Content-Type: image/jpeg\r\nContent-ID: <logo>')]);
    const alternative = multipart("multipart/alternative", "b2", [TEXT, related]);
    const message = HEAD + multipart("multipart/mixed", "b1", [alternative, part('Content-Type: application/pdf; name="cv.pdf"')]);
    expect(slimmedBodies(message)).toBe(2 * base64Blob(3_000).length);
    const { before, after } = await beforeAfter(encode(message));
    expect(after).toEqual(before);
    expect(after.note.attachments).toEqual([{ filename: "cv.pdf", mimeType: "application/pdf" }]);
  });

  it("keeps a forwarded original's text and slims the original's own attachments", async () => {
    const original = `From: Alex Chen <alex@candidate.example>\r\nTo: Priya Raman <priya@northwind.example>\r\nSubject: Thank you, Priya\r\n${multipart("multipart/mixed", "in", [TEXT, part('Content-Type: application/pdf; name="portfolio.pdf"')])}`;
    const forward = HEAD + multipart("multipart/mixed", "out", ["Content-Type: text/plain\r\n\r\nPlease check this.", `Content-Type: message/rfc822\r\n\r\n${original}`]);
    expect(slimmedBodies(forward)).toBe(base64Blob(3_000).length);
    const { before, after } = await beforeAfter(encode(forward));
    expect(after).toEqual(before);
    expect(after.note.forwarded).toBe(true);
    expect(after.note.text).toContain("on-call rotation");
    expect(after.note.to.map((a) => a.address)).toEqual(["priya@northwind.example"]);
    expect(after.note.attachments).toEqual([{ filename: "portfolio.pdf", mimeType: "application/pdf" }]);
  });

  it("keeps a base64-encoded attached message whole (its bytes cannot be walked)", () => {
    const forward = HEAD + multipart("multipart/mixed", "out", [TEXT, part("Content-Type: message/rfc822", btoa(`Content-Type: image/png\r\n\r\n${"A".repeat(500)}`))]);
    expect(slimmedBodies(forward)).toBe(0);
  });
});

describe("past the limits, the rest is dropped unread and the reader is told", () => {
  it(`reads the first ${MAX_TEXT_LINES} lines of a text part`, async () => {
    const lines = Array.from({ length: MAX_TEXT_LINES * 3 }, (_, i) => `line ${i}`);
    const raw = encode(rawMessage({ to: "check@example.com", body: `Hi Priya,\n${lines.join("\n")}` }));
    const unread: string[] = [];
    const slim = new TextDecoder().decode(slimMessage(raw, unread));
    expect(slim).toContain(`line ${MAX_TEXT_LINES - 2}\r\n`);
    expect(slim).not.toContain(`line ${MAX_TEXT_LINES}\r\n`);
    expect(unread).toEqual([`a text part has over 2,000 lines, so only its first 2,000 were read`]);
    const parsed = await parseMessage(raw);
    expect(parsed.note.text).toContain(`line ${MAX_TEXT_LINES - 2}`);
    expect(parsed.problems).toContain(unread[0]);
  });

  it("cuts a quoted-printable text part at a line end too, but never a base64 one or a calendar", () => {
    const many = Array.from({ length: MAX_TEXT_LINES + 10 }, () => "QUFBQQ==").join("\r\n");
    for (const [type, encoding, cut] of [["text/plain", "quoted-printable", true], ["text/html", "8bit", true], ["text/plain", "base64", false], ["text/calendar", "7bit", false]] as const) {
      const raw = encode(`${HEAD}Content-Type: ${type}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${many}\r\n`);
      expect(slimMessage(raw).length < raw.length).toBe(cut);
    }
  });

  it(`reads the first ${MAX_PARTS} parts, nested ones included, and keeps the closing delimiter`, async () => {
    const texts = Array.from({ length: MAX_PARTS * 2 }, (_, i) => `Content-Type: text/plain\r\n\r\npart ${i}`);
    const raw = encode(HEAD + multipart("multipart/mixed", "b1", texts));
    const unread: string[] = [];
    const slim = new TextDecoder().decode(slimMessage(raw, unread));
    // The message itself and its multipart count as parts: MAX_PARTS - 1 text parts are read.
    expect(slim).toContain(`part ${MAX_PARTS - 2}\r\n--b1--\r\nepilogue`);
    expect(slim).not.toContain(`part ${MAX_PARTS - 1}\r\n`);
    expect(unread).toEqual([`the message has over ${MAX_PARTS} parts, so only the first ${MAX_PARTS} were read`]);
    const { text } = await PostalMime.parse(slim);
    expect(text).toContain(`part ${MAX_PARTS - 2}`);
    expect(text).not.toContain(`part ${MAX_PARTS - 1}`);
  });

  it("a message within the limits is told nothing", () => {
    const unread: string[] = [];
    slimMessage(encode(HEAD + multipart("multipart/mixed", "b1", [TEXT])), unread);
    expect(unread).toEqual([]);
  });
});

describe("malformed input is never cut where it is ambiguous, and never throws", () => {
  const pdf = part('Content-Type: application/pdf; name="a.pdf"');

  it("a multipart without a boundary is returned unchanged", () => {
    const raw = encode(`${HEAD}Content-Type: multipart/mixed\r\n\r\n--x\r\n${pdf}\r\n--x--\r\n`);
    expect(slimMessage(raw)).toBe(raw);
  });

  it("a message without a header/body separator, or empty, is returned unchanged", () => {
    for (const text of ["", "From: a@example.com", "garbage without any line break", "\r\n\r\n"]) {
      expect(slimMessage(encode(text))).toEqual(encode(text));
    }
  });

  it("a multipart cut off inside an attachment still parses the same", async () => {
    const full = HEAD + multipart("multipart/mixed", "b1", [TEXT, pdf]);
    for (let end = full.length - 1; end > 0; end -= 97) {
      const raw = encode(full.slice(0, end));
      expect(await mimeView(slimMessage(raw))).toEqual(await mimeView(raw));
    }
  });

  it("mutated corpus messages read the same to postal-mime after slimming", async () => {
    const corpus = corpusDir("eml").map((name) => corpusBytes(`eml/${name}`));
    const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join("");
    const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    const mutation = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (raw: Uint8Array) => raw.slice(0, Math.floor(raw.length * at))),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0x0a, 0x2d, 0x22, 0x3b, 0x20, 0x0d, 0x28)), { minLength: 1, maxLength: 20 }).map(
        (edits) => (raw: Uint8Array) => {
          const out = raw.slice(); // structural bytes (LF, "-", quote, ";", space, CR, "(") written anywhere
          for (const [at, byte] of edits) if (out.length) out[Math.floor(at * (out.length - 1))] = byte;
          return out;
        },
      ),
      fc.constantFrom(
        (raw: Uint8Array) => bytesOf(latin1(raw).replace(/^--[^\r\n]+--\s*$/gm, "")),
        (raw: Uint8Array) => bytesOf(latin1(raw).replace(/^(--[^\r\n]+)$/m, "$1--\r\n$1")),
        (raw: Uint8Array) => bytesOf(latin1(raw).replace(/boundary="?([^";\r\n]+)"?/gi, "boundary=$1 ")),
        (raw: Uint8Array) => bytesOf(latin1(raw).replace(/\r\n/g, "\n")),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...corpus), mutation, async (message, mutate) => {
        const raw = mutate(message);
        expect(await mimeView(slimMessage(raw))).toEqual(await mimeView(raw));
      }),
      { numRuns: 300, seed: 20261117 },
    );
  });

  it("deep nesting and hostile headers do not throw", () => {
    const deep = `${HEAD}${"Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n".repeat(400)}${pdf}\r\n`;
    expect(slimMessage(encode(deep)).length).toBeLessThanOrEqual(deep.length);
    const hugeType = `${HEAD}Content-Type: application/pdf; name="${"x".repeat(100_000)}"\r\n\r\nAAAA\r\n`;
    expect(slimMessage(encode(hugeType))).toEqual(encode(hugeType));
    const bytes = new Uint8Array(10_000).map((_, i) => (i * 7919 + 13) % 256);
    expect(() => slimMessage(bytes)).not.toThrow();
  });
});
