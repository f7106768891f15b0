import { describe, expect, it } from "vitest";
import { namesADate, namesTheRole, rule } from "../../src/rules/check-in-context.js";
import { interview, makeContext } from "../helpers/context.js";

const northwind = interview("northwind-sre");
const contoso = interview("contoso-pm");
const check = (text: string, subject = "Checking in", interviewId = "northwind-sre") => rule.check(makeContext(text, { noteKind: "check-in", interviewId, note: { subject } }));
const note = (body: string) => `Hi Priya,\n\n${body}\n\nBest,\nAlex`;

describe("check-in-context", () => {
  it.each([
    ["names neither", "Just checking in to see whether there is any news. I'm still very keen!", "the role and when you interviewed"],
    ["names the date but not the role", "I wanted to follow up on our conversation on Tuesday 17 November. Is there any update?", "the role"],
    ["names the role but not the date", "I'm writing to follow up on the Senior Site Reliability Engineer position. I remain very interested.", "when you interviewed"],
    ["calls it only 'the position'", "Hope all is well! Any word on the position? I'd love to hear how things are going.", "the role and when you interviewed"],
    ["mentions the hiring manager, which names no role", "As the hiring manager you may know the timeline better than anyone; could you share it?", "the role and when you interviewed"],
  ])("flags a check-in that %s, saying what is missing", (_label, body, missing) => {
    const [finding, ...rest] = check(note(body));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "check-in-context", severity: "warning", excerpt: "" });
    expect(finding!.message).toMatch(new RegExp(`^Say ${missing},`));
    expect(finding!.message).toContain("Senior Site Reliability Engineer role on Tue 17 Nov");
  });

  it.each([
    ["full name and date", "I wanted to follow up on my interview for the Senior Site Reliability Engineer role on Tuesday, November 17."],
    ["initials and a numeric date", "Following up on my SRE interview on 11/17 - any news?"],
    ["a telling word and how long ago", "It was great to talk reliability with you two weeks ago; is there any update on the timeline?"],
    ["a short month and ordinal day", "hi, just checking in re the site reliability role, we met nov 17th. still keen!"],
    ["day first with a month", "Je voulais faire le point: my interview for the reliability engineering post on 17 Nov went well, I think."],
    ["the ordinal alone", "Any news on the SRE job since the interview on the 17th?"],
  ])("is silent when the note gives them: %s", (_label, body) => {
    expect(check(note(body))).toEqual([]);
  });

  it("reads the subject line too", () => {
    expect(check(note("Is there any update you can share? I remain very interested."), "Senior SRE interview on 17 Nov: checking in")).toEqual([]);
  });

  it("takes no reply mark of a forwarded subject for the role's initials", () => {
    expect(check(note("Any news since our chat last week?"), "RE: checking in")[0]?.message).toMatch(/^Say the role,/);
  });

  it("reads 'May' as a month only beside a day", () => {
    expect(namesADate("We met on 5 May")).toBe(true);
    expect(namesADate("May I ask whether there is any news?")).toBe(false);
  });

  it("needs a word of the role that tells it apart, or its initials", () => {
    expect(namesTheRole("the product role", contoso)).toBe(true);
    expect(namesTheRole("the PM job", contoso)).toBe(true);
    expect(namesTheRole("the manager said", contoso)).toBe(false);
    expect(namesTheRole("P.S. thanks", contoso)).toBe(false);
    expect(namesTheRole("a senior role", northwind)).toBe(false);
  });
});

describe("the writer's signature", () => {
  it("names no role for the note: a job title under the sign-off is the writer's own", () => {
    const text = "Hi Priya,\n\nI wanted to follow up on our conversation on Tuesday 17 November. Is there any update?\n\nRegards,\nAlex Chen\nSite Reliability Engineer, Fernhill Payments";
    expect(check(text).map((f) => f.message)).toEqual([expect.stringContaining("Say the role,")]);
  });
  it("while the role named in the note itself still counts", () => {
    const text = "Hi Priya,\n\nI wanted to follow up on the Site Reliability Engineer interview on Tuesday 17 November.\n\nRegards,\nAlex Chen\nSite Reliability Engineer, Fernhill Payments";
    expect(check(text)).toEqual([]);
  });
});
