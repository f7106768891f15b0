/**
 * End to end: `npm start -- --port N`, as a newcomer runs it, serves on N and the links in its
 * emailed reports open that same server (not wrangler's default 8787).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anyFreePort } from "../../scripts/dev-url.js";
import { sendLocalEmail } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";

/** wrangler dev builds and boots workerd; on a 2-core machine a cold start takes a few seconds. */
const READY_TIMEOUT_MS = 60_000;
const LINK = /check it again \(this report is kept for 30 days\): (\S+)/;

let child: ChildProcess;
let base: string;
let persistTo: string;
let output = "";

beforeAll(async () => {
  const port = await anyFreePort("127.0.0.1");
  base = `http://127.0.0.1:${port}`;
  persistTo = await mkdtemp(join(tmpdir(), "followup-check-start-"));
  child = spawn("npm", ["start", "--", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", persistTo, "--show-interactive-dev-session=false"], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    detached: true,
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start did not become ready on ${base}:\n${output.slice(-4000)}`);
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  await rm(persistTo, { recursive: true, force: true });
});

describe("npm start -- --port N", () => {
  it("says where it serves, and its reports link to that server, where the links open", async () => {
    expect(output).toContain(`followup-check: the web app and the links in reports are at ${base}`);
    expect((await fetch(`${base}/dev/seed`, { method: "POST" })).status).toBe(200);
    const draft = rawMessage({
      to: "check+northwind-sre@example.com",
      cc: "Priya Raman <priya.raman@northwind.example>",
      date: new Date().toUTCString().replace("GMT", "+0000"),
      body: "Hi Pryia,\n\nThank you for your time today. I really need this job.\n\nBest,\nAlex",
    });
    const result = await sendLocalEmail(base, draft, { from: "alex@candidate.example", to: "check+northwind-sre@example.com" });
    const text = (await PostalMime.parse(result.replies[0]?.raw ?? "")).text ?? "";
    const page = LINK.exec(text)?.[1];
    expect(text).toContain(`Interview: ${base}/interviews/northwind-sre`);
    expect(page, text).toMatch(new RegExp(`^${base}/reports/[A-Za-z0-9_-]{22}$`));

    // The development password npm start sets lets the owner in, and the link opens the report.
    const login = await fetch(`${base}/login`, { method: "POST", headers: { Origin: base }, body: new URLSearchParams({ password: "dev-password", next: "/" }), redirect: "manual" });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith("fc_session="))?.split(";")[0];
    expect(login.status).toBe(303);
    const opened = await fetch(page!, { headers: { Cookie: cookie! } });
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(`<a href="${base}/interviews/northwind-sre">Open the interview</a>`);
  });
});
