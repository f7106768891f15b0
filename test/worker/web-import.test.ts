/**
 * Import through the API and the settings form: the 2 MB import limit is the one that applies
 * (not the 128 KB one for every other call), the form's answer says what the import changed
 * (and a refused file's problems in words, first on the page), and a storage failure part-way
 * through puts back what was written, or says what may have changed when even that fails.
 */
import { env } from "cloudflare:test";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { interviewSchema } from "../../src/facts/schema.js";
import { KvStore } from "../../src/store/kv-store.js";
import type { WebEnv } from "../../src/web/env.js";
import facts from "../fixtures/facts.json";
import { SAMPLE_SEND } from "../helpers/send-record.js";
import { failingKv } from "./failing-kv.js";
import { API_TOKEN, call, clearKv, login, ORIGIN, type Session } from "./web-client.js";

beforeEach(clearKv);

const northwind = facts.interviews[0]!;
const five = (role: string) => Array.from({ length: 5 }, (_, i) => ({ ...northwind, id: `interview-${i + 1}`, role }));

/** Every key and value in KV. */
async function dump(): Promise<Record<string, string | null>> {
  const keys = (await env.FOLLOWUP_KV.list()).keys.map((k) => k.name);
  return Object.fromEntries(await Promise.all(keys.map(async (key) => [key, await env.FOLLOWUP_KV.get(key)] as const)));
}

const importApi = (body: string, override: Partial<WebEnv> = {}) =>
  call("/api/import", { method: "POST", headers: { Authorization: `Bearer ${API_TOKEN}`, "Content-Type": "application/json" }, body }, override);

let session: Session;
beforeAll(async () => {
  session = await login();
});

/** Uploads a file through the settings page's import form, as a browser does (multipart). */
function importForm(text: string, override: Partial<WebEnv> = {}) {
  const form = new FormData();
  form.append("_csrf", session.csrf);
  form.append("file", new File([text], "followup-check.json", { type: "application/json" }));
  return call("/import", { method: "POST", headers: { Origin: ORIGIN, Cookie: session.cookie }, body: form }, override);
}

/** A valid export of about `bytes` bytes: interviews with long topic lists. */
function exportOfSize(bytes: number): string {
  const topics = Array.from({ length: 50 }, (_, i) => `${i} ${"topic ".repeat(80)}`.slice(0, 500));
  const count = Math.ceil(bytes / JSON.stringify(topics).length);
  return JSON.stringify({ interviews: Array.from({ length: count }, (_, i) => ({ ...northwind, id: `big-${i}`, topics })) });
}

describe("import size", () => {
  it("takes a 1 MB export through the API and the form (the 128 KB limit for other calls used to apply)", async () => {
    const file = exportOfSize(1024 * 1024);
    expect(file.length).toBeGreaterThan(1024 * 1024);
    const api = await importApi(file);
    expect(api.status).toBe(200);
    expect(((await api.json()) as { imported: { interviews: number } }).imported.interviews).toBe(JSON.parse(file).interviews.length);

    await clearKv();
    const form = await importForm(file);
    expect(form.status).toBe(200);
    expect((await env.FOLLOWUP_KV.list({ prefix: "interview:" })).keys).toHaveLength(JSON.parse(file).interviews.length);
  });

  it("still refuses more than 2 MB, saying so", async () => {
    const file = exportOfSize(2.2 * 1024 * 1024);
    const api = await importApi(file);
    expect(api.status).toBe(413);
    expect(await api.json()).toEqual({ errors: ["(body): larger than the 2048 KB limit"] });
    const form = await importForm(file);
    expect(form.status).toBe(413);
    expect(await form.text()).toMatch(/the limit is 2048 KB/);
    expect((await env.FOLLOWUP_KV.list()).keys).toEqual([]);
  });
});

describe("a storage failure part-way through an import", () => {
  /** Five saved interviews and settings, and a file replacing all of them and logging two sends: 8 writes. */
  async function seed() {
    const store = new KvStore(env.FOLLOWUP_KV);
    for (const interview of five("Before")) await store.putInterview(interviewSchema.parse(interview));
    await store.putSettings({ ...(await store.getSettings()), timeZone: "Europe/Berlin" });
    const second = { ...SAMPLE_SEND, messageId: "<sent-2@candidate.example>" };
    return JSON.stringify({ interviews: five("After"), settings: { timeZone: "Asia/Tokyo" }, sends: [{ ...SAMPLE_SEND, interviewId: "interview-1" }, { ...second, interviewId: "interview-2" }] });
  }
  const WRITES = 8;

  it("puts back what it had written, whichever write fails, and says nothing was changed", async () => {
    const file = await seed();
    const before = await dump();
    for (let failAt = 1; failAt <= WRITES; failAt++) {
      const response = await importApi(file, { FOLLOWUP_KV: failingKv(env.FOLLOWUP_KV, failAt).kv });
      expect(response.status, `write ${failAt} failing`).toBe(503);
      expect(await dump(), `write ${failAt} failing`).toEqual(before);
      const { errors } = JSON.parse(await response.text()) as { errors: string[] };
      expect(errors).toEqual([`Storage failed part-way through the import (at write ${failAt} of ${WRITES}), so everything it had written was put back: nothing was changed. Try again in a minute.`]);
    }
    // The same file imports whole once storage works; again, it logs no send twice.
    expect(await (await importApi(file)).json()).toEqual({ imported: { interviews: 5, sends: 2 } });
    expect(await (await importApi(file)).json()).toEqual({ imported: { interviews: 5, sends: 0 } });
  });

  it("logs a send the file holds twice once, and counts one write for it", async () => {
    const file = JSON.parse(await seed()) as { sends: unknown[] };
    const twice = JSON.stringify({ ...file, sends: [file.sends[0], file.sends[0]] });
    const response = await importApi(twice, { FOLLOWUP_KV: failingKv(env.FOLLOWUP_KV, 7).kv });
    expect(((await response.json()) as { errors: string[] }).errors[0]).toMatch(/^Storage failed part-way through the import \(at write 7 of 7\)/);
    expect(await (await importApi(twice)).json()).toEqual({ imported: { interviews: 5, sends: 1 } });
  });

  it("says what may have changed when putting back fails too, and importing the same file again finishes it", async () => {
    const file = await seed();
    const response = await importApi(file, { FOLLOWUP_KV: failingKv(env.FOLLOWUP_KV, 3, { keepFailing: true }).kv });
    expect(response.status).toBe(503);
    const { errors } = JSON.parse(await response.text()) as { errors: string[] };
    expect(errors).toEqual([
      "Storage failed part-way through the import (at write 3 of 8), and putting back what it had written failed too, so these may have changed: interviews interview-1, interview-2, interview-3. Import the same file again to finish: interviews are replaced and each send is logged once.",
    ]);
    // Two interviews were replaced and stay so; the answer does not hide it.
    expect((await new KvStore(env.FOLLOWUP_KV).getInterview("interview-2"))?.role).toBe("After");

    expect(await (await importApi(file)).json()).toEqual({ imported: { interviews: 5, sends: 2 } });
    const store = new KvStore(env.FOLLOWUP_KV);
    expect((await store.listInterviews()).map((i) => i.role)).toEqual(Array(5).fill("After"));
    expect((await store.getSettings()).timeZone).toBe("Asia/Tokyo");
  });

  it("answers the settings form the same way", async () => {
    const file = await seed();
    const before = await dump();
    const undone = await importForm(file, { FOLLOWUP_KV: failingKv(env.FOLLOWUP_KV, 4).kv });
    expect(undone.status).toBe(503);
    expect(await dump()).toEqual(before);
    const undoneHtml = await undone.text();
    expect(undoneHtml).toContain("<h1>Nothing was imported</h1>");
    expect(undoneHtml).toContain("(at write 4 of 8), so everything it had written was put back: nothing was changed.");

    const stuck = await importForm(file, { FOLLOWUP_KV: failingKv(env.FOLLOWUP_KV, 2, { keepFailing: true }).kv });
    expect(stuck.status).toBe(503);
    const stuckHtml = await stuck.text();
    expect(stuckHtml).toContain("these may have changed: interviews interview-1, interview-2.");
    expect(stuckHtml).not.toMatch(/nothing was (changed|imported)/i);
  });
});

describe("what the settings form's import says", () => {
  it("counts interviews added, replaced and unchanged and sends logged, and writes nothing saved already", async () => {
    const store = new KvStore(env.FOLLOWUP_KV);
    const [same, changed] = five("Before");
    for (const interview of [same!, changed!]) await store.putInterview(interviewSchema.parse(interview));
    await store.logSend({ ...SAMPLE_SEND, interviewId: "interview-1" });
    const file = JSON.stringify({
      interviews: [same, { ...changed, role: "After" }, { ...northwind, id: "interview-new" }],
      sends: [{ ...SAMPLE_SEND, interviewId: "interview-1" }, { ...SAMPLE_SEND, interviewId: "interview-2", messageId: "<sent-2@candidate.example>" }],
    });
    const written: string[] = [];
    const recording = new Proxy(env.FOLLOWUP_KV, {
      get: (kv, method: keyof KVNamespace) => (method === "put" ? (key: string, ...rest: [string]) => (written.push(key), kv.put(key, ...rest)) : kv[method].bind(kv)),
    });
    const response = await importForm(file, { FOLLOWUP_KV: recording });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div class="alert good" role="status">1 interview added, 1 replaced, 1 unchanged, 1 send logged (1 more in the file was logged already).</div>');
    expect(html).toMatch(/<a href="\/interviews\/interview-new">Northwind Logistics, Senior Site Reliability Engineer<\/a> added/);
    expect(html).toMatch(/<a href="\/interviews\/interview-2">Northwind Logistics, After<\/a> replaced/);
    expect(html).not.toContain("interview-1");
    // The changed and the new interview and the new send are written (and the interview index); the unchanged interview and the logged send are not.
    expect(written.filter((key) => !key.startsWith("index:"))).toEqual(["interview:interview-2", "interview:interview-new", expect.stringMatching(/^send:interview-2:/)]);
    expect((await store.getInterview("interview-2"))?.role).toBe("After");
  });

  it("puts a refused file's problems in words first on the page, before the form", async () => {
    const bad = { interviews: [{ ...northwind, interviewers: northwind.interviewers.map((p, i) => (i === 1 ? { ...p, email: "tomasz@" } : p)) }] };
    const response = await importForm(JSON.stringify(bad));
    expect(response.status).toBe(400);
    const html = await response.text();
    const main = html.slice(html.indexOf('<main id="main">'));
    expect(main).toMatch(/^<main id="main"><h1>Nothing was imported<\/h1><div class="alert bad" role="alert">/);
    expect(main).toContain("<li>Northwind Logistics, Senior Site Reliability Engineer, interviewer 2 (Tomasz Kowalski-Nowak): the email “tomasz@” is not an address</li>");
    expect(main.indexOf('role="alert"')).toBeLessThan(main.indexOf("<form"));
    expect(main).not.toContain("interviews[0]");
    expect((await env.FOLLOWUP_KV.list()).keys).toEqual([]);
  });
});
