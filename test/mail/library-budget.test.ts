import EmailForwardParser from "email-forward-parser";
import { describe, expect, it, vi } from "vitest";
import { LIBRARY_LINE_BUDGET, MAX_LIBRARY_LINES, maskForLibrary, restoreDeep } from "../../src/mail/library-budget.js";
import { unwrapInlineForward } from "../../src/mail/forward.js";
import { beginCheck } from "../../src/text/memo.js";
import { GMAIL_FORWARD_HEAD } from "../helpers/raw-message.js";

const FORWARD = `${GMAIL_FORWARD_HEAD}Hi Priya,\n`;

describe("maskForLibrary", () => {
  it("leaves an ordinary forward as it is", () => {
    const body = `${FORWARD}Thank you for today.\n\nBest,\nAlex`;
    expect(maskForLibrary(body).text).toBe(body);
  });

  it("masks the lines past the budget and restores them exactly", () => {
    const long = "<".repeat(2_000);
    const body = `${FORWARD}${long}\n${"a <b@c.example> wrote: ".repeat(100)}\n\uE0007\uE001 literal marker`;
    const masked = maskForLibrary(body);
    expect(masked.text.length).toBeLessThan(FORWARD.length + 100);
    expect(masked.restore(masked.text)).toBe(body);
    expect(restoreDeep({ a: [masked.text], n: 1, z: null }, masked.restore)).toEqual({ a: [body], n: 1, z: null });
  });

  it("keeps lines while the sum of their squared lengths is within the budget", () => {
    const side = Math.floor(Math.sqrt(LIBRARY_LINE_BUDGET / 2));
    const line = "x".repeat(side);
    expect(maskForLibrary(`${line}\n${line}\n${line}`).text).toBe(`${line}\n${line}\n\uE0002\uE001`);
  });

  it(`shows the first ${MAX_LIBRARY_LINES} lines and one line of each run of quote-only lines`, () => {
    const quoted = maskForLibrary(`a\n>\n> \n>>\nb`).text;
    expect(quoted).toBe("a\n>\n> \uE0002\uE001\n>>\uE0003\uE001\nb");
    const many = maskForLibrary(Array.from({ length: MAX_LIBRARY_LINES + 2 }, (_, i) => `line ${i}`).join("\n")).text.split("\n");
    expect(many.at(MAX_LIBRARY_LINES - 1)).toBe(`line ${MAX_LIBRARY_LINES - 1}`);
    expect(many.at(MAX_LIBRARY_LINES)).toBe(`\uE000${MAX_LIBRARY_LINES}\uE001`);
  });

  it("hides each run of masked lines with the same prefix behind one marker, so the library reads few lines", () => {
    const plain = Array.from({ length: MAX_LIBRARY_LINES + 500 }, (_, i) => `line ${i}`).join("\n");
    const masked = maskForLibrary(plain);
    expect(masked.text.split("\n")).toHaveLength(MAX_LIBRARY_LINES + 1);
    expect(masked.restore(masked.text)).toBe(plain);
    const quoted = [...Array.from({ length: MAX_LIBRARY_LINES }, () => "note"), "> one", "> two", ">     indented", "> three", "after"].join("\n");
    const hidden = maskForLibrary(quoted);
    expect(hidden.text.split("\n").slice(MAX_LIBRARY_LINES)).toEqual([`> \uE000${MAX_LIBRARY_LINES}\uE001`, `>     \uE000${MAX_LIBRARY_LINES + 2}\uE001`, `> \uE000${MAX_LIBRARY_LINES + 3}\uE001`, `\uE000${MAX_LIBRARY_LINES + 4}\uE001`]);
    // What the library does to a marker's line (it unquotes a forwarded original) is done to each line behind it.
    const unquoted = hidden.text.replace(/^>+ ?/gm, "");
    expect(hidden.restore(unquoted).split("\n").slice(MAX_LIBRARY_LINES)).toEqual(["one", "two", "    indented", "three", "after"]);
    expect(hidden.restore(hidden.text)).toBe(quoted);
  });

  it("returns a long quoted original unquoted, as the library does, whatever lines were masked", () => {
    // Apple Mail quotes the forwarded note; long paragraphs go past the budget, and a name with
    // an apostrophe is a shape the library reads, not common-forward.ts.
    const paragraphs = Array.from({ length: 4 }, (_, i) => `Paragraph ${i}: ${"we talked about the night rota and the handover notes ".repeat(12)}`);
    const quoted = [
      "Begin forwarded message:",
      "",
      "> From: Ewan O'Neill <ewan@candidate.example>",
      "> Subject: Thank you",
      "> Date: Tue, 07 Jul 2026 13:00:00 +0000",
      "> To: Ingrid Halvorsen <ingrid@skerrywake.example>",
      ">",
      "> Dear Captain Halvorsen,",
      ...paragraphs.flatMap((p) => [">", `> ${p}`, ">", ">     an indented line"]),
      ">",
      "> Yours sincerely,",
      "> Ewan",
    ].join("\n");
    expect(maskForLibrary(quoted).text).not.toBe(quoted);
    const library = new EmailForwardParser().read(quoted, "");
    expect(unwrapInlineForward(quoted, "Fwd: Thank you")?.body).toBe(library.email.body);
    for (const p of paragraphs) expect(library.email.body).toContain(`\n${p}\n`);
  });

  it("gives the library each text once per check, where every level of a forward chain masks to the same lines", () => {
    const read = vi.spyOn(EmailForwardParser.prototype, "read");
    try {
      beginCheck();
      const separators = "---------- Forwarded message ---------\n".repeat(3_000);
      expect(unwrapInlineForward(separators, "")?.body).toMatch(/^(?:-+ Forwarded message -+\n)+$/);
      const texts = read.mock.calls.map(([body, subject]) => `${subject}\n${body}`);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts).toHaveLength(new Set(texts).size);
    } finally {
      read.mockRestore();
    }
  });

  it("reads a forward exactly as the library does when nothing is masked, and the note after hostile lines", () => {
    const body = `${FORWARD}Thank you for walking me through the rotation.\n\nBest,\nAlex`;
    const library = new EmailForwardParser().read(body, "Fwd: Thank you");
    expect(unwrapInlineForward(body, "Fwd: Thank you")?.body).toBe(library.email.body);
    const hostile = `${FORWARD}${"|".repeat(20_000)}\nThank you.\n`;
    const start = performance.now();
    expect(unwrapInlineForward(hostile, "Fwd: Thank you")?.body).toContain("|".repeat(20_000));
    // A regression guard only (the bench measures): unmasked, this line alone costs seconds.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
