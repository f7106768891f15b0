/**
 * The start-up checks run inside workerd (the Worker awaits them at module top level) and
 * reach the end of the pipeline: a report for each sample draft, nothing stored or sent.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { warmUp } from "../../src/worker/warm-up.js";

describe("start-up warm-up", () => {
  it("checks its sample drafts to the end without touching KV", async () => {
    const before = await env.FOLLOWUP_KV.list();
    expect(await warmUp()).toBe("done");
    expect((await env.FOLLOWUP_KV.list()).keys).toEqual(before.keys);
  });
});
