import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/placeholder.js";
import { makeContext } from "../helpers/context.js";
import good from "../fixtures/notes/good.json" with { type: "json" };

const check = (text: string) => rule.check(makeContext(text));
const found = (text: string) => check(text).map((f) => f.message.match(/"(.+)" with/)?.[1]);

describe("placeholder", () => {
  it.each([
    ["Hi [Name],", "[Name]"],
    ["I would love to join [Company] as a reliability engineer.", "[Company]"],
    ["I'm excited about {company} and its mission.", "{company}"],
    ["Dear {{first_name}},", "{{first_name}}"],
    ["Thanks for the chat about <Company>'s roadmap.", "<Company>"],
    ["It was great meeting you, <Interviewer Name>.", "<Interviewer Name>"],
    ["At my last job I cut pages by XX% in a quarter.", "XX"],
    ["We spoke on XX/YY/XXXX about the rotation.", "XX/YY/XXXX"],
    ["My broker license number is XXXXX and my filing is current.", "XXXXX"],
    ["You can reach me on 07700 XXXXXX after six.", "XXXXXX"],
    ["I particularly liked your point about suchandsuch.", "suchandsuch"],
    ["I particularly liked your point about such-and-such.", "such-and-such"],
    ["Blah blah, the rotation redesign was fun.", "Blah blah"],
    ["I loved the part about insert specific topic here and how it works.", "insert specific topic here"],
    ["TODO: mention the template.", "TODO"],
    ["I'm excited to bring my skills to Company Name.", "Company Name"],
    ["Best regards,\n[Your Name]", "[Your Name]"],
    ["Thank you, Interviewer Name, for your time.", "Interviewer Name"],
    ["We met on MM/DD to talk.", "MM/DD"],
  ])("flags %j", (text, placeholder) => {
    const findings = check(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "placeholder",
      severity: "error",
      message: `Replace the template text "${placeholder}" with the real words, or delete it.`,
    });
    expect(text.replace(/\s+/g, " ")).toContain(findings[0]!.excerpt);
  });

  it("reports each distinct placeholder once, and nested ones once", () => {
    expect(found("I cut pages by XX% in YY months, then XX% more.")).toEqual(["XX", "YY"]);
    expect(found("Thanks,\n[Your Name]")).toEqual(["[Your Name]"]);
    expect(found("Hi [Name], thanks [Name]. I'd love to join [Company].")).toEqual(["[Name]", "[Company]"]);
  });

  it.each([
    "Priya Raman <priya.raman@northwind.example> wrote the runbook.",
    "See https://northwind.example/jobs/{id}/apply and <https://northwind.example/careers>.",
    "I <3 this team.",
    "The hoodie came in XXL and XX-large only, and Q4 is our busiest quarter.",
    "The start date is TBD, and I hope to help with it.",
    "The <br> tag and <b>bold</b> text were left by my mail client.",
    "I hope I spelled your name right, and that the company name change went well.",
    "Thanks for the chat [1] and the link [https://northwind.example].",
    "My portfolio [image: logo] is linked [here](https://alex.example).",
    "Such and such a team would benefit, I think.",
    "Our todo list and the xx-small size are fine.",
    "[sic] as you said, and the items [a] and [b].",
    "[EXTERNAL] Re: our chat, [Redacted] and [Caution] banners.",
    "The on-call team (YYZ office) and the FY2026 plan.",
  ])("is silent on %j", (text) => {
    expect(check(text)).toEqual([]);
  });

  it("is silent on every good note", () => {
    for (const n of good) {
      const ctx = makeContext(n.text, { interviewId: n.interview, to: n.to, note: { subject: n.subject, attachments: n.attachments ?? [] } });
      expect(rule.check(ctx)).toEqual([]);
    }
  });
});

describe("placeholder: every kind of template trace", () => {
  it.each([
    ["a blank of underscores", "Thank you for talking with me about the ________ opening on your team.", "________"],
    ["a stand-in form of address", "Dear Mr./Mrs. Surname,", "Mr./Mrs"],
    ["a stand-in first name", "Hello Firstname, it was good to meet you.", "Firstname"],
    ["a stand-in company", "I would be proud to join ABC Company next spring.", "ABC Company"],
    ["a stand-in company by the usual example name", "Working at Acme Inc. would be a great next step.", "Acme Inc"],
    ["a letter for the role", "I am keen on the R position and what it would mean for me.", "the R position"],
    ["an instruction in parentheses", "I especially liked (say which part of the day you liked best) and hope to hear back.", "(say which part of the day you liked best)"],
    ["an instruction in brackets", "Our chat about [include one thing you learned] stayed with me.", "[include one thing you learned]"],
    ["a mail-merge token with percent signs", "Hi %RECIPIENT_NAME%,", "%RECIPIENT_NAME%"],
    ["a Mailchimp merge tag", "Dear *|FNAME|*,", "*|FNAME|*"],
    ["a field name in capitals where the name belongs", "Good morning HIRING MANAGER, thanks for the time.", "HIRING MANAGER"],
    ["a bracketed slot where a noun phrase belongs", "I think my years of [relevant achievement] would help the clinic.", "[relevant achievement]"],
    ["a bracketed slot after a preposition", "It was good to hear about [something they said] on the tour.", "[something they said]"],
  ])("flags %s", (_label, text, placeholder) => {
    expect(found(text)).toContain(placeholder);
  });

  it.each([
    "The snake_case config keys and the __init__ file were new to me.",
    "We agreed a Plan B for the launch and an A/B test for pricing.",
    "I'd bring my C++ and R experience (and some Go) to the team.",
    "THANK YOU SO MUCH FOR THE TIME TODAY, THE NAME OF THE TOOL ESCAPES ME.",
    "The HR team, the CEO and the ICU nurses (see my note below) were lovely.",
    "I'd be glad to share an example (the one about the vendor audit) if useful.",
    "You said the rota \"[was] never this bad before\" and I believe it.",
    "The audit went well [sic] and the board signed it off.",
  ])("is silent on %j", (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe("a template slot offering alternatives", () => {
  it("is template text", () => {
    expect(found("Hi Priya,\n\nI enjoyed our talk about [specific case/topic discussed].\n\nBest,\nAlex")).toHaveLength(1);
  });
  it("a bracketed aside of ordinary words still is not", () => {
    expect(check("Hi Priya,\n\nThe rota (weekdays/weekends) made sense to me.\n\nBest,\nAlex")).toEqual([]);
  });
});

describe("an unchosen either/or", () => {
  it("is template text", () => {
    expect(found("Hi Priya,\n\nIn my role as a [peer mentor / orientation leader] I met students weekly.\n\nBest,\nAlex")).toHaveLength(1);
  });
});

describe("template text in the subject", () => {
  const body = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";
  it("is reported too, quoting the subject", () => {
    const findings = rule.check(makeContext(body, { note: { subject: "Follow-up on [Position Title] interview" } }));
    expect(findings.map((f) => [f.message, f.excerpt])).toEqual([
      ['Replace the template text "[Position Title]" in the subject with the real words, or delete it.', "Follow-up on [Position Title] interview"],
    ]);
  });
  it("is silent on a filled-in subject", () => {
    expect(rule.check(makeContext(body, { note: { subject: "Follow-up on my SRE interview [17 Nov]" } }))).toEqual([]);
  });
});
