import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/no-interest.js";
import { interview, makeContext } from "../helpers/context.js";
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
    "the interviewer's want, not the writer's",
    "Hi Tomasz,\n\nThanks for the session on capacity planning. You said you want the role filled before peak season; my notice period is four weeks.\n\nCheers,\nAlex",
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
  ["keen on it, no subject", "Hello Marcus,\n\nThanks for the chat about the ledger migration. Really keen on this one!\n\nPriyanka", null],
  ["wants it, no subject", "Hi Jamie,\n\nThanks for walking me round the cold store this afternoon. Very much want this job.\n\nLee", null],
  ["still wants it, no subject", "Hello Marcus,\n\nThanks again for the ledger deep-dive. Still want the role just as much after hearing about the migration.\n\nPriyanka", null],
  ["really keen to join, no subject", "Hi Jamie,\n\nGood to meet the shift leads today. Really keen to join the night team.\n\nLee", null],
  ["excited to keep talking, no subject", "Hi Jamie,\n\nThanks for the yard tour. Excited to keep talking about the peak plan.\n\nLee", null],
  ["thrilled at the prospect", "Dear Ms. Whitfield,\n\nI am thrilled at the prospect of joining Brightwater.\n\nSincerely,\nMorgan", null],
];

const contextOf = ([, text, interviewId, to]: Case) => makeContext(text, { interviewId, ...(to ? { to } : {}) });

describe("no-interest", () => {
  it.each(LUKEWARM)("fires when no interest is stated: %s", (...c) => {
    const findings = rule.check(contextOf(c));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "no-interest", severity: "warning" });
  });

  it("quotes the closing formula only when the note leans on one", () => {
    const [leaning] = rule.check(contextOf(LUKEWARM[0]!));
    expect(leaning?.excerpt).toBe("I look forward to hearing from you.");
    expect(leaning?.message).toMatch(/The quoted closing is a formality on its own/);
    const hoping = "Hi Tomasz,\n\nThanks for the session on capacity planning. Hope to hear from you soon!\n\nAlex";
    expect(rule.check(makeContext(hoping, { to: "Tomasz Kowalski-Nowak" }))[0]?.excerpt).toBe("Hope to hear from you soon!");
    for (const c of LUKEWARM.slice(1)) {
      const [f] = rule.check(contextOf(c));
      expect(f?.excerpt).toBe("");
      expect(f?.message).not.toMatch(/formality|hearing from you/);
    }
  });

  it("shortens a long role name to what comes before its first comma", () => {
    const [f] = rule.check(makeContext("Dear Dr. Okafor,\n\nThank you for the discussion of reminder texts.\n\nAlex", { interviewId: "contoso-pm", to: "Dr. Amara Okafor" }));
    expect(f?.message).toContain("“I'm excited about the Product Manager role and would love to join the team.”");
  });

  it("says \"the role\" when the role name is still too long for an example", () => {
    const base = interview("northwind-sre");
    const ctx = makeContext(LUKEWARM[3]![1], { to: "Tomasz Kowalski-Nowak", interview: { ...base, role: "Senior Staff Site Reliability Engineer for Fleet Telemetry" } });
    expect(rule.check(ctx)[0]?.message).toContain("“I'm excited about the role and would love");
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

describe("no-interest: plain statements of wanting the role", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. ${sentence}\n\nBest,\nAlex`;
  it.each([
    "Honestly, a role like this is the move I've spent the last two years preparing for.",
    "It would be a real honour to help shape that rotation with you.",
    "I hope to be on your team before the peak season starts.",
    "This is precisely what I have been looking for in my next job.",
    "i really want this job and i hope to join you soon",
    "I will be very glad to work in your team.",
    "It would be a dream to sail with your crew next season.",
    "I'd love to take this on.",
    "im very intrested in the role",
    "keen as to be part of the crew running it.",
    "I'd be chuffed to join the construction disputes team, late nights before proofs and all.",
    "I really want to help the academy get to the Challengers qualifier in June.",
  ])("is silent on %j", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });

  it.each([
    "The project I was working on at my last job had a similar rotation.",
    "I look forward to hearing from you about next steps in the process.",
    "The team I have been working with for years would have loved this.",
    "I will be glad to send the rota spreadsheet if it helps.",
    "It would be a pleasure to speak with you again.",
    "I'd like to take this opportunity to thank you once more.",
  ])("still fires when the sentence is not about wanting the role: %j", (sentence) => {
    expect(rule.check(makeContext(body(sentence))).map((f) => f.rule)).toEqual(["no-interest"]);
  });
});

describe("a wish to do the work, in any words", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nBest,\nAlex`;
  it.each([
    "I would honestly be so pleased to take the pager with your team.",
    "I'd really, truly love to get my hands on that migration.",
    "would seriously love to be on that rota with you",
    "Really hope I get to work through that backlog with you.",
    "Hoping to be shadowing your team by March.",
    "I'd be proud to carry that pager.",
  ])("counts %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });

  it.each([
    "I would like to thank you again for your time.",
    "I'd be happy to send over my references.",
    "I would be glad to answer anything else.",
    "I hope to hear from you soon.",
  ])("does not count a wish about the note itself: %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });
});

describe("wanting the role, however it is put", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nBest,\nAlex`;
  it.each([
    "Honestly I really need this job and would take any shift.",
    "Hearing about the rota made me want this job even more.",
    "Really hoping for good news!",
    "would love a spot on your pager rotation",
  ])("counts %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });
});

describe("interest in what was said", () => {
  it("is not interest in the role", () => {
    const note = "Hi Priya,\n\nThank you for the walk through the on-call rotation. I was also interested in your comments about mentoring new engineers.\n\nBest,\nAlex";
    expect(rule.check(makeContext(note))).toHaveLength(1);
  });
  it("while interest in the role still is", () => {
    const note = "Hi Priya,\n\nThank you for the walk through the on-call rotation. I am very interested in the role.\n\nBest,\nAlex";
    expect(rule.check(makeContext(note))).toEqual([]);
  });
});

describe("a preference for this employer, or a wish for the work itself", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nBest,\nAlex`;
  it.each([
    "Of the teams I have met this month, yours is my top choice.",
    "I'd far rather be on your rota than anywhere else.",
    "Given the choice I would prefer to work with your group.",
    "I really hope I can accept an offer from you.",
    "i'd be well up for the night shifts",
    "I would relish that migration.",
    "I'd enjoy the weekend pager with you.",
    "would love thursday evenings on the floor",
  ])("counts %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });

  it.each([
    "I would welcome your feedback on my answers.",
    "I'd love a copy of the runbook if you can share one.",
    "I would like that very much.",
    "I would rather not guess at the numbers.",
    "I'd prefer a call to an email, if that suits you.",
    "My first choice of tool there would be Terraform.",
    "I would appreciate an update when you have one.",
    "I'd like more details on the shift pattern.",
  ])("does not count a wish for something else: %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });
});

describe("interest as British formality, a bare wish and a choice made", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nBest,\nAlex`;
  it.each([
    "I should very much like to be part of that.",
    "I should be delighted to join the team.",
    "Would be great to work the night rota with you.",
    "It would be brilliant to help build the new pager setup.",
    "Northwind is the one I really want.",
    "Your team is the place I would choose.",
  ])("counts %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });
  it.each([
    "I should be glad to send the references.",
    "It would be great to hear back by Friday.",
    "That is the one I would pick for the migration tool.",
    "I should think the rota works well.",
  ])("does not count %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });
});
