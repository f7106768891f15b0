/** The interview form's recruiter, how it went and outcome: read, validated and shown again as typed. */
import { describe, expect, it } from "vitest";
import { interviewChanges } from "../../src/web/changes.js";
import { emptyInterviewForm, formToInterview, interviewToForm, readInterviewForm, type InterviewForm } from "../../src/web/forms.js";
import { interview } from "../helpers/context.js";

const ZONE = "America/New_York";
const northwind = interview("northwind-sre");
const form = (over: Partial<InterviewForm>): InterviewForm => ({ ...interviewToForm(northwind, ZONE), ...over });

describe("the recruiter and outcome fields", () => {
  it("are read from a submitted form and saved with the interview", () => {
    const { form: read } = readInterviewForm({
      company: "Northwind Logistics",
      role: "Senior Site Reliability Engineer",
      start: "2026-11-17T13:00",
      end: "2026-11-17T16:00",
      "interviewers.0.name": "Priya Raman",
      recruiterName: "Dana Shaw",
      recruiterEmail: "dana@talentbridge.example",
      recruiterAgency: "TalentBridge",
      howItWent: "unsure",
      outcome: "waiting",
      action: "save",
    });
    const result = formToInterview(read, ZONE);
    expect(result.ok && result.interview).toMatchObject({ recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example", agency: "TalentBridge" }, howItWent: "unsure", outcome: "waiting" });
  });

  it("left empty save no recruiter, no how-it-went and no outcome", () => {
    const result = formToInterview(form({}), ZONE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.interview.recruiter).toBeUndefined();
    expect(result.interview.howItWent).toBeUndefined();
    expect(result.interview.outcome).toBeUndefined();
  });

  it("an in-house recruiter needs no agency; one with only an email asks for the name beside the name field", () => {
    const inHouse = formToInterview(form({ recruiterName: "Lee Park" }), ZONE);
    expect(inHouse.ok && inHouse.interview.recruiter).toEqual({ name: "Lee Park" });
    const nameless = formToInterview(form({ recruiterEmail: "dana@talentbridge.example" }), ZONE);
    expect(nameless).toEqual({ ok: false, errors: { recruiterName: "must not be empty" } });
    const badEmail = formToInterview(form({ recruiterName: "Dana", recruiterEmail: "dana@" }), ZONE);
    expect(badEmail).toEqual({ ok: false, errors: { recruiterEmail: "must be an email address" } });
  });

  it("a value no select offers is refused beside its field", () => {
    expect(formToInterview(form({ outcome: "hired" }), ZONE)).toEqual({ ok: false, errors: { outcome: "must be one of waiting, offer, rejected or withdrawn" } });
    expect(formToInterview(form({ howItWent: "great" }), ZONE)).toEqual({ ok: false, errors: { howItWent: "must be one of well, unsure or badly" } });
  });

  it("a saved interview shows its values in the form again, and a stale save names them by label", () => {
    const saved = { ...northwind, recruiter: { name: "Dana Shaw", agency: "TalentBridge" }, howItWent: "badly" as const, outcome: "offer" as const };
    expect(interviewToForm(saved, ZONE)).toMatchObject({ recruiterName: "Dana Shaw", recruiterEmail: "", recruiterAgency: "TalentBridge", howItWent: "badly", outcome: "offer" });
    expect(interviewChanges(northwind, saved, ZONE).map((c) => c.label)).toEqual(["Recruiter's name", "Recruiter's agency", "How it went", "Outcome"]);
    expect(emptyInterviewForm()).toMatchObject({ recruiterName: "", howItWent: "", outcome: "" });
  });
});
