import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/needy-tone.js";
import { makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const note = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. ${sentence}\n\nBest,\nAlex`;

describe("needy-tone", () => {
  it.each([
    "I really need this job.",
    "Please, give me a chance to prove myself.",
    "I'll do anything to be part of your team.",
    "I'm begging you to reconsider my application.",
    "This job means everything to me.",
    "I've been unemployed for eight months and it has been hard.",
    "Please consider me, I am desperate.",
    "I'd be willing to work for less than the posted range.",
    "I would happily accept less to get my foot in the door.",
    "I'd work for less.",
    "I'm willing to take a lower salary if that helps.",
    "I could start on reduced pay.",
    "I really need these sessions, Sian.",
    "I'll take any sessions at all, any days, any rate.",
    "He really needs this job, Barry.",
    "So please give him a chance.",
    "Honestly, I need this.",
    "You are my last hope.",
    "I would happily take any role you have.",
    "I have been out of work so long that every week counts.",
  ])("flags %j, quoting it", (sentence) => {
    const findings = rule.check(makeContext(note(sentence)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "needy-tone", severity: "warning", excerpt: sentence });
    expect(findings[0]?.message).toMatch(/confidence/);
  });

  it.each([
    "I really need to share the template with you first.",
    "Please let me know if you need anything else.",
    "The team desperately needs better alerting, and I'd love to help build it.",
    "I'm willing to relocate to Chicago.",
    "Data is lost if a node fails before replication, as you pointed out.",
    "The only option we discussed was a read replica.",
    "Please give me a call if anything is unclear.",
    "I'd do anything I can to help the migration land before peak season.",
    "I have been out of the office all week, hence the late note.",
    "I'd accept a little less margin on two of the wines to get a guest to try something new.",
    "I would take lower-risk routes first while I learn the patch.",
  ])("does not flag %j", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([]);
  });

  it("reports each needy sentence", () => {
    const findings = rule.check(makeContext(note("I really need this job. Please give me a chance.")));
    expect(findings.map((f) => f.excerpt)).toEqual(["I really need this job.", "Please give me a chance."]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("pleading in other words", () => {
  const note = (sentence: string) => `Hi Priya,\n\nThank you for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it.each([
    "I'd be so grateful for just one shot at this — I'll take any shift and any weekend, whatever nobody else wants.",
    "this apprenticeship would mean everything to my family",
    "i really need this, rent is due and my savings are nearly gone",
    "I'd honestly do anything to be on this team.",
    "I really, really want this one.",
    "After two years at home with my mum I really need to get back into work.",
    "It would help me so much if you could give me a chance on the team.",
    "I can take whatever shifts you have going, days or nights.",
    "I'd be grateful for any opportunity at all.",
    "Please, just one opportunity to prove myself.",
    "I'd jump at any chance at this role.",
  ])("flags %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toHaveLength(1);
  });

  it.each([
    "I really need this week to finish my notice period, so I could start on the 14th.",
    "I'd welcome the chance to show how I'd run the rotation.",
    "I can take the Tuesday night slot you mentioned.",
    "I really want this role, and I think my pager years show why.",
    "I need to get back to you on the references by Friday.",
    "Could you give me a sense of the timeline?",
    "I'll take whatever you think is the best next step.",
    "Please keep me in mind for any opportunity at Northwind in the future.",
  ])("does not flag %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([]);
  });
});
