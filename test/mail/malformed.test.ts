import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/mail/parse.js";
import { corpusBytes } from "../helpers/corpus.js";

describe("malformed input never throws and says what is wrong", () => {
  it("empty string", async () => {
    const parsed = await parseMessage("");
    expect(parsed.problems).toContain("the message is empty");
    expect(parsed.note.text).toBe("");
    expect(parsed.from).toBeNull();
  });

  it("26 bytes of garbage", async () => {
    const parsed = await parseMessage(corpusBytes("eml/enmime__erroneous.eml"));
    expect(parsed.problems.join("\n")).toMatch(/no header\/body separator/);
  });

  it("random bytes", async () => {
    const bytes = new Uint8Array(26).map((_, i) => (i * 97 + 13) % 256);
    const parsed = await parseMessage(bytes.buffer);
    expect(parsed.problems.length).toBeGreaterThan(0);
  });

  it("multipart without boundary", async () => {
    const parsed = await parseMessage(corpusBytes("eml/enmime__multipart-wo-boundary.eml"));
    expect(parsed.problems.join("\n")).toMatch(/names no boundary/);
  });

  it("multipart without closing boundary", async () => {
    const parsed = await parseMessage(corpusBytes("eml/enmime__multimixed-no-closing-boundary.eml"));
    expect(parsed.problems.join("\n")).toMatch(/no closing boundary/);
    expect(parsed.note.text).toBe("Hello,");
  });

  it("huge header line", async () => {
    const raw = `From: a@example.com\r\nX-Junk: ${"x".repeat(2_000_000)}\r\nSubject: hi\r\n\r\nbody`;
    const parsed = await parseMessage(raw);
    expect(parsed.problems.join("\n")).toMatch(/longer than 998|could not be parsed/);
  });

  it("unknown charset", async () => {
    const raw = "From: a@example.com\r\nContent-Type: text/plain; charset=x-foo\r\n\r\nHi Priya,\r\nthanks";
    const parsed = await parseMessage(raw);
    expect(parsed.problems).toContain(
      "unknown charset x-foo; decoded as windows-1252, so some characters may be wrong",
    );
    expect(parsed.note.text).toBe("Hi Priya,\nthanks");
  });

  it("an invalid Date header", async () => {
    const parsed = await parseMessage("From: a@example.com\r\nDate: yesterday-ish\r\n\r\nbody");
    expect(parsed.date).toBeNull();
    expect(parsed.problems.join("\n")).toMatch(/Date header/);
  });

  it("a message/rfc822 part that is not a message", async () => {
    const parsed = await parseMessage(corpusBytes("eml/stalwart-mail-parser__022.eml"));
    expect(parsed.note.forwarded).toBe(false);
    expect(parsed.note.text).toBe("hello");
    expect(parsed.problems.join("\n")).toMatch(/attached message could not be read/);
  });
});
