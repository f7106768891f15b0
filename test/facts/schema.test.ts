import { describe, expect, it } from "vitest";
import { parseFacts } from "../../src/facts/schema.js";
import facts from "../fixtures/facts.json";
import { MINIMAL_INTERVIEW } from "../helpers/minimal-interview.js";

const minimal = MINIMAL_INTERVIEW;
const errorsOf = (input: unknown) => {
  const result = parseFacts(input);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
};

describe("facts schema", () => {
  it("accepts the spec's example and fills optional lists with defaults", () => {
    const result = parseFacts({ interviews: [minimal] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.facts.interviews[0]).toMatchObject({
      companyAliases: [],
      topics: [],
      requests: [],
      concerns: [],
      news: [],
      decisionBy: null,
      sendBy: null,
      interviewers: [{ name: "Sam Lee", topics: [], requests: [] }],
    });
    expect(parseFacts(facts).ok).toBe(true);
  });

  it("accepts extra top-level keys of an export (settings, the send log)", () => {
    expect(parseFacts({ interviews: [minimal], settings: {}, sends: [] }).ok).toBe(true);
  });

  it("names the field and what is wrong", () => {
    expect(errorsOf({ interviews: [{ ...minimal, id: "Acme Analyst" }] })).toEqual(["interviews[0].id: must be 1-64 characters of a-z, 0-9 and -"]);
    expect(errorsOf({ interviews: [{ ...minimal, start: "2026-11-17 13:00" }] })).toEqual([
      "interviews[0].start: must be an ISO-8601 date-time with an offset, e.g. 2026-11-17T13:00:00-05:00",
    ]);
    expect(errorsOf({ interviews: [{ ...minimal, end: "2026-11-17T12:00:00-05:00" }] })).toEqual(["interviews[0].end: must be after start"]);
    expect(errorsOf({ interviews: [{ ...minimal, interviewers: [] }] })).toEqual(["interviews[0].interviewers: must list at least one interviewer"]);
    expect(errorsOf({ interviews: [{ ...minimal, interviewers: [{ name: "Sam", email: "sam-at-acme" }] }] })).toEqual([
      "interviews[0].interviewers[0].email: must be an email address",
    ]);
    expect(errorsOf({ interviews: [{ ...minimal, decisionBy: "next week" }] })).toEqual([
      "interviews[0].decisionBy: must be a date (2026-11-24) or an ISO-8601 date-time with an offset",
    ]);
  });

  it("says which fields are required", () => {
    expect(errorsOf({})).toEqual(["interviews: is required"]);
    const { company: _company, ...withoutCompany } = minimal;
    expect(errorsOf({ interviews: [withoutCompany] })).toEqual(["interviews[0].company: is required"]);
    expect(errorsOf({ interviews: [{ ...minimal, interviewers: [{ title: "CTO" }] }] })).toEqual(["interviews[0].interviewers[0].name: is required"]);
  });

  it("rejects unknown fields by name, at every level", () => {
    expect(errorsOf({ interviews: [{ ...minimal, salary: 100, interviewers: [{ name: "Sam", phone: "555" }] }] })).toEqual([
      "interviews[0].interviewers[0].phone: unknown field",
      "interviews[0].salary: unknown field",
    ]);
  });

  it("rejects duplicate ids and empty text", () => {
    expect(errorsOf({ interviews: [minimal, minimal] })).toEqual(['interviews[1].id: duplicate id "acme-analyst"']);
    expect(errorsOf({ interviews: [{ ...minimal, role: "   " }] })).toEqual(["interviews[0].role: must not be empty"]);
  });
});
