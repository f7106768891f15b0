/**
 * The interview index on KV (KvStore over MemoryKv, which answers as workerd's KV does, see
 * test/worker/memory-kv.test.ts): built from interviews saved before it existed, kept right by
 * every write, and put right when a read finds it out of date, since KV has no transactions
 * and two writes of one shard at once keep only the later.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { parseFacts } from "../../src/facts/schema.js";
import { matchSaved } from "../../src/match.js";
import { entriesByShard, entryOf, EVERY_SHARD, INDEX_SHARDS, pageOf, shardOf } from "../../src/store/interview-index.js";
import { INDEX_KEYS } from "../../src/store/kv-keys.js";
import { KvStore } from "../../src/store/kv-store.js";
import { MemoryKv } from "../../src/store/memory-kv.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import type { Interview } from "../../src/types.js";
import { generatedInterviews } from "../helpers/many-interviews.js";
import { makeParsed } from "../helpers/message.js";
import facts from "../fixtures/facts.json";
import { countingKv } from "../worker/counting-kv.js";

const parsed = parseFacts(facts);
if (!parsed.ok) throw new Error("fixture facts invalid");
const [northwind, contoso] = parsed.facts.interviews as [Interview, Interview];
const at = new Date("2026-11-18T12:00:00Z");
const PRIYA = "priya.raman@northwind.example";
const note = (text: string) => makeParsed({ note: { text, greeting: text.split("\n", 1)[0]!, subject: "Thank you" } }).note;

/** A MemoryKv whose listings leave out `hidden` keys, as a KV list can lag a fresh write. */
class LaggingKv extends MemoryKv {
  readonly hidden = new Set<string>();
  override async list(options: { prefix?: string }) {
    const page = await super.list(options);
    return { ...page, keys: page.keys.filter((k) => !this.hidden.has(k.name)) };
  }
}

/** A MemoryKv whose writes of the index fail while `failIndexWrites` is set. */
class FailingIndexKv extends MemoryKv {
  failIndexWrites = false;
  override async put(key: string, value: string) {
    if (this.failIndexWrites && INDEX_KEYS.includes(key)) throw new Error("KV PUT failed: 500");
    return super.put(key, value);
  }
}

let kv: MemoryKv;
const raw = () => kv as unknown as KVNamespace;
/** A store as a new request makes it: nothing remembered from the last one. */
const store = () => new KvStore(raw());
/** Saves facts the way code before the index did, or a write the index never heard of. */
const putBehind = (interview: Interview) => kv.put(`interview:${interview.id}`, JSON.stringify(interview));
const ids = async () => (await store().interviewIndex()).entries.map((e) => e.id).sort();
const allKeys = async () => (await kv.list({})).keys.map((k) => k.name);

beforeEach(() => {
  kv = new MemoryKv();
});

describe("the interview index on KV", () => {
  it("stays unwritten in an empty store", async () => {
    expect((await store().interviewIndex()).entries).toEqual([]);
    expect(await allKeys()).toEqual([]);
  });

  it("is built from interviews saved before it existed, then read in one bulk read", async () => {
    for (const interview of [northwind, contoso, ...generatedInterviews(40)]) await putBehind(interview);
    expect(await ids()).toHaveLength(42);
    expect((await allKeys()).filter((k) => k.startsWith("index:"))).toHaveLength(INDEX_SHARDS);

    const counted = countingKv(raw());
    const index = await new KvStore(counted.kv).interviewIndex();
    expect(index.get("northwind-sre")).toEqual({
      id: "northwind-sre",
      company: "Northwind Logistics",
      companyAliases: ["Northwind"],
      role: "Senior Site Reliability Engineer",
      start: northwind.start,
      end: northwind.end,
      interviewers: northwind.interviewers.map((p) => ({ name: p.name, email: p.email, title: p.title })),
    });
    expect(counted.counts).toEqual({ get: 1, put: 0, list: 0, delete: 0 });
  });

  it("follows every put and delete, and an import's batch in one write per shard", async () => {
    await putBehind(northwind);
    await store().interviewIndex();
    await store().putInterview(contoso);
    await store().putInterview({ ...northwind, company: "Northwind Freight" });
    expect((await store().interviewIndex()).get("northwind-sre")?.company).toBe("Northwind Freight");
    await store().deleteInterview("contoso-pm");
    expect(await ids()).toEqual(["northwind-sre"]);

    const batch = generatedInterviews(30);
    const writer = store();
    for (const interview of batch) await writer.putInterview(interview, { deferIndex: true });
    expect(await ids()).toEqual(["northwind-sre"]);
    const counted = countingKv(raw());
    await new KvStore(counted.kv).indexInterviews(batch);
    expect(counted.counts.get).toBe(1);
    expect(counted.counts.put).toBe(new Set(batch.map((i) => shardOf(i.id))).size);
    expect(await ids()).toEqual(["northwind-sre", ...batch.map((i) => i.id)].sort());
  });

  it("rebuilds a shard that could not be written, or that holds something unreadable", async () => {
    const failing = new FailingIndexKv();
    kv = failing;
    await putBehind(northwind);
    await store().interviewIndex();
    failing.failIndexWrites = true;
    // The interview is saved though its shard is not; the shard is deleted so that the next read rebuilds it.
    await store().putInterview(contoso);
    expect(await allKeys()).not.toContain(INDEX_KEYS[shardOf("contoso-pm")]);
    failing.failIndexWrites = false;
    expect(await ids()).toEqual(["contoso-pm", "northwind-sre"]);

    await kv.put(INDEX_KEYS[shardOf("northwind-sre")]!, "{not json");
    expect(await ids()).toEqual(["contoso-pm", "northwind-sre"]);
  });

  it("is put right by a full read, keeping an entry whose key the listing does not show yet", async () => {
    const lagging = new LaggingKv();
    kv = lagging;
    await putBehind(northwind);
    await putBehind(contoso);
    await store().interviewIndex();
    // Writes the index lost (two at once on one shard keep only the later), and one the listing has not caught up with.
    await putBehind({ ...northwind, company: "Northwind Freight" });
    await kv.delete("interview:contoso-pm");
    const [fresh] = generatedInterviews(1);
    await putBehind(fresh!);
    await store().putInterview({ ...fresh!, id: "just-saved" });
    lagging.hidden.add("interview:just-saved");
    expect(await ids()).toEqual(["contoso-pm", "just-saved", "northwind-sre"]);

    expect((await store().listInterviews()).map((i) => i.id)).toEqual(["firm-0000", "northwind-sre"]);
    const index = await store().interviewIndex();
    expect(index.entries.map((e) => e.id).sort()).toEqual(["firm-0000", "just-saved", "northwind-sre"]);
    expect(index.get("northwind-sre")?.company).toBe("Northwind Freight");
  });
});

describe("matching by the index", () => {
  const read = (s: KvStore) => (wanted: string[]) => s.getInterviews(wanted);

  beforeEach(async () => {
    await store().putInterview(northwind);
    await store().putInterview(contoso);
    await store().interviewIndex();
  });

  it("reads only the interview it chooses, and gives the rules the others from the index", async () => {
    const counted = countingKv(raw());
    const s = new KvStore(counted.kv);
    const index = await s.interviewIndex();
    const { match, otherInterviews } = await matchSaved(index, read(s), note("Hi Priya,\n\nThanks."), [PRIYA], null, at);
    expect(match).toMatchObject({ matchedBy: "recipients", interview: northwind, addressee: { name: "Priya Raman" } });
    expect(counted.total).toBe(2);
    // Who and which company, not what was said: the index keeps no topics, requests, concerns or news.
    const { id, company, companyAliases, role, start, end } = contoso;
    expect(otherInterviews).toStrictEqual([
      {
        id,
        company,
        companyAliases,
        role,
        start,
        end,
        interviewers: [{ name: "Dr. Amara Okafor", email: "amara.okafor@contoso.example", title: "VP Product", topics: [], requests: [] }],
        topics: [],
        requests: [],
        concerns: [],
        news: [],
        decisionBy: null,
        sendBy: null,
      },
    ]);
    // The same objects while the stored index is unchanged: what the rules remember per interview carries over.
    const again = await matchSaved(await store().interviewIndex(), read(store()), note("Hi Priya,\n\nThanks."), [PRIYA], null, at);
    expect(again.otherInterviews[0]).toBe(otherInterviews[0]);
  });

  it("chooses again when the interview it read was changed or deleted since its entry was written, and puts the entry right", async () => {
    await putBehind({ ...northwind, interviewers: northwind.interviewers.map((p) => ({ ...p, email: undefined })) });
    const s = store();
    const moved = await matchSaved(await s.interviewIndex(), read(s), note("Hi Priya,\n\nThanks."), [PRIYA], null, at);
    // Priya's address is no longer saved: her name still points to the interview.
    expect(moved.match).toMatchObject({ matchedBy: "names", interview: { id: "northwind-sre" }, recipients: [] });
    expect((await store().interviewIndex()).get("northwind-sre")?.interviewers[0]).toEqual({ name: "Priya Raman", title: "Director of Infrastructure" });

    await kv.delete("interview:contoso-pm");
    const t = store();
    const gone = await matchSaved(await t.interviewIndex(), read(t), note("Dear Dr. Okafor,\n\nThanks."), ["amara.okafor@contoso.example"], null, at);
    expect(gone.match.interview).toBeNull();
    expect(gone.otherInterviews.map((i) => i.id)).toEqual(["northwind-sre"]);
    expect(await ids()).toEqual(["northwind-sre"]);
  });

  it("reads a tagged interview the index does not list yet", async () => {
    const [late] = generatedInterviews(1);
    await putBehind(late!);
    const s = store();
    const { match } = await matchSaved(await s.interviewIndex(), read(s), note("Hi,\n\nThanks."), [], "firm-0000", at);
    expect(match).toMatchObject({ matchedBy: "tag", interview: { id: "firm-0000" } });
    expect(await ids()).toContain("firm-0000");
    // A tag that is no interview id reads nothing.
    const none = await matchSaved(await s.interviewIndex(), read(s), note("Hi,\n\nThanks."), [], "Not An Id", at);
    expect(none.match.interview).toBeNull();
  });

  it("matches the same on the CLI's MemoryStore", async () => {
    const memory = new MemoryStore([northwind, contoso]);
    const { match, otherInterviews } = await matchSaved(await memory.interviewIndex(), (wanted) => memory.getInterviews(wanted), note("Dear Dr. Okafor,\n\nThanks."), [], null, at);
    expect(match).toMatchObject({ matchedBy: "names", interview: contoso });
    expect(otherInterviews.map((i) => i.id)).toEqual(["northwind-sre"]);
    const byId = (entries: readonly { id: string }[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId((await memory.interviewIndex()).entries)).toEqual(byId((await store().interviewIndex()).entries));
  });
});

describe("entriesByShard", () => {
  it("files each interview's entry under its shard, with a list for every shard asked for, and passes over missing ones", () => {
    const many = generatedInterviews(40);
    const filed = entriesByShard(EVERY_SHARD, [...many, null, undefined]);
    expect([...filed.keys()]).toEqual(EVERY_SHARD);
    expect(EVERY_SHARD).toHaveLength(INDEX_SHARDS);
    for (const [shard, entries] of filed) expect(entries).toEqual(many.filter((i) => shardOf(i.id) === shard).map(entryOf));
    const one = shardOf(northwind.id);
    expect([...entriesByShard([one], [northwind])]).toEqual([[one, [entryOf(northwind)]]]);
  });
});

describe("pageOf", () => {
  const items = Array.from({ length: 120 }, (_, i) => i);
  it("cuts a list into pages and says where each starts and ends", () => {
    expect(pageOf(items, 3, 50)).toEqual({ items: items.slice(100), page: 3, pages: 3, total: 120, first: 101, last: 120 });
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pages: 1, total: 0, first: 0, last: 0 });
  });

  it("shows the first page for a page before it or no page number, the last for one after it", () => {
    for (const requested of [0, -2, Number.NaN, 1.5]) expect(pageOf(items, requested, 50).page).toBe(1);
    expect(pageOf(items, 99, 50)).toMatchObject({ page: 3, first: 101 });
  });
});
