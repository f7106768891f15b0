/**
 * The project's own wrangler, run on the Node that runs this script (the npm scripts' Node 24),
 * so no PATH lookup or shell is involved on any platform.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** wrangler's command-line entry point (its package exports no path to it). */
export const WRANGLER_BIN = join(dirname(createRequire(import.meta.url).resolve("wrangler/package.json")), "bin", "wrangler.js");

/** How a wrangler command ended and what it printed. */
export interface CommandResult {
  /** The exit code; null when it was stopped (a timeout). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A wrangler command that asks Cloudflare gets this long before it counts as unanswered. */
const COMMAND_TIMEOUT_MS = 120_000;

/** Runs `wrangler <args>` to the end, with nothing on its standard input, and returns what it printed. */
export function runWrangler(args: readonly string[]): CommandResult {
  const result = spawnSync(process.execPath, [WRANGLER_BIN, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: COMMAND_TIMEOUT_MS });
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? String(result.error ?? "") };
}
