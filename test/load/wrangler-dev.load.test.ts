/**
 * Load: 300 emails (drafts and sent copies, unique Message-IDs) through `wrangler dev`'s local
 * email endpoint with 20 in flight, while the JSON API rewrites interviews concurrently. Zero
 * errors, and every sent copy is in the send log afterwards: counted from the receipts and
 * from the local KV keys once the server has stopped.
 */
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail, startDevServer, type DevServer } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";

const EMAILS = 300;
const IN_FLIGHT = 20;
/** Concurrent API writes during the email run. */
const API_WRITES = 60;
/** The whole run's bound: boot, 300 emails, the KV count. */
const LOAD_TIMEOUT_MS = 120_000;
const OWNER = "alex@candidate.example";
const API_TOKEN = "load-test-token";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let server: DevServer;
/** Which endpoint made the concurrent writes: the JSON API when present, else /dev/seed. */
let writesVia: "api" | "seed" = "seed";

beforeAll(async () => {
  server = await startDevServer({ keepState: true, vars: { API_TOKEN } });
  expect((await fetch(`${server.url}/dev/seed`, { method: "POST" })).status).toBe(200);
  const probe = await fetch(`${server.url}/api/interviews/northwind-sre`, { headers: { Authorization: `Bearer ${API_TOKEN}` } });
  if (probe.status === 200) writesVia = "api";
}, 90_000);

afterAll(async () => {
  await server?.stop();
  if (server) await rm(server.persistTo, { recursive: true, force: true });
});

const now = () => new Date().toUTCString().replace("GMT", "+0000");
const NOTE = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign and the peak season traffic plans. At Fernhill I cut our pages per shift by 40% with a similar handover checklist, and I'd love to bring that to your team.\n\nI'm excited about the role.\n\nBest,\nAlex";

/** Email i: even ones are drafts to the checker, odd ones sent copies that came by Bcc. */
function email(i: number): { raw: string; to: string; sent: boolean } {
  const sent = i % 2 === 1;
  const messageId = `<load-${i}-${Date.now()}@candidate.example>`;
  return sent
    ? { sent, to: "check@example.com", raw: rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date: now(), messageId, body: NOTE }) }
    : { sent, to: "check+northwind-sre@example.com", raw: rawMessage({ to: "check+northwind-sre@example.com", cc: "priya.raman@northwind.example", date: now(), messageId, body: NOTE }) };
}

/** Runs `task(0..count-1)` with at most `limit` running at once. */
async function pool<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  }));
  return results;
}

/** One write: the sample interview read and written back through the API (or re-seeded). */
async function write(): Promise<number> {
  if (writesVia === "seed") return (await fetch(`${server.url}/dev/seed`, { method: "POST" })).status;
  const auth = { Authorization: `Bearer ${API_TOKEN}`, "Content-Type": "application/json" };
  const interview = await (await fetch(`${server.url}/api/interviews/northwind-sre`, { headers: auth })).json();
  return (await fetch(`${server.url}/api/interviews/northwind-sre`, { method: "PUT", headers: auth, body: JSON.stringify(interview) })).status;
}

describe("load against wrangler dev", () => {
  it(`${EMAILS} emails, ${IN_FLIGHT} in flight, with concurrent writes: no errors, every sent copy logged`, async () => {
    const started = performance.now();
    const [results, writes] = await Promise.all([
      pool(EMAILS, IN_FLIGHT, async (i) => {
        const { raw, to, sent } = email(i);
        const result = await sendLocalEmail(server.url, raw, { from: OWNER, to });
        const reply = result.replies[0]?.raw ? (await PostalMime.parse(result.replies[0].raw)).text ?? "" : "";
        return { sent, outcome: result.outcome, rejected: result.rejectReason ?? null, reply };
      }),
      pool(API_WRITES, 2, () => write()),
    ]);
    const seconds = (performance.now() - started) / 1000;
    const sentCount = results.filter((r) => r.sent).length;
    const logged = results.filter((r) => r.sent && /^Logged your note/.test(r.reply)).length;
    console.log(`load: ${EMAILS} emails and ${API_WRITES} writes via ${writesVia} in ${seconds.toFixed(1)} s (${(EMAILS / seconds).toFixed(0)} emails/s); receipts "Logged": ${logged}/${sentCount}`);

    expect(results.filter((r) => r.outcome !== "ok" || r.rejected)).toEqual([]);
    expect(results.filter((r) => !r.reply)).toEqual([]);
    expect(writes.filter((status) => status !== 200)).toEqual([]);
    expect(logged).toBe(sentCount);

    await server.stop();
    const { stdout } = await promisify(execFile)("npx", ["wrangler", "kv", "key", "list", "--binding", "FOLLOWUP_KV", "--local", "--persist-to", server.persistTo], {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
    });
    const keys = (JSON.parse(stdout) as Array<{ name: string }>).map((k) => k.name);
    const sendKeys = keys.filter((k) => k.startsWith("send:northwind-sre:"));
    console.log(`load: local KV holds ${sendKeys.length} send keys for ${sentCount} sent copies`);
    expect(sendKeys).toHaveLength(sentCount);
  }, LOAD_TIMEOUT_MS);
});
