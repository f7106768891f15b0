/**
 * Starts `wrangler dev` on a free local port with its own local KV directory, waits until it
 * answers, and stops it again. Used by `npm run demo` and the end-to-end tests.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { anyFreePort, devAppUrl } from "./dev-url.js";

export interface DevServer {
  url: string;
  /** The local KV directory (`--persist-to`); removed by stop() unless `keepState` was set. */
  persistTo: string;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  /** Leave the local KV directory after stop(), to inspect it (the caller removes it). */
  keepState?: boolean;
  /** Extra `--var NAME:value` bindings (for example a local API token). */
  vars?: Record<string, string>;
}

/** wrangler dev builds and boots workerd; on a 2-core machine a cold start takes a few seconds. */
const READY_TIMEOUT_MS = 60_000;

/** Tests and the demo listen on loopback only. */
const LOOPBACK = "127.0.0.1";

export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const port = await anyFreePort(LOOPBACK);
  const url = devAppUrl({ protocol: "http", ip: LOOPBACK, port });
  const persistTo = await mkdtemp(join(tmpdir(), "followup-check-dev-"));
  const child = spawn(
    "npx",
    // APP_URL is this server, so the links in its reports open it.
    ["wrangler", "dev", "--ip", LOOPBACK, "--port", String(port), "--persist-to", persistTo, "--var", "DEV_TOOLS:true", "--var", `APP_URL:${url}`, ...Object.entries(options.vars ?? {}).flatMap(([k, v]) => ["--var", `${k}:${v}`]), "--show-interactive-dev-session=false"],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" }, detached: true },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    // A child killed by a signal has signalCode set and exitCode null: stopping twice is a no-op.
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    if (!options.keepState) await rm(persistTo, { recursive: true, force: true });
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, persistTo, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  await rm(persistTo, { recursive: true, force: true });
  throw new Error(`wrangler dev did not become ready:\n${output.slice(-4000)}`);
}

/** Posts a raw message to the local email endpoint and returns its JSON outcome. */
export async function sendLocalEmail(url: string, raw: string | Uint8Array, envelope: { from: string; to: string }): Promise<LocalEmailResult> {
  const query = new URLSearchParams({ from: envelope.from, to: envelope.to, format: "json" });
  const response = await fetch(`${url}/cdn-cgi/local/email?${query}`, { method: "POST", body: raw });
  const text = await response.text();
  try {
    return JSON.parse(text) as LocalEmailResult;
  } catch {
    throw new Error(`local email endpoint answered ${response.status}: ${text.slice(0, 500)}`);
  }
}

/** What wrangler dev's local email endpoint returns with format=json. */
export interface LocalEmailResult {
  outcome: "ok" | "exception";
  rejectReason?: string;
  replies: Array<{ messageId: string; sender: string; raw?: string }>;
  forwards: unknown[];
  events: Array<{ type: string }>;
}
