import { describe, expect, it } from "vitest";
import { parseCheckerAddress } from "../../src/checker-address.js";
import { classify } from "../../src/classify.js";
import { MAX_HEADERS_SIZE, MAX_NESTING_DEPTH, parseMessage, unreadableReason } from "../../src/mail/parse.js";
import { rawMessage } from "../helpers/raw-message.js";
import { unreadableMessage } from "./unreadable-messages.js";

const checker = parseCheckerAddress("check@example.com")!;
const owner = { from: "alex@candidate.example", to: "check+northwind-sre@example.com" };
const bytes = (raw: string) => new TextEncoder().encode(raw);

describe("a message the parser cannot read", () => {
  it.each([
    [`MIME nested past ${MAX_NESTING_DEPTH} levels`, "nesting", /: its parts are nested more than 50 levels deep$/],
    [`a header block over ${MAX_HEADERS_SIZE / 1024} KB in one field`, "long-field", /: its headers are over 512 KB$/],
    [`a header block over ${MAX_HEADERS_SIZE / 1024} KB in many fields`, "many-fields", /: its headers are over 512 KB$/],
  ] as const)("%s is read from its raw header block and said to be unreadable", async (_, how, reason) => {
    const parsed = await parseMessage(bytes(unreadableMessage(how)));
    expect(unreadableReason(parsed)).toMatch(reason);
    expect(unreadableReason(parsed)).toMatch(/^the message could not be read/);
    expect(parsed).toMatchObject({
      messageId: "<unreadable-1@candidate.example>",
      from: { address: "alex@candidate.example" },
      to: [{ address: "check+northwind-sre@example.com" }],
      cc: [{ address: "priya.raman@northwind.example" }],
      subject: "Thank you, Priya",
      date: new Date("2026-11-17T19:30:00-05:00"),
    });
    expect(parsed.note.text).toBe("");
  });

  it("keeps the loop signals of its header block, so an unreadable auto-reply is still ignored", async () => {
    const parsed = await parseMessage(bytes(unreadableMessage("nesting", { headers: { "Auto-Submitted": "auto-replied" } })));
    expect(classify(parsed, owner, checker)).toMatchObject({ kind: "ignored" });
  });

  it("is a draft when the checker is in its To or Cc, and a sent copy only when it came by Bcc", async () => {
    const draft = await parseMessage(bytes(unreadableMessage("nesting")));
    expect(classify(draft, owner, checker)).toMatchObject({ kind: "draft", tag: "northwind-sre" });
    const sent = await parseMessage(bytes(unreadableMessage("nesting", { to: "priya.raman@northwind.example", cc: null })));
    expect(classify(sent, owner, checker).kind).toBe("sent");
  });

  it("parses the same bytes once: the Worker asks whether a message is readable, the pipeline reuses the answer", async () => {
    const raw = bytes(unreadableMessage("nesting"));
    expect(await parseMessage(raw)).toBe(await parseMessage(raw));
  });

  it("a readable message, or one whose attached message is unreadable, is not unreadable", async () => {
    expect(unreadableReason(await parseMessage(rawMessage({ body: "Hi Priya,\n\nThank you." })))).toBeNull();
    const inner = btoa(unreadableMessage("nesting"));
    const withAttachment = rawMessage({ body: "See the attached note.", attachments: [{ filename: "note.eml", mimeType: "message/rfc822", base64: inner }] });
    const attached = await parseMessage(withAttachment);
    expect(attached.problems.join("\n")).toMatch(/in the attached message: the message could not be read/);
    expect(unreadableReason(attached)).toBeNull();
  });
});
