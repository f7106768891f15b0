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

  it("is silent when there is no news or no interview", () => {
    expect(rule.check(makeContext(BODY))).toEqual([]);
    expect(rule.check(makeContext(BODY, { interviewId: null }))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});
