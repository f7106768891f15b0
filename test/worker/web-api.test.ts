import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { KvStore } from "../../src/store/kv-store.js";
import facts from "../fixtures/facts.json";
import { apiCall, clearKv } from "./web-client.js";
import { SAMPLE_SEND } from "../helpers/send-record.js";

beforeEach(clearKv);

const northwind = facts.interviews[0]!;

const send = SAMPLE_SEND;

describe("interviews API", () => {
  it("creates, reads, replaces, lists and deletes", async () => {
    const created = await apiCall("/interviews", { method: "POST", body: JSON.stringify(northwind) });
    expect(created.status).toBe(201);
    expect((await apiCall("/interviews", { method: "POST", body: JSON.stringify(northwind) })).status).toBe(409);
    expect(await (await apiCall("/interviews/northwind-sre")).json()).toMatchObject({ company: "Northwind Logistics" });
    const replaced = await apiCall("/interviews/northwind-sre", { method: "PUT", body: JSON.stringify({ ...northwind, role: "SRE II" }) });
    expect(await replaced.json()).toMatchObject({ role: "SRE II" });
    expect((await apiCall("/interviews/other-id", { method: "PUT", body: JSON.stringify(northwind) })).status).toBe(400);
    expect(((await (await apiCall("/interviews")).json()) as { interviews: unknown[] }).interviews).toHaveLength(1);
    expect((await apiCall("/interviews/northwind-sre", { method: "DELETE" })).status).toBe(204);
    expect((await apiCall("/interviews/northwind-sre")).status).toBe(404);
    expect((await apiCall("/interviews/..%2Fsettings")).status).toBe(404);
  });

  it("answers invalid bodies with one message per field, like the CLI", async () => {
    const bad = { ...northwind, id: "Bad Id", start: "tomorrow", extra: 1, interviewers: [{ name: "", email: "x" }] };
    const response = await apiCall("/interviews", { method: "POST", body: JSON.stringify(bad) });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: string[] };
    expect(errors).toEqual(
      expect.arrayContaining([
        "(top level): unknown field".replace("(top level)", "extra"),
        expect.stringMatching(/^id: must be 1-64 characters/),
        expect.stringMatching(/^start: must be an ISO-8601 date-time/),
        "interviewers[0].name: must not be empty",
        "interviewers[0].email: must be an email address",
      ]),
    );
  });

  it("refuses an oversize body with a clear 413", async () => {
    const response = await apiCall("/interviews", { method: "POST", body: JSON.stringify({ ...northwind, topics: ["x".repeat(200_000)] }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: ["(body): larger than the 128 KB limit"] });
  });

  it("reads the send log", async () => {
    await apiCall("/interviews", { method: "POST", body: JSON.stringify(northwind) });
    await new KvStore(env.FOLLOWUP_KV).logSend(send);
    expect(await (await apiCall("/interviews/northwind-sre/sends")).json()).toEqual({ sends: [send] });
    expect(await (await apiCall("/sends")).json()).toEqual({ sends: [send] });
  });
});

describe("export and import", () => {
  it("round-trips interviews, settings and the send log", async () => {
    const imported = await apiCall("/import", { method: "POST", body: JSON.stringify({ ...facts, settings: { timeZone: "Europe/Berlin", disabledRules: ["news"] }, sends: [send] }) });
    expect(await imported.json()).toEqual({ imported: { interviews: 2, sends: 1 } });
    const exported = (await (await apiCall("/export")).json()) as Record<string, unknown>;
    expect(exported.sends).toEqual([send]);
    expect(exported.settings).toMatchObject({ timeZone: "Europe/Berlin", disabledRules: ["news"] });

    await clearKv();
    expect(await (await apiCall("/import", { method: "POST", body: JSON.stringify(exported) })).json()).toEqual({ imported: { interviews: 2, sends: 1 } });
    expect(await (await apiCall("/export")).json()).toEqual(exported);
  });

  it("accepts a file with only interviews (the CLI's --facts format)", async () => {
    expect((await apiCall("/import", { method: "POST", body: JSON.stringify(facts) })).status).toBe(200);
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview("contoso-pm")).not.toBeNull();
  });

  it("imports values the schema normalises, stored normalised (zod's intersection made this a 500)", async () => {
    const body = { interviews: [{ ...northwind, company: " Northwind Logistics ", topics: undefined }], settings: { personalWords: [" kubectl "] }, sends: [send] };
    const response = await apiCall("/import", { method: "POST", body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported: { interviews: 1, sends: 1 } });
    const store = new KvStore(env.FOLLOWUP_KV);
    expect(await store.getInterview("northwind-sre")).toMatchObject({ company: "Northwind Logistics", topics: [] });
    expect((await store.getSettings()).personalWords).toEqual(["kubectl"]);
  });

  it("answers a value that is empty once trimmed, or unknown fields, with 400 and the field", async () => {
    const body = { interviews: [{ ...northwind, company: "  ", extra: 1 }], settings: { timezone: "UTC" } };
    const response = await apiCall("/import", { method: "POST", body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: ["interviews[0].company: must not be empty", "interviews[0].extra: unknown field", "settings.timezone: unknown field"] });
    expect((await env.FOLLOWUP_KV.list()).keys).toEqual([]);
  });

  it("validates everything before writing anything", async () => {
    const second = { ...facts.interviews[1]!, end: "2026-01-01T00:00:00Z" };
    const response = await apiCall("/import", { method: "POST", body: JSON.stringify({ interviews: [northwind, second], sends: [{ ...send, interviewId: "ghost" }] }) });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: string[] };
    expect(errors).toContain("interviews[1].end: must be after start");
    expect((await env.FOLLOWUP_KV.list()).keys).toEqual([]);

    const orphan = await apiCall("/import", { method: "POST", body: JSON.stringify({ interviews: [northwind], sends: [{ ...send, interviewId: "ghost" }] }) });
    expect(await orphan.json()).toEqual({ errors: ['sends[0].interviewId: no interview "ghost" in the file or saved'] });
    expect((await env.FOLLOWUP_KV.list()).keys).toEqual([]);

    const notJson = await apiCall("/import", { method: "POST", body: "{interviews:" });
    expect(((await notJson.json()) as { errors: string[] }).errors[0]).toMatch(/^not valid JSON/);
  });
});

describe("lost updates: ETag and If-Match", () => {
  const ETAG = /^"[0-9a-f]{64}"$/;
  const put = (path: string, body: unknown, ifMatch?: string) => apiCall(path, { method: "PUT", body: JSON.stringify(body), headers: ifMatch ? { "If-Match": ifMatch } : {} });

  it("sends a strong ETag for an interview, and refuses a PUT or DELETE made from a stale one with 412", async () => {
    await apiCall("/interviews", { method: "POST", body: JSON.stringify(northwind) });
    const first = (await apiCall("/interviews/northwind-sre")).headers.get("ETag")!;
    expect(first).toMatch(ETAG);
    expect((await apiCall("/interviews/northwind-sre")).headers.get("ETag")).toBe(first);

    // Tab one saves from the version it read; the answer carries the new version, the one a GET now sends.
    const saved = await put("/interviews/northwind-sre", { ...northwind, role: "SRE II" }, first);
    expect(saved.status).toBe(200);
    const second = saved.headers.get("ETag")!;
    expect(second).toMatch(ETAG);
    expect(second).not.toBe(first);
    expect((await apiCall("/interviews/northwind-sre")).headers.get("ETag")).toBe(second);

    // Tab two still holds the first version: its save and its delete are refused, and nothing changes.
    const stale = await put("/interviews/northwind-sre", { ...northwind, role: "Tab two's role" }, first);
    expect(stale.status).toBe(412);
    expect(stale.headers.get("ETag")).toBe(second);
    expect(await stale.json()).toEqual({ errors: [`If-Match: the interview was changed since that version was read (it is now ${second}); GET it again, make your change to what it holds now and send that ETag`] });
    expect((await apiCall("/interviews/northwind-sre", { method: "DELETE", headers: { "If-Match": first } })).status).toBe(412);
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview("northwind-sre")).toMatchObject({ role: "SRE II" });

    // A list of tags, or "*" (any saved version), matches as RFC 9110 says; a weak tag never does.
    expect((await put("/interviews/northwind-sre", { ...northwind, role: "SRE III" }, `${first}, ${second}`)).status).toBe(200);
    expect((await put("/interviews/northwind-sre", { ...northwind, role: "SRE IV" }, `W/${(await apiCall("/interviews/northwind-sre")).headers.get("ETag")}`)).status).toBe(412);
    expect((await put("/interviews/northwind-sre", { ...northwind, role: "SRE IV" }, "*")).status).toBe(200);
    const current = (await apiCall("/interviews/northwind-sre")).headers.get("ETag")!;
    expect((await apiCall("/interviews/northwind-sre", { method: "DELETE", headers: { "If-Match": current } })).status).toBe(204);
  });

  it("refuses a PUT with If-Match once the interview is deleted, rather than create it again", async () => {
    await apiCall("/interviews", { method: "POST", body: JSON.stringify(northwind) });
    const etag = (await apiCall("/interviews/northwind-sre")).headers.get("ETag")!;
    await apiCall("/interviews/northwind-sre", { method: "DELETE" });
    const response = await put("/interviews/northwind-sre", northwind, etag);
    expect(response.status).toBe(412);
    expect(await response.json()).toEqual({ errors: ["If-Match: no interview with that id is saved (deleted since that version was read, or never created); PUT it without If-Match to create it"] });
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview("northwind-sre")).toBeNull();
    // Deleting what is gone stays a 404, whatever the precondition.
    expect((await apiCall("/interviews/northwind-sre", { method: "DELETE", headers: { "If-Match": etag } })).status).toBe(404);
  });

  it("sends an ETag for the settings and refuses a stale PUT with 412", async () => {
    const first = (await apiCall("/settings")).headers.get("ETag")!;
    expect(first).toMatch(ETAG);
    const saved = await put("/settings", { timeZone: "Europe/Berlin" }, first);
    expect(saved.status).toBe(200);
    expect(saved.headers.get("ETag")).toBe((await apiCall("/settings")).headers.get("ETag"));
    const stale = await put("/settings", { timeZone: "Asia/Tokyo" }, first);
    expect(stale.status).toBe(412);
    expect(await stale.json()).toEqual({ errors: [`If-Match: the settings were changed since that version was read (they are now ${saved.headers.get("ETag")}); GET them again, make your change to what they hold now and send that ETag`] });
    expect((await new KvStore(env.FOLLOWUP_KV).getSettings()).timeZone).toBe("Europe/Berlin");
    // Without If-Match, a PUT replaces whatever is saved, as before.
    expect((await put("/settings", { timeZone: "Asia/Tokyo" })).status).toBe(200);
  });
});
