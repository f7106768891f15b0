/**
 * Backups must restore: whatever the Worker can hold (interviews as the API and forms accept
 * them, settings, and sent copies logged by the pipeline, extreme ones included), its export
 * imports into an empty store unchanged: a second export equals the first.
 */
import { env } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interviewSchema, type Interview } from "../../src/facts/schema.js";
import { settingsSchema } from "../../src/settings.js";
import { sendRecord } from "../../src/send-log.js";
import { KvStore } from "../../src/store/kv-store.js";
import { RULE_IDS, type Settings } from "../../src/types.js";
import { MAX_API_BYTES } from "../../src/web/limits.js";
import { apiCall, clearKv } from "./web-client.js";

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Text a form or the API accepts for a field of `max` characters: plain, padded, any code point, the exact maximum. */
const text = (max: number) =>
  fc
    .oneof(
      { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
      { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom(" padded ", "\tTab\n", "Ünïcödé 漢字 🙂", '"quoted" \\ </script>') },
      { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: max, maxLength: max }) },
    )
    .map((s) => s.slice(0, max))
    .filter((s) => s.trim().length > 0);

/** Lists of up to 50 entries: mostly short, sometimes full. */
const list = (max: number) => fc.oneof({ weight: 8, arbitrary: fc.array(text(max), { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(text(max), { minLength: 50, maxLength: 50 }) });

const email = fc.oneof(
  fc.tuple(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.stringMatching(/^[a-z]{2,12}$/)).map(([local, domain]) => `${local}@${domain}.example`),
  fc.constant(`${"a".repeat(64)}@${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(59)}.example`),
);

/** An ISO time with a Z or a numeric offset, as the schema takes them. */
const isoTime = (ms: number, offsetMinutes: number | null) => {
  if (offsetMinutes === null) return new Date(ms).toISOString();
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};
const offset = fc.option(fc.integer({ min: -48, max: 56 }).map((q) => q * 15));
const when = fc.tuple(fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2099, 0, 1) / 1000 }).map((s) => s * 1000), offset);
const dueBy = fc.option(fc.oneof(when.map(([ms, off]) => isoTime(ms, off)), when.map(([ms]) => new Date(ms).toISOString().slice(0, 10))));

const interviewer = fc.record(
  { name: text(120), email, title: text(200), topics: list(500), requests: list(500) },
  { requiredKeys: ["name"] },
);

/** An interview as the API or a form would store it: validated, at most 128 KB as JSON. */
const interview = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,64}$/),
    company: text(200),
    companyAliases: list(200),
    role: text(200),
    start: when,
    minutes: fc.integer({ min: 1, max: 60 * 24 * 3 }),
    format: fc.option(text(40), { nil: undefined }),
    interviewers: fc.oneof({ weight: 6, arbitrary: fc.array(interviewer, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(interviewer, { minLength: 30, maxLength: 30 }) }),
    topics: list(500),
    requests: list(500),
    concerns: list(500),
    news: list(500),
    decisionBy: dueBy,
    sendBy: dueBy,
  })
  .map(({ start: [ms, off], minutes, format, ...rest }) => interviewSchema.safeParse({ ...rest, ...(format === undefined ? {} : { format }), start: isoTime(ms, off), end: isoTime(ms + minutes * 60_000, off) }))
  .filter((parsed) => parsed.success && utf8Bytes(parsed.data) <= MAX_API_BYTES)
  .map((parsed) => parsed.data as Interview);

/** Settings as the settings page or the API would store them. */
const settings = fc
  .record({
    ownerAddresses: fc.oneof(fc.array(email, { maxLength: 2 }), fc.array(email, { minLength: 20, maxLength: 20 })),
    tooEarlyMinutes: fc.integer({ min: 0, max: 1440 }),
    lateWarningHours: fc.double({ min: Number.MIN_VALUE, max: 720, noNaN: true }),
    lateErrorHours: fc.double({ min: Number.MIN_VALUE, max: 1440, noNaN: true }),
    longWarningWords: fc.integer({ min: 1, max: 5000 }),
    longErrorWords: fc.integer({ min: 1, max: 10000 }),
    personalWords: fc.oneof(fc.array(text(64), { maxLength: 5 }), fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 2000, maxLength: 2000 })),
    disabledRules: fc.subarray([...RULE_IDS]),
    reminders: fc.boolean(),
    timeZone: fc.constantFrom("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "America/Argentina/Buenos_Aires"),
  })
  .map((raw) => settingsSchema.parse(raw) as Settings)
  .filter((s) => utf8Bytes(s) <= MAX_API_BYTES);

/** Header text as mail can carry it: anything, of any length. */
const headerText = fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 900, maxLength: 2000 }) });
const address = fc.oneof({ weight: 6, arbitrary: email }, { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 300 }).map((s) => `${s}@x.example`.toLowerCase()) });

/** What a sent copy can bring to the log: any Message-ID (or none), any Date, any number of recipients. */
const sentCopy = (owner: Interview) =>
  fc.record({
    messageId: fc.oneof(fc.constant(null), fc.stringMatching(/^<[a-z0-9.]{1,30}@[a-z]{1,12}\.example>$/), fc.string({ unit: "binary", minLength: 990, maxLength: 3000 }).map((s) => `<${s.replace(/[\s<>]/g, "x")}>`)),
    at: fc.oneof({ weight: 4, arbitrary: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }) }, { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) }),
    recipients: fc.oneof({ weight: 4, arbitrary: fc.array(address, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(address, { minLength: 95, maxLength: 150 }) }),
    interviewers: fc.subarray(owner.interviewers.map((p) => p.name)),
    subject: headerText,
    fingerprint: fc.oneof(fc.constant<number[]>([]), fc.array(fc.nat({ max: 0xffffffff }), { minLength: 64, maxLength: 64 })),
  });

const RECEIVED = new Date("2026-11-18T09:00:00Z");

/** A store the Worker could hold, with sent copies built the way the pipeline builds them. */
const storeContents = fc
  .uniqueArray(interview, { selector: (i) => i.id, minLength: 1, maxLength: 4 })
  .chain((interviews) =>
    fc.record({
      interviews: fc.constant(interviews),
      settings: fc.option(settings),
      sends: fc.tuple(...interviews.map((owner) => fc.array(sentCopy(owner), { maxLength: 3 }).map((copies) => copies.map((copy) => sendRecord({ interviewId: owner.id, receivedAt: RECEIVED, ...copy }))))).map((all) => all.flat()),
    }),
  );

describe("export, import into an empty store, export again", () => {
  it("gives back the same export, whatever the store held", { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(storeContents, async (contents) => {
        await clearKv();
        const store = new KvStore(env.FOLLOWUP_KV);
        for (const i of contents.interviews) await store.putInterview(i);
        if (contents.settings) await store.putSettings(contents.settings);
        for (const send of contents.sends) await store.logSend(send);
        const exported = await (await apiCall("/export")).text();

        await clearKv();
        const imported = await apiCall("/import", { method: "POST", body: exported });
        const answer = (await imported.json()) as unknown;
        const { sends } = JSON.parse(exported) as { sends: unknown[] };
        expect(answer).toEqual({ imported: { interviews: contents.interviews.length, sends: sends.length } });
        expect(await (await apiCall("/export")).json()).toEqual(JSON.parse(exported));
      }),
      // Each run goes through KV and the app; a failure's shrinking is bounded so it reports within minutes.
      { numRuns: 60, interruptAfterTimeLimit: 90_000 },
    );
  });
});
