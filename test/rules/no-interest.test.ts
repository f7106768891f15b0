import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/no-interest.js";
import { makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

type Case = [label: string, text: string, interviewId: string | null, to?: string];

/** Notes that never say the writer wants the role. */
const LUKEWARM: Case[] = [
  [
    "ends with only \"I look forward to hearing from you\"",
    "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I ran a similar shadowing scheme for new engineers.\n\nI look forward to hearing from you.\n\nBest,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "pure follow-through, unmatched",
    "Hello Marcus,\n\nAs promised, here are the slides from my talk on idempotent payment APIs. Page 12 covers the retry strategy we discussed.\n\nRegards,\nPriyanka",
    null,
  ],
  [
    "says interest is gone",
    "Dear Dr. Okafor,\n\nThank you for your time on Thursday. After some reflection I am no longer interested in pursuing the role, but I enjoyed our discussion of reminder texts.\n\nKind regards,\nAlex",
    "contoso-pm",
    "Dr. Amara Okafor",
  ],
  [
    "polite but flat",
    "Hi Tomasz,\n\nThanks for the session on capacity planning for peak season. It was useful to see how you forecast load. Let me know if you need anything else.\n\nCheers,\nAlex",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "a question only",
    "Hi José,\n\nQuick question after today: how many junior engineers does each mentor usually take on?\n\nThanks,\nAlex",
    "northwind-sre",
    "José Álvarez",
  ],
];

/** Notes that state continued interest, phrased many ways. */
const KEEN: Case[] = [
  ["excited", "Hi Priya,\n\nThanks for today. I'm really excited about the chance to work on the rotation redesign.\n\nBest,\nAlex", "northwind-sre", "Priya Raman"],
  ["would love to join", "Hello Tomasz,\n\nThanks again. I'd love to join the team and help with the Kubernetes migration.\n\nRegards,\nAlex", "northwind-sre", "Tomasz Kowalski-Nowak"],
  ["keen, British", "Dear Dr. Okafor,\n\nThank you for the discussion. I remain very keen on the role and would welcome the chance to contribute.\n\nKind regards,\nAlex", "contoso-pm", "Dr. Amara Okafor"],
  ["next steps", "Hi Jamie,\n\nThanks for the tour of the warehouse. Looking forward to the next steps!\n\nLee", null],
  ["can't wait", "Hi José,\n\nThanks for the chat about mentoring; I can’t wait to get started with your juniors.\n\nAlex", "northwind-sre", "José Álvarez"],
  ["the role is a match and I want it", "Hi Marcus,\n\nHonestly, the role is a great match for what I do best, and I want it.\n\nPriyanka", null],
  ["thrilled at the prospect", "Dear Ms. Whitfield,\n\nI am thrilled at the prospect of joining Brightwater.\n\nSincerely,\nMorgan", null],
];

const contextOf = ([, text, interviewId, to]: Case) => makeContext(text, { interviewId, ...(to ? { to } : {}) });

describe("no-interest", () => {
  it.each(LUKEWARM)("fires when no interest is stated: %s", (...c) => {
    const findings = rule.check(contextOf(c));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "no-interest", severity: "warning", excerpt: "" });
  });

  it.each(KEEN)("is silent when interest is stated: %s", (...c) => {
    expect(rule.check(contextOf(c))).toEqual([]);
  });

  it("names the role in its advice", () => {
    const [f] = rule.check(contextOf(LUKEWARM[0]!));
    expect(f?.message).toContain("the Senior Site Reliability Engineer role");
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});
