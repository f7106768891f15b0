/**
 * Versions of stored values (ETag / If-Match and the forms' hidden field) and the list of
 * what a saved version holds that a stale form does not.
 */
import { describe, expect, it } from "vitest";
import { parseFacts, type Interview } from "../../src/facts/schema.js";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import { interviewChanges, settingsChanges } from "../../src/web/changes.js";
import { etagOf, ifMatchHolds, versionOf } from "../../src/web/versions.js";
import facts from "../fixtures/facts.json";

const parsed = parseFacts(facts);
if (!parsed.ok) throw new Error("fixture facts invalid");
const northwind: Interview = parsed.facts.interviews[0]!;

describe("versionOf", () => {
  it("is the hex SHA-256 of the value's JSON, whatever order its keys come in", async () => {
    const version = await versionOf({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } });
    expect(await versionOf({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 })).toBe(version);
    // The digest of {"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}, so another implementation can check it.
    expect(version).toBe("73ddca8469c65c477e16de945fb9f480683e9c80dbc581701b54792c73a73809");
  });

  it("changes with any value, and leaves out what JSON leaves out", async () => {
    expect(await versionOf({ ...northwind, role: "SRE II" })).not.toBe(await versionOf(northwind));
    expect(await versionOf({ ...northwind, interviewers: [...northwind.interviewers].reverse() })).not.toBe(await versionOf(northwind));
    expect(await versionOf({ ...northwind, format: undefined })).toBe(await versionOf((({ format: _, ...rest }) => rest)(northwind)));
  });

  it("quotes a version as a strong entity tag", () => {
    expect(etagOf("abc")).toBe('"abc"');
  });
});

describe("ifMatchHolds (strong comparison, RFC 9110 13.1.1)", () => {
  const current = "a".repeat(64);
  it("holds without the header, for the current tag, a list holding it, or * while a value is saved", () => {
    expect(ifMatchHolds(undefined, current)).toBe(true);
    expect(ifMatchHolds(undefined, null)).toBe(true);
    expect(ifMatchHolds(etagOf(current), current)).toBe(true);
    expect(ifMatchHolds(` "x" ,${etagOf(current)}`, current)).toBe(true);
    expect(ifMatchHolds("*", current)).toBe(true);
  });

  it("fails for another tag, a weak tag, an unquoted one, or any tag once nothing is saved", () => {
    expect(ifMatchHolds(etagOf("b".repeat(64)), current)).toBe(false);
    expect(ifMatchHolds(`W/${etagOf(current)}`, current)).toBe(false);
    expect(ifMatchHolds(current, current)).toBe(false);
    expect(ifMatchHolds(etagOf(current), null)).toBe(false);
    expect(ifMatchHolds("*", null)).toBe(false);
    expect(ifMatchHolds("", current)).toBe(false);
  });
});

describe("interviewChanges", () => {
  it("names each field the saved version holds otherwise, with its value", () => {
    const saved = { ...northwind, role: "SRE II", topics: ["one", "two"], concerns: [], interviewers: northwind.interviewers.map((p, i) => (i === 1 ? { ...p, email: undefined } : p)) };
    expect(interviewChanges(northwind, saved, "UTC")).toEqual([
      { label: "Role", text: "saved as “SRE II”" },
      { label: "Topics", text: "saved as “one; two”" },
      { label: "Concerns to address", text: "empty in the saved version" },
      { label: "Interviewer 2, Email", text: "empty in the saved version" },
    ]);
    expect(interviewChanges(northwind, northwind, "UTC")).toEqual([]);
  });

  it("shows times as the form shows them, and rows only one side has", () => {
    const [first, second, third] = northwind.interviewers as [Interview["interviewers"][number], Interview["interviewers"][number], Interview["interviewers"][number]];
    const saved = { ...northwind, start: "2026-11-17T12:00:00-05:00", interviewers: [first, second] };
    expect(interviewChanges({ ...northwind, interviewers: [first, second, third] }, saved, "America/New_York")).toEqual([
      { label: "Start", text: "saved as “2026-11-17T12:00”" },
      { label: "Interviewer 3", text: "not in the saved version" },
    ]);
    expect(interviewChanges({ ...northwind, interviewers: [first] }, saved, "UTC")).toEqual([
      { label: "Start", text: "saved as “2026-11-17T17:00”" },
      { label: "Interviewer 2", text: "only in the saved version (Tomasz Kowalski-Nowak)" },
    ]);
  });

  it("cuts a long saved value", () => {
    const [change] = interviewChanges(northwind, { ...northwind, news: ["x".repeat(500)] }, "UTC");
    expect(change!.text).toBe(`saved as “${"x".repeat(200)}…”`);
  });
});

describe("settingsChanges", () => {
  it("names the settings fields that differ; the order of rules turned off does not count", () => {
    const yours = { ...DEFAULT_SETTINGS, disabledRules: ["news", "concern"] as typeof DEFAULT_SETTINGS.disabledRules, personalWords: ["kubectl"] };
    const saved = { ...DEFAULT_SETTINGS, disabledRules: ["concern", "news"] as typeof DEFAULT_SETTINGS.disabledRules, timeZone: "Europe/Berlin", lateErrorHours: 48 };
    expect(settingsChanges(yours, saved)).toEqual([
      { label: "Time zone", text: "saved as “Europe/Berlin”" },
      { label: "Too late: hours after the end", text: "saved as “48”" },
      { label: "Your words", text: "empty in the saved version" },
    ]);
  });
});
