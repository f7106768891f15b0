/**
 * Fresh processes (cold-child.ts), each importing the bundle, running the Worker's start-up
 * checks when asked, and handling a sequence of messages once each: the start-up and the
 * Worker's first emails after it (new drafts, different ones in each process).
 */
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { FACTS_JSON } from "./inputs.js";

/** What one fresh process measured, in CPU milliseconds. */
export interface ProcessResult {
  importMs: number;
  /** The Worker's start-up checks (src/worker/warm-up.ts), when asked for; else 0. */
  warmUpMs: number;
  /** Each message of the sequence, in order. */
  checksMs: number[];
  /** The same, on the main thread alone (absent where Node has no process.threadCpuUsage). */
  checksThreadMs?: number[];
}

const run = promisify(execFile);

/** A message for a fresh process: its bytes and envelope, and (a new note) its own user's facts and arrival time; else the sample facts. */
export interface FreshMessage {
  raw: Uint8Array;
  envelope: { from: string; to: string };
  facts?: object;
  now?: Date;
}

/**
 * Runs `processes` fresh processes; `sequenceOf(i)` gives the i-th process its messages.
 * `warmUp`: run the Worker's start-up checks after the import, as its module top level does.
 */
export async function runFresh(childScript: string, bundle: string, dir: string, processes: number, sequenceOf: (i: number) => FreshMessage[], warmUp = false): Promise<ProcessResult[]> {
  const factsPath = join(dir, "facts.json");
  writeFileSync(factsPath, JSON.stringify(FACTS_JSON));
  const factsPaths = new Map<object, string>();
  const factsPathOf = (facts: object) => {
    if (!factsPaths.has(facts)) {
      const path = join(dir, `facts-${factsPaths.size}.json`);
      writeFileSync(path, JSON.stringify(facts));
      factsPaths.set(facts, path);
    }
    return factsPaths.get(facts)!;
  };
  const results: ProcessResult[] = [];
  for (let i = 0; i < processes; i++) {
    const sequence = sequenceOf(i).map((m, k) => {
      const path = join(dir, `fresh-${k}.eml`);
      writeFileSync(path, m.raw);
      return { path, ...m.envelope, ...(m.facts ? { facts: factsPathOf(m.facts) } : {}), ...(m.now ? { now: m.now.toISOString() } : {}) };
    });
    const sequencePath = join(dir, "sequence.json");
    writeFileSync(sequencePath, JSON.stringify(sequence));
    const { stdout } = await run(process.execPath, [childScript, bundle, factsPath, warmUp ? "warm-up" : "cold", sequencePath]);
    results.push(JSON.parse(stdout.trim().split("\n").at(-1)!));
  }
  return results;
}

/** `items` in a deterministic pseudo-random order for `seed` (xorshift), so each run sees the same orders. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
