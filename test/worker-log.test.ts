import { afterEach, describe, expect, it, vi } from "vitest";
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
});
