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
    ["A bottle of Rioja should reach your desk by Friday.", "A bottle of Rioja should reach your desk by Friday."],
    ["I've had a bouquet delivered to the unit for everyone.", "I've had a bouquet delivered to the unit for everyone."],
    ["There's a box of macarons heading your way.", "There's a box of macarons heading your way."],
    ["Some tulips are waiting for you at the front desk.", "Some tulips are waiting for you at the front desk."],
    ["I couriered a tin of shortbread over this afternoon.", "I couriered a tin of shortbread over this afternoon."],
    ["Keep an eye out for a hamper on Monday, it's been sent over to your office.", "Keep an eye out for a hamper on Monday, it's been sent over to your office."],
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
    "The new build should arrive in staging on Thursday.",
    "I can send over a sample of my dashboards.",
    "I'd bring a bunch of ideas on basket analysis for the Christmas range.",
    "I included this for the sake of completeness.",
    "I'd bring lean methods to the plant floor.",
    "I shipped the wine club app's checkout at my last job.",
    "I'd bring that approach in case of outages.",
    "My case study should arrive in your inbox shortly.",
  ])("does not flag %j", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("gift: vouchers, treats and deliveries", () => {
  it.each([
    "The next round of coffees is on me when I'm back in the city.",
    "A modest thank-you package should land on your desk by messenger tomorrow.",
    "I hope you'll accept a voucher for the bakery across the road as a gesture of my thanks.",
    "Please accept a little thank-you present I left with the receptionist.",
    "Let me buy the whole team breakfast next week to say thanks.",
    "I'll bring in some of the empanadas my grandmother makes for you and the night crew.",
    "There is a tin of homemade tablet at reception for the whole team.",
    "I'll be leaving one of my old regiment's plaques with the receptionist for you tomorrow.",
  ])("flags %j", (sentence) => {
    expect(rule.check(makeContext(note(sentence))).map((f) => f.rule)).toEqual(["gift"]);
  });

  it.each([
    "Your point about fraud on store vouchers was new to me.",
    "I left the printed portfolio with the receptionist as you asked.",
    "Lunch with the team was a nice way to see how everyone works together.",
    "I sent the parcel-tracking case study we discussed.",
    "I'll bring the rota template I made at my last job for you to look at.",
    "I'll send the sample my team built for the panel by Friday.",
    "I left my signed references with the receptionist as you asked.",
  ])("does not flag %j", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([]);
  });
});

describe("anything sent as thanks, and deliveries arranged", () => {
  it.each([
    "As a small thank-you, I've popped a signed novel in the post for you.",
    "I've asked the deli downstairs to send up sandwiches for the on-call crew as a thank you.",
    "A batch of homemade shortbread is coming your way tomorrow.",
    "I've arranged for a couple of pizzas to be delivered to the NOC on Friday.",
    "i'm dropping off a bag of my mum's empanadas for you and the team",
    "I left some kleicha at the front desk on my way out this afternoon, as a little thank you from my grandmother.",
    "Brought a tray of pão de queijo to your reception before catching my train, for you and the whole team.",
    "I'll drop a slab off at the depot on Friday for the crew as a thank you for the morning.",
    "I'll drop a case of beer round to the workshop on Friday as a thank you for you and the lads.",
    "I'll drop a tray of my mam's Welsh cakes in at the workshop on Friday for you and the team, to say thanks.",
  ])("flags %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toHaveLength(1);
  });

  it.each([
    "As requested, I've attached a copy of my AWS certificate.",
    "I sent a set of questions about the rota to Tomasz.",
    "I'll drop off the signed reference form at reception as you asked.",
    "I'll drop the signed form off at the depot on Friday, as you asked.",
    "Thanks again; I've attached the runbook as promised.",
    "I left my parking permit at the front desk on my way out, so please let security know it was mine.",
  ])("does not flag %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([]);
  });
});
