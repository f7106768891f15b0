/**
 * planImport: values the schemas normalise (trimmed, defaulted) must come through normalised,
 * and bad input must get one specific line per problem, never an exception.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import { planImport, type ImportResult } from "../../src/web/transfer.js";
import facts from "../fixtures/facts.json";
import { SAMPLE_SEND } from "../helpers/send-record.js";

const northwind = facts.interviews[0]!;
const NONE: ReadonlySet<string> = new Set();

const send = SAMPLE_SEND;

/** The plan of an import that must succeed; fails the test with the errors otherwise. */
function plan(input: unknown, known: ReadonlySet<string> = NONE) {
  const result = planImport(input, known);
  expect(result).toMatchObject({ ok: true });
  return (result as Extract<ImportResult, { ok: true }>).plan;
}

/** The errors of an import that must fail, as the API's lines naming each field. */
function errors(input: unknown, known: ReadonlySet<string> = NONE): string[] {
  const result = planImport(input, known);
  expect(result.ok).toBe(false);
  return (result as Extract<ImportResult, { ok: false }>).problems.map((p) => p.line);
}

describe("planImport: values the schema normalises", () => {
  it("trims strings and defaults missing or undefined lists (zod's intersection threw on these)", () => {
    const { interviews } = plan({
      interviews: [{ ...northwind, company: " Acme ", role: "SRE\n", topics: undefined, news: undefined, interviewers: [{ name: "  Priya Raman ", requests: undefined }] }],
    });
    expect(interviews[0]).toMatchObject({ company: "Acme", role: "SRE", topics: [], news: [], interviewers: [{ name: "Priya Raman", topics: [], requests: [] }] });
  });

  it("normalises settings and keeps the send log alongside normalised interviews", () => {
    const result = plan({ interviews: [{ ...northwind, company: " Acme " }], settings: { personalWords: [" kubectl "], timeZone: "Europe/Berlin" }, sends: [send] });
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, personalWords: ["kubectl"], timeZone: "Europe/Berlin" });
    expect(result.sends).toEqual([send]);
    expect(result.interviews[0]!.company).toBe("Acme");
  });

  it("cuts a send logged before the log kept to its limits, as the log now does, rather than refuse the backup", () => {
    const recipients = Array.from({ length: 101 }, (_, i) => `person${i}@example.com`);
    const old = { ...send, recipients, subject: "s".repeat(1400), messageId: `<${"m".repeat(1200)}>` };
    const [restored] = plan({ interviews: [northwind], sends: [old] }).sends;
    expect(restored).toEqual({ ...send, recipients: recipients.slice(0, 100), subject: "s".repeat(998), messageId: `<${"m".repeat(997)}` });
  });

  it("accepts a file with only interviews: no settings, no sends", () => {
    const result = plan(facts);
    expect(result.settings).toBeNull();
    expect(result.sends).toEqual([]);
    expect(result.interviews.map((i) => i.id)).toEqual(["northwind-sre", "contoso-pm"]);
  });
});

describe("planImport: bad input gets specific errors", () => {
  it("reports a value that is empty once trimmed (zod's intersection threw here too)", () => {
    expect(errors({ interviews: [{ ...northwind, company: "   " }] })).toEqual(["interviews[0].company: must not be empty"]);
  });

  it("rejects unknown fields, naming them, wherever they are", () => {
    expect(errors({ interviews: [{ ...northwind, extra: 1 }] })).toEqual(["interviews[0].extra: unknown field"]);
    expect(errors({ interviews: [{ ...northwind, interviewers: [{ name: "A", nick: "b" }] }] })).toEqual(["interviews[0].interviewers[0].nick: unknown field"]);
    expect(errors({ interviews: [northwind], settings: { timezone: "UTC", foo: 1 } })).toEqual(["settings.timezone: unknown field; settings.foo: unknown field"]);
    expect(errors({ interviews: [northwind], sends: [{ ...send, extra: 1 }] })).toEqual(["sends[0].extra: unknown field"]);
    // A mistyped top-level key would otherwise drop what it holds (here the send log) without a word.
    expect(errors({ interviews: [northwind], send: [send] })).toEqual(["send: unknown field"]);
  });

  it("says what is wrong with invalid values", () => {
    expect(errors({})).toEqual(["interviews: is required"]);
    expect(errors({ interviews: 3 })).toEqual(["interviews: Invalid input: expected array, received number"]);
    expect(errors({ interviews: [northwind, northwind] })).toEqual(['interviews[1].id: duplicate id "northwind-sre"']);
    expect(errors({ interviews: [northwind], settings: { tooEarlyMinutes: 5000, reminders: "yes" } })).toEqual([
      "settings.tooEarlyMinutes: Too big: expected number to be <=1440",
      "settings.reminders: Invalid input: expected boolean, received string",
    ]);
    expect(errors({ interviews: [northwind], settings: null })).toEqual(["settings: Invalid input: expected object, received null"]);
    expect(errors({ interviews: [northwind], sends: {} })).toEqual(["sends: Invalid input: expected array, received object"]);
    expect(errors({ interviews: [northwind], sends: [{ ...send, interviewId: "Bad", sentAt: "x" }] })).toEqual([
      "sends[0].interviewId: must be a valid interview id",
      "sends[0].sentAt: Invalid ISO datetime",
    ]);
  });

  it("reports problems in interviews, settings and sends together, in that order", () => {
    expect(errors({ interviews: [{ ...northwind, company: " " }], settings: { foo: 1 }, sends: [{ ...send, extra: 1 }] })).toEqual([
      "interviews[0].company: must not be empty",
      "settings.foo: unknown field",
      "sends[0].extra: unknown field",
    ]);
  });

  it("says once that a file which is not an object is not one", () => {
    for (const [input, type] of [[null, "null"], [[], "array"], ["x", "string"]] as const) {
      expect(errors(input)).toEqual([`(top level): Invalid input: expected object, received ${type}`]);
    }
  });

  it("rejects sends for interviews neither in the file nor saved, and accepts saved ones", () => {
    const orphan = { interviews: [northwind], sends: [{ ...send, interviewId: "ghost" }] };
    expect(errors(orphan)).toEqual(['sends[0].interviewId: no interview "ghost" in the file or saved']);
    expect(plan(orphan, new Set(["ghost"])).sends).toHaveLength(1);
  });
});
