/**
 * The known-good notes, sent as plain messages, come out of the parser word for word:
 * quote and signature stripping must never eat a real note.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/mail/parse.js";

interface GoodNote {
  subject: string;
  text: string;
}
const notes = JSON.parse(
  readFileSync(new URL("../fixtures/notes/good.json", import.meta.url), "utf8"),
) as GoodNote[];

describe("good notes survive parsing unchanged", () => {
  it.each(notes.map((n) => [n.subject, n] as const))("%s", async (_subject, note) => {
    const raw = [
      "From: Alex Chen <alex@example.com>",
      "To: check@example.com",
      `Subject: ${note.subject}`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      note.text.replace(/\n/g, "\r\n"),
    ].join("\r\n");
    const parsed = await parseMessage(raw);
    expect(parsed.note.text).toBe(note.text);
    expect(parsed.note.subject).toBe(note.subject);
    expect(parsed.problems).toEqual([]);
  });
});
