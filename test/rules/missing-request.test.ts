import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/missing-request.js";
import type { NoteAttachment } from "../../src/types.js";
import { interview, makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const BODY = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";
const pdf = (filename: string): NoteAttachment => ({ filename, mimeType: "application/pdf" });

describe("missing-request", () => {
  it("names the addressee's request that is neither mentioned nor attached", () => {
    expect(rule.check(makeContext(BODY))).toEqual([
      {
        rule: "missing-request",
        severity: "error",
        message: "Priya's request from your notes, “send the postmortem template”, is neither mentioned nor attached: attach it or say when it will follow.",
        excerpt: "",
        request: "send the postmortem template",
      },
    ]);
  });

  it("on a sent copy, asks for a follow-up instead: the note can no longer be changed", () => {
    const base = interview("northwind-sre");
    const context = makeContext(BODY, { kind: "sent", interview: { ...base, requests: ["let us know your notice period"] } });
    expect(rule.check(context).map((f) => [f.message, f.request])).toEqual([
      ["Priya's request from your notes, “send the postmortem template”, was neither mentioned nor attached in the note you sent: send it in a short follow-up.", "send the postmortem template"],
      ["The panel's request from your notes, “let us know your notice period”, was not answered in the note you sent: answer it in a short follow-up.", "let us know your notice period"],
    ]);
  });

  it.each([
    ["an attachment named after it", BODY, [pdf("postmortem-template.pdf")]],
    ["a camel-case attachment", BODY, [pdf("PostmortemTemplate_v2.docx")]],
    ["a loose mention", BODY.replace("redesign.", "redesign. I'll send the template over on Monday."), []],
    ["a hyphenated spelling", BODY.replace("redesign.", "redesign. The post-mortem doc is attached."), []],
  ])("is satisfied by %s", (_label, text, attachments) => {
    expect(rule.check(makeContext(text, { note: { attachments } }))).toEqual([]);
  });

  it("does not count an unrelated attachment", () => {
    expect(rule.check(makeContext(BODY, { note: { attachments: [pdf("resume.pdf")] } }))).toHaveLength(1);
  });

  it("checks the interview's own requests too, one finding each", () => {
    const base = interview("northwind-sre");
    const withRequests = { ...base, requests: ["share references from two managers", "send your availability for next week"] };
    const findings = rule.check(makeContext(BODY, { interview: withRequests }));
    expect(findings.map((f) => f.message)).toEqual([
      "Priya's request from your notes, “send the postmortem template”, is neither mentioned nor attached: attach it or say when it will follow.",
      "The panel's request from your notes, “share references from two managers”, is neither mentioned nor attached: attach it or say when it will follow.",
      "The panel's request from your notes, “send your availability for next week”, is neither mentioned nor attached: attach it or say when it will follow.",
    ]);
    const answered = BODY.replace("redesign.", "redesign. My two references are attached, and I'm available any afternoon next week.");
    expect(rule.check(makeContext(answered, { interview: withRequests })).map((f) => f.message)).toEqual([
      "Priya's request from your notes, “send the postmortem template”, is neither mentioned nor attached: attach it or say when it will follow.",
    ]);
  });

  describe("a request to confirm, tell or answer something", () => {
    const base = interview("northwind-sre");
    const asking = (...requests: string[]) => ({ interview: { ...base, requests }, to: "José Álvarez" });
    const NOTE = "Hi José,\n\nThanks for explaining how mentors guide their juniors. %s\n\nI'd love to join the team.\n\nAlex";

    it.each([
      ["confirm availability for an on-site pairing session", "I can do the pairing session on Thursday or Friday morning."],
      ["let us know your notice period", "My notice period is four weeks, so I could start in early January."],
      ["tell me your salary expectations", "I'm looking for a base salary of around $150k."],
      ["let José know whether you can travel to Kraków quarterly", "Travel to Kraków once a quarter is no problem for me."],
    ])("“%s” is answered by a sentence naming its object", (request, sentence) => {
      expect(rule.check(makeContext(NOTE.replace("%s", sentence), asking(request)))).toEqual([]);
    });

    it.each([
      ["tell me your salary expectations", "I expect to hear about next steps soon."],
      ["let us know your notice period", "I could start as soon as you need."],
      ["confirm availability for an on-site pairing session", "The site tour last week was great."],
    ])("“%s” is not answered by one everyday word: %s", (request, sentence) => {
      const findings = rule.check(makeContext(NOTE.replace("%s", sentence), asking(request)));
      expect(findings.map((f) => f.message)).toEqual([
        `The panel's request from your notes, “${request}”, is not answered in the note: mention it in a sentence, e.g. your answer or when you will confirm.`,
      ]);
    });
  });

  it("is silent for an interviewer who asked for nothing, and without an interview", () => {
    expect(rule.check(makeContext(BODY, { to: "José Álvarez" }))).toEqual([]);
    expect(rule.check(makeContext(BODY, { interviewId: null }))).toEqual([]);
  });

  it("names Dr. Okafor properly", () => {
    const [f] = rule.check(makeContext("Dear Dr. Okafor,\n\nThank you.\n\nAlex", { interviewId: "contoso-pm", to: "Dr. Amara Okafor" }));
    expect(f?.message).toBe("Dr. Okafor's request from your notes, “share the roadmap prioritisation example”, is neither mentioned nor attached: attach it or say when it will follow.");
  });

  describe("counts a request as handled only when the note delivers THAT item", () => {
    const asked = (...requests: string[]) => ({ ...interview("northwind-sre"), requests });
    const note = (sentence: string) => `Hi Priya,\n\nThanks for walking me through the on-call rotation redesign. ${sentence}\n\nBest,\nAlex`;

    it.each([
      ["send the onboarding checklist I mentioned", "At Fernhill I built an onboarding program for new SREs that halved their ramp-up time."],
      ["share my load-testing runbook", "I've run load tests before every holiday peak for three years."],
      ["send the incident review template", "Our incident reviews at Fernhill were blameless and short."],
      ["send my notes on chaos drills", "I'd love to run chaos drills with your team."],
    ])("fires for %j when the note only shares a word with it", (request, sentence) => {
      const findings = rule.check(makeContext(note(sentence), { to: "José Álvarez", interview: asked(request) }));
      expect(findings.map((f) => f.message)).toEqual([
        `The panel's request from your notes, “${request}”, is neither mentioned nor attached: attach it or say when it will follow.`,
      ]);
    });

    it.each([
      ["send the onboarding checklist I mentioned", "The onboarding checklist I mentioned is attached."],
      ["send the onboarding checklist I mentioned", "I'll email you the checklist by Friday."],
      ["share my load-testing runbook", "Here's my load-testing runbook: https://gist.example.com/alex/runbook"],
      ["send the incident review template", "As promised, you'll find our incident review template below."],
      ["send my notes on chaos drills", "My notes on chaos drills are in the shared doc you gave me access to."],
    ])("is satisfied for %j by %j", (request, sentence) => {
      expect(rule.check(makeContext(note(sentence), { to: "José Álvarez", interview: asked(request) }))).toEqual([]);
    });

    it.each([
      ["refs from last 2 jobs", "Here are my two references, from Fernhill and from Larkspur:"],
      ["refs from last 2 jobs", "References from my last two jobs:"],
      ["pe cert + licence no", "As requested, a copy of my PE certificate is attached, and my licence number is 4471-B."],
      ["info on notice period", "On the information you asked for: my notice period is four weeks."],
    ])("reads the shorthand a hurried user types: %j is satisfied by %j", (request, sentence) => {
      expect(rule.check(makeContext(note(sentence), { to: "José Álvarez", interview: asked(request) }))).toEqual([]);
    });

    it("but a word the shorthand shares with the note is no delivery of the item", () => {
      const findings = rule.check(makeContext(note("My last two jobs were both in payments."), { to: "José Álvarez", interview: asked("refs from last 2 jobs") }));
      expect(findings).toHaveLength(1);
    });

    it("is satisfied by an attachment named after the item, whatever the text says", () => {
      const ctx = makeContext(note("I've run load tests before every peak."), {
        to: "José Álvarez",
        interview: asked("share my load-testing runbook"),
        note: { attachments: [pdf("Alex_Chen_load_testing_runbook.pdf")] },
      });
      expect(rule.check(ctx)).toEqual([]);
    });
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("an item handed over by its head noun, or already on its way", () => {
  const withRequest = (request: string) => {
    const iv = interview("northwind-sre");
    const own = { ...iv, requests: [request], interviewers: iv.interviewers.map((p) => ({ ...p, requests: [] })) };
    return { interview: own, addressee: own.interviewers[0]!, recipients: [own.interviewers[0]!] };
  };
  const note = (sentence: string) => `Hi Priya,\n\nThank you for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it.each([
    ["send load test writeup as a sample", "I've attached the writeup from that project."],
    ["copy of current AWS cert", "my AWS cert is attached"],
    ["two references incl a former manager", "Both references should be in your inbox by now."],
    // typed as the thing, with no verb; the note calls it by the word before its head
    ["staffing plan for winter ward", "The staffing figures you asked for are attached: two extra HCAs on nights."],
    ["budget template for q3 forecast", "The budget I put together over the weekend is attached."],
  ])("%s is handled by: %s", (request, sentence) => {
    expect(rule.check(makeContext(note(sentence), withRequest(request)))).toEqual([]);
  });

  it.each([
    ["send load test writeup as a sample", "I wrote up the load test results for my team last year."],
    ["copy of current AWS cert", "I've attached my CV."],
    ["staffing plan for winter ward", "I've attached my CV and the winter rota I built last year."],
  ])("%s is not handled by: %s", (request, sentence) => {
    expect(rule.check(makeContext(note(sentence), withRequest(request)))).toHaveLength(1);
  });
});

describe("items listed under a delivery cue", () => {
  const withRequest = (request: string) => {
    const iv = interview("northwind-sre");
    const own = { ...iv, requests: [request], interviewers: iv.interviewers.map((p) => ({ ...p, requests: [] })) };
    return { interview: own, addressee: own.interviewers[0]!, recipients: [own.interviewers[0]!] };
  };
  const note = (list: string) => `Hi Priya,\n\nThank you for going through the hub rescue drill. ${list}\n\nI'd be glad to join the team.\n\nBest,\nAlex`;
  it("are delivered by the cue above them", () => {
    const list = "Attached, as you asked:\n\n- GWO Basic Safety Training\n- GWO Advanced Rescue Training\n- my OGUK offshore medical, valid to March 2028";
    expect(rule.check(makeContext(note(list), withRequest("send gwo certs + offshore medical")))).toEqual([]);
  });
  it("are delivered under a heading that names the item", () => {
    const list = "My referees are:\n1. Helen Marsh, Laboratory Manager, Pennine Analytical, helen.marsh@pennine.example\n2. David Okafor, Senior Microbiologist, d.okafor@pennine.example";
    expect(rule.check(makeContext(note(list), withRequest("send names + contacts for 2 referees")))).toEqual([]);
    const other = "My current projects:\n1. the swabbing rota\n2. the LIMS backlog";
    expect(rule.check(makeContext(note(other), withRequest("send names + contacts for 2 referees")))).toHaveLength(1);
  });
  it("are not delivered without a cue, nor by a list after the cue's paragraph", () => {
    const bare = "My training so far:\n\n- GWO Basic Safety Training\n- an offshore medical next month";
    expect(rule.check(makeContext(note(bare), withRequest("send gwo certs + offshore medical")))).toHaveLength(1);
    const later = "Attached, as you asked: my CV.\n\nWhat I'd bring:\n\n- GWO Basic Safety Training\n- an offshore medical next month";
    expect(rule.check(makeContext(note(later), withRequest("send gwo certs + offshore medical")))).toHaveLength(1);
  });
});

describe("an item handed over as what the reader asked for", () => {
  const withRequest = (request: string) => {
    const iv = interview("northwind-sre");
    const own = { ...iv, requests: [request], interviewers: iv.interviewers.map((p) => ({ ...p, requests: [] })) };
    return { interview: own, addressee: own.interviewers[0]!, recipients: [own.interviewers[0]!] };
  };
  const note = (sentence: string) => `Hi Priya,\n\nThank you for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it("is delivered by 'you asked for'", () => {
    expect(rule.check(makeContext(note("You asked for my certification details: NIC, member #44817, valid through June 30, 2028."), withRequest("send nic cert number + expiry date")))).toEqual([]);
  });
  it("is not delivered by a question the writer asked", () => {
    expect(rule.check(makeContext(note("I asked about certification support for new starters."), withRequest("send nic cert number + expiry date")))).toHaveLength(1);
  });
});

