/**
 * The known-good notes, sent as plain messages, come out of the parser word for word:
 * quote and signature stripping must never eat a real note.
 */
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/mail/parse.js";
import { GOOD_NOTE_FIXTURES } from "../helpers/good-notes.js";
import { rawMessage } from "../helpers/raw-message.js";

describe("good notes survive parsing unchanged", () => {
  it.each(GOOD_NOTE_FIXTURES.map((n) => [n.subject, n] as const))("%s", async (_subject, note) => {
    const parsed = await parseMessage(rawMessage({ subject: note.subject, body: note.text }));
    expect(parsed.note.text).toBe(note.text);
    expect(parsed.note.subject).toBe(note.subject);
    expect(parsed.problems).toEqual([]);
  });
});
