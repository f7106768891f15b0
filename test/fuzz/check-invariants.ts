/**
 * The fuzz suites' one property: the whole pipeline, on any input, returns (never throws) a
 * kind and, for anything not ignored, a verdict and a report, within a bounded time.
 */
import { expect } from "vitest";
import { checkMessage } from "../../src/pipeline.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { FACTS } from "../helpers/context.js";

/**
 * Wall-clock bound per input. Generous because vitest runs suites in parallel on two cores
 * and the worst hostile note (10 000 doubled words) takes about 3 s alone: the bound catches
 * hangs and blow-ups, while docs/performance.md records the measured worst cases.
 */
export const MAX_MS_PER_INPUT = 15_000;

const NOW = new Date("2026-11-17T19:00:00-05:00");

/** Runs one raw message through checkMessage and asserts the invariants; returns the time taken. */
export async function checkSurvives(raw: string | Uint8Array, to = "check+northwind-sre@example.com"): Promise<number> {
  const start = performance.now();
  const outcome = await checkMessage(
    { raw, envelope: { from: "alex@candidate.example", to }, checker: to, now: NOW, appUrl: "https://check.example.com" },
    new MemoryStore(FACTS.interviews),
  );
  const ms = performance.now() - start;
  expect(["draft", "sent", "ignored", "invite"]).toContain(outcome.kind);
  if (outcome.kind === "ignored") {
    expect(outcome.report).toBeNull();
  } else {
    expect(["ready", "consider", "fix"]).toContain(outcome.report?.verdict);
    expect(outcome.report?.headline).toBeTruthy();
  }
  expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
  return ms;
}
