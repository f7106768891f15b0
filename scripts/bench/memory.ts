/**
 * The 25 MiB message's memory, each mode in a fresh Node process whose V8 heap is capped at
 * 128 MB (--max-old-space-size=128): finishing at all proves the heap bound; peak RSS (the
 * whole process, Node itself included) is reported as measured.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** The memory budget the issue sets for one message. */
export const MEMORY_LIMIT_MB = 128;

export interface MemoryResult {
  mode: "worker" | "parse";
  messageBytes: number;
  bytesRead: number;
  ms: number;
  baselineRssMb: number;
  peakRssMb: number;
  kind: string;
}

export async function measureMemory(childScript: string, bundle: string, mode: "worker" | "parse"): Promise<MemoryResult | { mode: string; error: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${MEMORY_LIMIT_MB}`, childScript, bundle, mode], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split("\n").at(-1)!);
  } catch (error) {
    return { mode, error: String((error as Error).message).slice(0, 300) };
  }
}
