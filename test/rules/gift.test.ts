import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/gift.js";
import { makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const note = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. ${sentence}\n\nBest,\nAlex`;

describe("gift", () => {
  it.each([
    ["I've sent a fruit basket to the office as a small thank-you.", "I've sent a fruit basket to the office as a small thank-you."],
    ["Flowers for you and the team should arrive tomorrow.", "Flowers for you and the team should arrive tomorrow."],
    ["I've enclosed a $25 Starbucks gift card.", "I've enclosed a $25 Starbucks gift card."],
    ["Please accept this small token of my appreciation.", "Please accept this small token of my appreciation."],
    ["A bottle of wine is on its way to you.", "A bottle of wine is on its way to you."],
    ["I'd love to treat the team to lunch next week.", "I'd love to treat the team to lunch next week."],
    ["I dropped off some cookies at reception for everyone.", "I dropped off some cookies at reception for everyone."],
    ["I’m sending a little something your way.", "I’m sending a little something your way."],
    ["Coffee is on me next time!", "Coffee is on me next time!"],
    ["I've attached an Amazon gift card for the panel.", "I've attached an Amazon gift card for the panel."],
  ])("flags %j", (sentence, excerpt) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([
      {
        rule: "gift",
        severity: "error",
        message: "Remove the gift: your thanks and a specific follow-up are all a note should carry.",
        excerpt,
      },
    ]);
  });

  it.each([
    "You clearly have a gift for explaining complex systems.",
    "Thank you for the gift of your time.",
    "I'd be glad to run a lunch-and-learn on incident reviews.",
    "I'd love to help ship the gift card feature for your stores.",
    "I'm happy to send cookies policy docs from my last project.",
    "I sent over my notes on the gift card redemption flow.",
    "I really enjoyed the cake at the office, by the way.",
    "Happy to bring a fresh perspective to the team.",
    "I'll send the postmortem template tomorrow.",
  ])("does not flag %j", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});
