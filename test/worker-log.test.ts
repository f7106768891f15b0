import { afterEach, describe, expect, it, vi } from "vitest";
import { deliverReport } from "../src/worker/deliver.js";
import { logEvent, MAX_LOGGED_CHARS } from "../src/worker/log.js";

afterEach(() => vi.restoreAllMocks());

describe("the Worker's log lines", () => {
  it("cap every string a sender controls", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    logEvent({ event: "ignored", messageId: `<${"x".repeat(5_000)}@evil.example>`, count: 3 });
    const line = JSON.parse(log.mock.calls[0]![0] as string) as Record<string, unknown>;
    expect((line.messageId as string).length).toBe(MAX_LOGGED_CHARS + 1);
    expect(line.count).toBe(3);
  });

  it("say a reply failed without the note's subject", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const message = { reply: async () => Promise.reject(new Error("not replyable")) } as unknown as ForwardableEmailMessage;
    const sent: unknown[] = [];
    const email = { to: "alex@candidate.example", from: "check@example.com", subject: "Re: Thank you for the rotation chat, Priya", text: "t", html: "h" } as never;
    expect(await deliverReport(message, { send: async (e: unknown) => void sent.push(e) } as unknown as SendEmail, email)).toBe("fallback");
    expect(sent).toHaveLength(1);
    expect(error.mock.calls[0]![0]).toBe(JSON.stringify({ event: "reply-failed", error: "Error: not replyable" }));
  });
});
