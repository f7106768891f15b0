import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkMessage } from "../src/pipeline.js";
import { isTimeZone, settingsSchema } from "../src/settings.js";
import { KvStore } from "../src/store/kv-store.js";
import { SETTINGS_KEY } from "../src/store/kv-keys.js";
import { MemoryKv } from "../src/store/memory-kv.js";
import { withCommas } from "../src/text/count.js";
import { wallClockInZone, zoneOffsetMinutes } from "../src/time-zone.js";
import { knownTimeZones } from "../src/web/time.js";
import { warmUp } from "../src/worker/warm-up.js";
import { corpusBytes, manifest } from "./helpers/corpus.js";
import { FACTS } from "./helpers/context.js";

/**
 * What would build ICU's state: every Intl constructor and the locale-sensitive methods. An
 * isolate's first costs 11–17 ms of CPU (docs/performance.md), more than a free-plan email's or
 * page's budget, so nothing on the paths below may call one. Its own file, so no other test has
 * built one first (the zone modules remember what Intl answered).
 */
const calls: string[] = [];
const restore: (() => void)[] = [];

beforeAll(() => {
  for (const name of Object.getOwnPropertyNames(Intl) as (keyof typeof Intl)[]) {
    const real = Intl[name];
    if (typeof real !== "function") continue;
    const counted = new Proxy(real, {
      construct: (target, args) => (calls.push(`new Intl.${name}`), Reflect.construct(target as never, args)),
      apply: (target, self, args) => (calls.push(`Intl.${name}()`), Reflect.apply(target as never, self, args)),
    });
    Object.defineProperty(Intl, name, { value: counted, configurable: true, writable: true });
    restore.push(() => Object.defineProperty(Intl, name, { value: real, configurable: true, writable: true }));
  }
  const methods: [object, string][] = [[String.prototype, "localeCompare"], [String.prototype, "toLocaleLowerCase"], [String.prototype, "toLocaleUpperCase"], [Number.prototype, "toLocaleString"], [Date.prototype, "toLocaleString"], [Date.prototype, "toLocaleDateString"], [Date.prototype, "toLocaleTimeString"], [Array.prototype, "toLocaleString"]];
  for (const [proto, name] of methods) {
    const real = (proto as Record<string, (...args: unknown[]) => unknown>)[name]!;
    Object.defineProperty(proto, name, { value: function (this: unknown, ...args: unknown[]) { calls.push(name); return real.apply(this, args); }, configurable: true, writable: true });
    restore.push(() => Object.defineProperty(proto, name, { value: real, configurable: true, writable: true }));
  }
});
afterAll(() => restore.forEach((undo) => undo()));
// Each case answers for its own calls.
beforeEach(() => {
  calls.length = 0;
});

describe("nothing a user's email or the web app's lists need builds an Intl object", () => {
  it("the Worker's start-up checks", async () => {
    expect(await warmUp()).toBe("done");
    expect(calls).toEqual([]);
  });

  it("every shared corpus message, checked against stored facts and settings with a time zone", async () => {
    const kv = new MemoryKv() as unknown as KVNamespace;
    const store = new KvStore(kv);
    for (const interview of FACTS.interviews) await store.putInterview(interview);
    await kv.put(SETTINGS_KEY, JSON.stringify(settingsSchema.parse({ timeZone: "Europe/Berlin" })));
    const now = new Date("2026-11-17T19:00:00-05:00");
    for (const { file } of manifest()) {
      await checkMessage({ raw: corpusBytes(file), envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now, appUrl: "https://check.example.com" }, store);
      expect(calls, file).toEqual([]);
    }
  });

  it("the zones of the table: validated and converted, a change of offset included", () => {
    expect(isTimeZone("Pacific/Chatham")).toBe(true);
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    // 01:30 on the day New York falls back happens twice; 02:30 on the day it springs forward never does.
    expect(wallClockInZone(Date.UTC(2026, 10, 1, 1, 30), "America/New_York").offset).toBe(-240);
    expect(wallClockInZone(Date.UTC(2026, 2, 8, 12, 0), "America/New_York").offset).toBe(-240);
    expect(zoneOffsetMinutes("Australia/Lord_Howe", Date.UTC(2026, 0, 15))).toBe(660);
    expect(zoneOffsetMinutes("Asia/Kathmandu", Date.UTC(2026, 0, 15))).toBe(345);
    expect(calls).toEqual([]);
  });

  it("the time zones to offer, and counts", () => {
    expect(knownTimeZones()[0]).toBe("UTC");
    expect(withCommas(3153)).toBe("3,153");
    expect(calls).toEqual([]);
  });
});
