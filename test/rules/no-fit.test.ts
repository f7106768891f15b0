import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/no-fit.js";
import { makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

type Case = [label: string, text: string, interviewId: string | null, to?: string];

/** Notes that never tie the writer's own skills or experience to the role. */
const NO_FIT: Case[] = [
  [
    "thanks and topic but nothing about the writer",
    "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. It sounds like a thoughtful approach and I enjoyed hearing how the team got there.\n\nI'm excited about the role and look forward to the next steps.\n\nBest,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "a bare fit claim without any substance",
    "Dear Ms. Whitfield,\n\nThank you for the interview. I believe my skills and experience make me a strong candidate, and I'm confident I would be a great fit for the team.\n\nSincerely,\nMorgan",
    null,
  ],
  [
    "praise for the company only",
    "Hello Tomasz,\n\nThanks for the deep dive into migrating the dispatch service to Kubernetes. Your team clearly knows its stuff, and the way you run design reviews is impressive.\n\nHope to hear from you soon.\n\nCheers,\nSam",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "questions back to the interviewer",
    "Dr. Okafor,\n\nThank you again for Thursday. I've been wondering how the reminder texts perform for patients who book by phone; do you track that separately?\n\nWarm regards,\nAlex",
    "contoso-pm",
    "Dr. Amara Okafor",
  ],
  [
    "thanks and warm words only",
    "Hi Priya,\n\nThank you so much for your time today, I truly appreciated it. I enjoyed meeting the whole team and hearing about your plans for next year.\n\nI'm excited about the role and hope to hear from you soon.\n\nBest,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "admires what the interviewer's team did, in the first person",
    "Hi Tomasz,\n\nI was impressed by how your team rebuilt the dispatch pipeline last year, and I loved hearing how you cut pages by half. We discussed the peak-season plan and walked through the capacity model together, which was fascinating.\n\nI'd love to join you.\n\nCheers,\nAlex",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "a bare claim dressed as a link",
    "Dear Dr. Okafor,\n\nThank you for the conversation about reminder texts. I believe my skills and experience would help the team succeed, and I've attached my resume for reference.\n\nKind regards,\nAlex",
    "contoso-pm",
    "Dr. Amara Okafor",
  ],
  [
    "casual, unmatched",
    "Hey Jamie!\n\nSuper fun chatting yesterday, you all seem like a great crew. Let me know if there's anything else you need from me :)\n\nThanks,\nLee",
    null,
  ],
  [
    "only an announcement of a passed exam",
    "Dear Ms. Whitfield,\n\nThank you for meeting with me this morning. It was fascinating to hear about the audit of the Lisbon subsidiary.\n\nI'm also happy to share that I passed the ACCA Financial Reporting exam last week.\n\nI look forward to hearing from you.\n\nSincerely,\nMorgan",
    null,
  ],
];

/** Notes that connect the writer's experience to the role, phrased many ways. */
const FITS: Case[] = [
  ["a first-person result with a number", "Hi Jamie,\n\nThanks for the tour. At a Tesco depot in Thurrock we had the same backlog after a system change; I got dock-to-stock time down by 30% in a month.\n\nLee", null],
  ["a result at my last store, offered here", "Hi Jamie,\n\nThanks for today. Weekly shrink audits at my last store took our losses from 2.1% to 0.8%, and I'd like to help do the same here.\n\nLee", null],
  ["we brought a figure down", "Hello Marcus,\n\nThanks for the call. At Brightline we brought month-end close from nine days to four after moving reconciliations into the ledger.\n\nPriyanka", null],
  ["past role", "Hi Priya,\n\nThanks for today. In my previous job I owned the pager for a fleet of 200 services, so the rotation redesign felt very familiar.\n\nBest,\nAlex", "northwind-sre", "Priya Raman"],
  ["having done it elsewhere", "Hello Tomasz,\n\nHaving moved two monoliths onto Kubernetes at Fernhill, I'd relish doing the dispatch migration with you.\n\nRegards,\nAlex", "northwind-sre", "Tomasz Kowalski-Nowak"],
  ["years of experience", "Dear Dr. Okafor,\n\nThank you for the conversation. With 8 years of building scheduling tools for clinics, the reminder-text work is right up my street.\n\nKind regards,\nAlex", "contoso-pm", "Dr. Amara Okafor"],
  ["I bring", "Hi Jamie,\n\nThanks again. I bring a decade in retail analytics and would put it to work on your pricing dashboards.\n\nBest,\nLee", null],
  ["as someone who has", "Hi José,\n\nAs someone who has mentored a dozen new grads, I'd be happy to help shape your onboarding.\n\nAll the best,\nAlex", "northwind-sre", "José Álvarez"],
  ["we did it at my company", "Hi Priya,\n\nThanks for the chat. We cut pages per shift by 40% with a similar handover checklist, and I'd like to do the same for Northwind.\n\nBest,\nAlex", "northwind-sre", "Priya Raman"],
  ["an account of own work at a named employer", "Hi Priya,\n\nThanks for today. At Harbourview I rewired our paging policy so alerts followed service ownership, and overnight pages dropped sharply.\n\nBest,\nAlex", "northwind-sre", "Priya Raman"],
  ["years that have equipped me", "Hi José,\n\nThank you. My four years running our SRE guild have equipped me well for the mentoring programme you described.\n\nAlex", "northwind-sre", "José Álvarez"],
  ["a named skill that would let me", "Hi Jamie,\n\nThanks again. I think my Tableau and Python work would let me take the churn dashboards off your plate early on.\n\nLee", null],
  ["in my placement, able to get up to speed", "Hi Jamie,\n\nThanks for the call. In my placement I look after around thirty Airflow DAGs, so I'd be able to get up to speed on your pipelines quickly.\n\nLee", null],
  ["a thesis account and could contribute", "Hi Jamie,\n\nFor my thesis I modelled two million taxi trips with gradient boosting, so I could contribute to the demand model from day one.\n\nLee", null],
  ["experience that would carry over", "Hello Tomasz,\n\nThanks for the deep dive. I moved our billing stack off VMs last spring, and I think that experience would carry over well to the dispatch migration.\n\nAlex", "northwind-sre", "Tomasz Kowalski-Nowak"],
  ["a named background that would suit", "Dear Dr. Okafor,\n\nThank you for Thursday. I think my clinic-scheduling background would suit the role well.\n\nAlex", "contoso-pm", "Dr. Amara Okafor"],
  ["a plain past account of reviewing work", "Hi Marcus,\n\nThanks for your time. I've reviewed our vendor contracts with finance every quarter for two years, so the procurement side is familiar.\n\nPriyanka", null],
  ["I could help your team", "Hi Marcus,\n\nThanks for your time. I could help your team get the checkout latency down; it is the kind of problem I enjoy.\n\nPriyanka", null],
];

const contextOf = ([, text, interviewId, to]: Case) => makeContext(text, { interviewId, ...(to ? { to } : {}) });

describe("no-fit", () => {
  it.each(NO_FIT)("fires on a note that never connects experience to the role: %s", (...c) => {
    const findings = rule.check(contextOf(c));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "no-fit", severity: "warning", excerpt: "" });
  });

  it.each(FITS)("is silent when the note connects experience to the role: %s", (...c) => {
    expect(rule.check(contextOf(c))).toEqual([]);
  });

  it("suggests a saved topic to connect to", () => {
    const [f] = rule.check(contextOf(NO_FIT[0]!));
    expect(f?.message).toBe(
      "Add a sentence linking one concrete piece of your experience to what the team needs, e.g. “At my last job I led …, which is the kind of work your team described.” A topic from your notes you could tie it to: “on-call rotation redesign”.",
    );
  });

  it("gives the advice without a topic when the notes have none", () => {
    const [f] = rule.check(contextOf(NO_FIT.find(([label]) => label === "casual, unmatched")!));
    expect(f?.message).toBe(
      "Add a sentence linking one concrete piece of your experience to what the team needs, e.g. “At my last job I led …, which is the kind of work your team described.”",
    );
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("no-fit: loosely worded but real claims of relevant experience", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. ${sentence}\n\nBest,\nAlex`;
  it.each([
    "I've untangled a fair few pager schedules like that one, so the redesign felt like familiar ground.",
    "A good part of my last three years went into the same sort of cleanup you described.",
    "Back at the agency we lived through exactly this, so I know where the pitfalls are.",
    "Most of my experience is creature animation for game cinematics, keyframed and reviewed shot by shot.",
    "I was always the one at the table at our community events in Exeter, talking with families and collecting pledges.",
  ])("is silent on %j", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });

  it.each([
    "I have the kind of experience you are looking for.",
    "That sort of project sounds like a great challenge.",
    "I have seen how much the team cares about doing things well.",
  ])("still fires on a claim with nothing the writer did behind it: %j", (sentence) => {
    expect(rule.check(makeContext(body(sentence))).map((f) => f.rule)).toEqual(["no-fit"]);
  });
});

describe("experience told by where and how long", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nI'd love to join.\n\nBest,\nAlex`;
  it.each([
    "On my placement at a logistics startup I carried the pager for the checkout service every other week.",
    "I was a night-shift operator for three years, mostly on the payments cluster.",
    "During my internship I owned the flaky-test dashboard for the mobile team.",
    "i ran the night desk for 4 yrs at a bank, mostly database failovers",
  ])("counts %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });

  it.each([
    "I was impressed that your team rebuilt the dispatch pipeline last year.",
    "You have run the rotation for five years now.",
  ])("does not count a frame without the writer's own detail: %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });
});

describe("a claim of fit must name something", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nI'd love to join.\n\nBest,\nAlex`;
  it.each([
    "I would bring dedication, a positive attitude and a strong work ethic to the team.",
    "I am a hard worker and a fast learner, and I can contribute from day one.",
  ])("does not count stock self-praise: %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });

  it.each([
    "I kept our Grafana alert rules trimmed to what paged, and I'd bring that habit to the rotation.",
    "At my last job I was responsible for the weekly capacity review for the payments cluster.",
  ])("counts a claim that names what: %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });
});

describe("what is no claim of fit", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nI'd love to join.\n\nBest,\nAlex`;
  it.each([
    "My [relevant skill or experience] would allow me to [how you would contribute].",
    "I baked a batch of brownies for the night crew and will drop them off as a thank-you.",
    "Please give me a chance, I will work harder than anyone and take any shift.",
    "I am passionate about giving every learner a fair start in reading and writing.",
    "I also wanted to say that weekend call does not worry me in the slightest.",
    "We had the chance to talk about the pager load, and I had no idea it was that heavy.",
    "I'm graduating in May now, a term ahead of plan, so my timing is flexible.",
    "My degree in December means I could start right after the holidays.",
  ])("%s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });

  it.each([
    "I hike most weekends and have done the whole ridge loop twice this summer, so I can give real trail advice.",
    "Replacing fixed sleeps with explicit waits took our flake rate from about 10% to under 1%.",
    "I have a CDL with a hazmat endorsement and two winters of plough routes behind me.",
    "I also cover the weekend pager at my current job, about one week in four.",
  ])("but this is: %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });
});

describe("more ways people tell what they did", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nI'd love to join.\n\nBest,\nAlex`;
  it.each([
    "I co-ran the incident reviews for our payments cluster during my placement.",
    "At Fernleaf this sequence cut paging noise by about a third within a quarter.",
    "Running the night desk for our student radio station taught me to triage alerts calmly.",
    "The same thing happened with my first on-call rota at the co-op, so I'd start with the handoff notes.",
    "Your runbook idea is great, and after a year keeping our Grafana alerts tidy I'd love to help write them.",
  ])("counts %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });

  it("still not the reader's own results told in the first person", () => {
    expect(rule.check(makeContext(body("I loved hearing how your team cut pages by half last year.")))).toHaveLength(1);
  });
});

describe("results and daily work told plainly", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nI'd love to join.\n\nBest,\nAlex`;
  it.each([
    "We went from 12 regular litter pickers to about 60 in one summer.",
    "tray rounds are basically my whole job right now (three wards, about 90 patients) so i could pick that up from week one.",
    "My experiance on two hospital wings, including the fire-door survey, would be directly relevent.",
    "My time detailing steel connections on a county-funded sports hall would be a real asset on the extension.",
    "I'm fine with closing, I do all the stock rotation and cashing up at my uncle's shop.",
    "Having remediated audit findings at two previous firms, I valued how plainly you set out the board's needs.",
    "I think I would be good on the phones because I cover reception at my dad's garage every Saturday.",
  ])("counts %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toEqual([]);
  });

  it.each([
    "We went from the lobby to the third floor for the second half of the interview.",
    "The rota is your whole team's job, so it must be exhausting.",
  ])("still fires on %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });
});

describe("a feeling about the employer is no background", () => {
  const body = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation.\n\n${sentence}\n\nI'd love to join.\n\nBest,\nAlex`;
  it.each([
    "I'm a huge believer in Northwind's promise to move freight with half the emissions by 2030.",
    "I am a big fan of the open-source tooling your platform group publishes every quarter.",
  ])("still fires on %s", (sentence) => {
    expect(rule.check(makeContext(body(sentence)))).toHaveLength(1);
  });

  it("counts who the writer has been", () => {
    expect(rule.check(makeContext(body("I was a dispatcher on the night desk for three winters, so pager fatigue is familiar.")))).toEqual([]);
  });
});
