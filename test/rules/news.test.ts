import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/news.js";
import { interview, makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const BODY = "Dear Dr. Okafor,\n\nThank you for the discussion about reducing no-show rates with reminder texts.\n\nWarm regards,\nAlex";
const contoso = { interviewId: "contoso-pm", to: "Dr. Amara Okafor" } as const;

describe("news", () => {
  it("suggests mentioning unmentioned news", () => {
    expect(rule.check(makeContext(BODY, contoso))).toEqual([
      {
        rule: "news",
        severity: "info",
        message: "Mention your news in one sentence: “accepted the speaking slot at HealthTech Summit”.",
        excerpt: "",
      },
    ]);
  });

  it.each([
    "I'll be speaking at HealthTech Summit next spring.",
    "Some news: the HealthTech Summit organisers gave me a slot.",
  ])("is satisfied by a loose mention: %j", (sentence) => {
    expect(rule.check(makeContext(BODY.replace("texts.", `texts. ${sentence}`), contoso))).toEqual([]);
  });

  it("gives one finding per unmentioned item", () => {
    const iv = { ...interview("contoso-pm"), news: ["accepted the speaking slot at HealthTech Summit", "received a competing offer from Fabrikam"] };
    const text = BODY.replace("texts.", "texts. I've accepted a speaking slot at HealthTech Summit.");
    expect(rule.check(makeContext(text, { ...contoso, interview: iv })).map((f) => f.message)).toEqual([
      "Mention your news in one sentence: “received a competing offer from Fabrikam”.",
    ]);
  });

  describe("their news, acknowledged by congratulating them in other words", () => {
    const theirs = (news: string) => ({ ...contoso, interview: { ...interview("contoso-pm"), news: [news] } });
    it.each([
      ["the clinic's seed funding announced friday", "Congratulations again on closing the round; it must be a relief."],
      ["won regional practice of the year", "Congrats to the whole team on the award, well deserved."],
    ])("is satisfied for %j by %j", (news, sentence) => {
      expect(rule.check(makeContext(BODY.replace("texts.", `texts. ${sentence}`), theirs(news)))).toEqual([]);
    });

    it.each([
      ["received a competing offer from Fabrikam", "Congratulations on the new clinic opening."],
      ["passed the PMP exam last week", "Congrats on the award, well deserved."],
      ["the clinic's seed funding announced friday", "It was great to hear about your plans."],
    ])("still asks for %j after %j", (news, sentence) => {
      expect(rule.check(makeContext(BODY.replace("texts.", `texts. ${sentence}`), theirs(news)))).toHaveLength(1);
    });
  });

  it("is silent when there is no news or no interview", () => {
    expect(rule.check(makeContext(BODY))).toEqual([]);
    expect(rule.check(makeContext(BODY, { interviewId: null }))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("news with an aside in brackets", () => {
  const base = interview("contoso-pm");
  const withNews = { ...contoso, interview: { ...base, news: ["trust got national lottery money for the minibus (announced wed 18th)"] } };
  const note = (sentence: string) => `Dear Dr. Okafor,\n\nThank you for the discussion about reminder texts. ${sentence}\n\nWarm regards,\nAlex`;
  it("is mentioned by what it says, the aside left out", () => {
    expect(rule.check(makeContext(note("I was delighted to read about the lottery funding for the minibus."), withNews))).toEqual([]);
  });
  it("is still reported when the note does not mention it", () => {
    expect(rule.check(makeContext(note("I was delighted to read about your wednesday clinics."), withNews))).toHaveLength(1);
  });
});
