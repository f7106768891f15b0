import { describe, expect, it } from "vitest";
import { storeFacts } from "../../scripts/bench/entry.js";
import { FACTS_JSON } from "../../scripts/bench/inputs.js";
import { INDEX_KEYS, interviewKey } from "../../src/store/kv-keys.js";
import { KvStore } from "../../src/store/kv-store.js";
import { MemoryKv } from "../../src/store/memory-kv.js";

const { interviews } = FACTS_JSON as { interviews: { id: string }[] };

describe("storeFacts", () => {
  it("holds the index values a KvStore writes for the same interviews, so a timed check reads them rather than rebuilding them", async () => {
    const { kv } = await storeFacts(FACTS_JSON);
    // What the Worker's store writes when it builds the index from the interviews alone.
    const built = new MemoryKv() as unknown as KVNamespace;
    for (const interview of interviews) await built.put(interviewKey(interview.id), JSON.stringify(interview));
    await new KvStore(built).interviewIndex();
    for (const key of INDEX_KEYS) expect(await kv.get(key), key).toBe(await built.get(key));
    for (const interview of interviews) expect(await kv.get(interviewKey(interview.id))).toBe(JSON.stringify(interview));
  });

  it("stores a user's settings as the web app saves them, so a timed check reads and validates them as a Worker does", async () => {
    const { store } = await storeFacts({ ...(FACTS_JSON as object), settings: { timeZone: "Europe/Berlin" } });
    expect(await store.timeZoneChosen()).toBe(true);
    expect((await store.getSettings()).timeZone).toBe("Europe/Berlin");
    expect(await (await storeFacts(FACTS_JSON)).store.timeZoneChosen()).toBe(false);
  });
});
