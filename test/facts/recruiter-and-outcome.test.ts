/**
 * The facts format's recruiter, how it went and outcome: optional, so every file and stored
 * interview without them stays valid, and checked with messages that name the field.
 */
import { describe, expect, it } from "vitest";
import { parseFacts } from "../../src/facts/schema.js";
import { planImport } from "../../src/web/transfer.js";
import facts from "../fixtures/facts.json";
import { MINIMAL_INTERVIEW } from "../helpers/minimal-interview.js";

const minimal = MINIMAL_INTERVIEW;
const errorsOf = (interview: object) => {
  const result = parseFacts({ interviews: [{ ...minimal, ...interview }] });
  if (result.ok) throw new Error("expected errors");
  return result.errors;
};

describe("recruiter, how it went and outcome in the facts", () => {
  it("are optional: files and stored interviews without them read as before, with no such keys", () => {
    const result = parseFacts(facts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const interview of result.facts.interviews) {
      expect(interview).not.toHaveProperty("recruiter");
      expect(interview).not.toHaveProperty("howItWent");
      expect(interview).not.toHaveProperty("outcome");
    }
  });

  it("are read when given, the recruiter's text trimmed and the agency optional", () => {
    const result = parseFacts({
      interviews: [{ ...minimal, recruiter: { name: " Dana Shaw ", email: "dana@talentbridge.example", agency: "TalentBridge" }, howItWent: "badly", outcome: "waiting" }, { ...minimal, id: "acme-2", recruiter: { name: "Lee Park" } }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.facts.interviews[0]).toMatchObject({ recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example", agency: "TalentBridge" }, howItWent: "badly", outcome: "waiting" });
    expect(result.facts.interviews[1]!.recruiter).toEqual({ name: "Lee Park" });
  });

  it("refuses bad values with a message naming the field and the values allowed", () => {
    expect(errorsOf({ howItWent: "great" })).toEqual(["interviews[0].howItWent: must be one of well, unsure or badly"]);
    expect(errorsOf({ outcome: "hired" })).toEqual(["interviews[0].outcome: must be one of waiting, offer, rejected or withdrawn"]);
    expect(errorsOf({ recruiter: { name: "Dana", email: "dana@" } })).toEqual(["interviews[0].recruiter.email: must be an email address"]);
    expect(errorsOf({ recruiter: { email: "dana@talentbridge.example" } })).toEqual(["interviews[0].recruiter.name: is required"]);
    expect(errorsOf({ recruiter: { name: "Dana", phone: "555" } })).toEqual(["interviews[0].recruiter.phone: unknown field"]);
  });

  it("a refused import says what is wrong with them in words, placed by the interview", () => {
    const words = (interview: object) => {
      const result = planImport({ interviews: [{ ...minimal, ...interview }] }, new Set());
      return result.ok ? [] : result.problems.map((p) => p.words);
    };
    expect(words({ recruiter: { name: "Dana", email: "dana@" } })).toEqual(["Acme, Data Analyst, the recruiter: the email “dana@” is not an address"]);
    expect(words({ recruiter: { name: "Dana", nmae: "Dana" } })).toEqual(["Acme, Data Analyst, the recruiter: “nmae” (did you mean “name”?) is not a field the recruiter has"]);
    expect(words({ outcome: "hired" })).toEqual(["Acme, Data Analyst: the outcome “hired” is not one the app knows"]);
  });

  it("come through an import the way the export writes them", () => {
    const interview = { ...minimal, recruiter: { name: "Dana Shaw", agency: "TalentBridge" }, howItWent: "well", outcome: "offer" };
    const result = planImport(JSON.parse(JSON.stringify({ interviews: [interview], sends: [] })), new Set());
    expect(result.ok && result.plan.interviews[0]).toMatchObject({ recruiter: { name: "Dana Shaw", agency: "TalentBridge" }, howItWent: "well", outcome: "offer" });
  });
});
