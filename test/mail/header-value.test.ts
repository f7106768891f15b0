import { decodeWords } from "postal-mime";
import { describe, expect, it } from "vitest";
import { headerValue, MAX_HEADER_TEXT_CHARS } from "../../src/mail/header-value.js";

/** What a mail client shows: the value with its encoded-words decoded. */
const shown = (text: string) => decodeWords(headerValue(text));

describe("headerValue", () => {
  it("leaves a plain ASCII subject as it is", () => {
    expect(headerValue("Re: Thank you, Priya")).toBe("Re: Thank you, Priya");
  });

  it.each([
    ["CR LF", "Thanks\r\nBcc: victim@example.com"],
    ["a bare LF", "Thanks\nBcc: victim@example.com"],
    ["a bare CR", "Thanks\rBcc: victim@example.com"],
    ["NUL and tab", "Thanks\u0000\tBcc: victim@example.com"],
    ["NEL (C1)", "Thanks\u0085Bcc: victim@example.com"],
    ["a line separator", "Thanks\u2028Bcc: victim@example.com"],
  ])("turns %s into one space, so no header can be added", (_, text) => {
    const value = headerValue(text);
    expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(decodeWords(value)).toBe("Thanks Bcc: victim@example.com");
  });

  it("trims and collapses runs of white space", () => {
    expect(headerValue("  Re:   Thanks \r\n\t ")).toBe("Re: Thanks");
  });

  it("writes non-ASCII text as RFC 2047 encoded-words of at most 75 characters, ASCII only", () => {
    const text = "Re: Merci, José — 感谢您的时间 🙏 Grüße aus Köln";
    const value = headerValue(text);
    expect(value).toMatch(/^[\x20-\x7e]+$/);
    for (const word of value.split(" ")) expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(Math.max(...value.split(" ").map((w) => w.length))).toBeLessThanOrEqual(75);
    expect(decodeWords(value)).toBe(text);
  });

  it("never splits a character between two encoded-words", () => {
    const text = "🙏".repeat(40);
    for (const word of headerValue(text).split(" ")) expect(decodeWords(word)).toMatch(/^(?:🙏)+$/u);
    expect(shown(text)).toBe(text);
  });

  it("encodes ASCII that reads as an encoded-word, so it is shown as written", () => {
    expect(shown("Re: =?UTF-8?B?SGk=?=")).toBe("Re: =?UTF-8?B?SGk=?=");
  });

  it(`cuts a subject over ${MAX_HEADER_TEXT_CHARS} characters, ending it with an ellipsis`, () => {
    const long = `Re: ${"word ".repeat(100)}`;
    const cut = shown(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_HEADER_TEXT_CHARS);
    expect(cut.length).toBeGreaterThan(MAX_HEADER_TEXT_CHARS - 5);
    expect(cut).toMatch(/word…$/);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(headerValue("x".repeat(MAX_HEADER_TEXT_CHARS))).toBe("x".repeat(MAX_HEADER_TEXT_CHARS));
  });

  it("counts characters, not UTF-16 units, and never cuts one in half", () => {
    const shownText = shown(`${"a".repeat(150)}${"😀".repeat(100)}`);
    expect(Array.from(shownText)).toHaveLength(MAX_HEADER_TEXT_CHARS);
    expect(shownText).toBe(`${"a".repeat(150)}${"😀".repeat(49)}…`);
  });

  it("keeps the encoded value within one 998-character line after \"Subject: \", whatever the script", () => {
    for (const char of ["é", "感", "😀", "a"]) {
      const value = headerValue(`Re: ${char.repeat(400)}`);
      expect(`Subject: ${value}`.length).toBeLessThanOrEqual(998);
      expect(shown(`Re: ${char.repeat(400)}`)).toMatch(/…$/);
    }
  });
});
