/**
 * Cold start: a fresh Node process per sample, importing the bundle and checking one typical
 * forwarded note. The median of several processes is reported (the first is often slower
 * while the OS page cache fills).
 */
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { FACTS_JSON, type BenchMessage } from "./inputs.js";
import { median } from "./stats.js";

export interface ColdResult {
  importMs: number;
  /** The Worker's start-up checks (src/worker/warm-up.ts), when asked for; else 0. */
  warmUpMs: number;
  firstCheckMs: number;
  coldMs: number;
}

const run = promisify(execFile);

/** `warmUp`: run the Worker's start-up checks after the import, as its module top level does, before the first check. */
export async function measureCold(childScript: string, bundle: string, message: BenchMessage, dir: string, samples: number, warmUp = false): Promise<ColdResult> {
  const messagePath = join(dir, "cold-message.eml");
  const factsPath = join(dir, "facts.json");
  writeFileSync(messagePath, message.raw);
  writeFileSync(factsPath, JSON.stringify(FACTS_JSON));
  const results: ColdResult[] = [];
  for (let i = 0; i < samples; i++) {
    const { stdout } = await run(process.execPath, [childScript, bundle, messagePath, factsPath, message.envelope.to, warmUp ? "warm-up" : "cold"]);
    results.push(JSON.parse(stdout.trim().split("\n").at(-1)!));
  }
  return {
    importMs: median(results.map((r) => r.importMs)),
    warmUpMs: median(results.map((r) => r.warmUpMs)),
    firstCheckMs: median(results.map((r) => r.firstCheckMs)),
    coldMs: median(results.map((r) => r.coldMs)),
  };
}
