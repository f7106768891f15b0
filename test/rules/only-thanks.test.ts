import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/only-thanks.js";
import { makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

type Case = [label: string, text: string, interviewId: string | null, to?: string];

/** Notes that are thanks and pleasantries with little or nothing built on the conversation. */
const THANKS_ONLY: Case[] = [
  [
    "four lines of thanks",
    "Hi Priya,\n\nThank you so much for taking the time to meet with me today. I really enjoyed our conversation and learning more about the role. I appreciate your consideration.\n\nI look forward to hearing from you.\n\nBest regards,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "gushing, unmatched",
    "Dear Mr. Patel,\n\nThanks a million for yesterday! It was such a pleasure chatting with you and the rest of the panel. I'm so grateful for the warm welcome and for your generosity with your time.\n\nHave a wonderful weekend!\n\nCheers,\nNoor",
    null,
  ],
  [
    "British formal, to Dr. Okafor",
    "Dear Dr. Okafor,\n\nMany thanks for the interview this morning; it was a privilege to meet you. I am grateful for the time you and your colleagues set aside, and I very much appreciated the insight into the organisation.\n\nPlease do not hesitate to get in touch should you require anything further.\n\nKind regards,\nAlex Chen",
    "contoso-pm",
    "Dr. Amara Okafor",
  ],
  [
    "one small detail drowned in pleasantries",
    "Hi Tomasz,\n\nThank you for your time today. It was great meeting you. I enjoyed hearing a little about peak season. I really appreciate you taking the time to speak with me. Hope you have a great rest of your week, and thanks again!\n\nBest,\nAlex",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "one run-on line, no sign-off",
    "Hey José, thanks so much for chatting with me this afternoon, really appreciated it and it was lovely to meet you! Let me know if you need anything else from me.",
    "northwind-sre",
    "José Álvarez",
  ],
];

/** Notes that thank but also build on the conversation. */
const BUILDS_ON: Case[] = [
  [
    "thanks plus two sentences of substance",
    "Hi Priya,\n\nThank you for your time today. Your plans for the on-call rotation stuck with me: pairing a primary with a shadow for the first month is what finally cut our pager fatigue at Fernhill. I'd love to help roll that out.\n\nBest,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "substance in the thank-you sentence itself, unmatched",
    "Hello Marcus,\n\nThanks for walking me through the checkout rewrite and the plan to move payments off the monolith. I have a few thoughts on the idempotency keys we discussed and will send them over.\n\nKind regards,\nPriyanka",
    null,
  ],
  [
    "polite but mostly content, to Tomasz",
    "Dear Tomasz,\n\nThank you for the conversation. I've been turning over your question about autoscaling the dispatch service ahead of peak season. At my last job we pre-warmed node pools two days before each sale, which kept p95 latency flat.\n\nI look forward to hearing from you.\n\nBest regards,\nAlex",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "short and specific, to Dr. Okafor",
    "Dr. Okafor,\n\nThanks for today. Since we spoke I drafted a one-page plan for piloting SMS reminders in three clinics and tracking no-shows weekly.\n\nBest,\nAlex",
    "contoso-pm",
    "Dr. Amara Okafor",
  ],
  [
    "not thanks at all, just content",
    "Hi José,\n\nFollowing up on mentoring: I ran a weekly debugging clinic for junior engineers at my last job and would be glad to start one here.\n\nAlex",
    "northwind-sre",
    "José Álvarez",
  ],
];

const contextOf = ([, text, interviewId, to]: Case) => makeContext(text, { interviewId, ...(to ? { to } : {}) });

describe("only-thanks", () => {
  it.each(THANKS_ONLY)("fires on a note that is mostly thanks: %s", (...c) => {
    const findings = rule.check(contextOf(c));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "only-thanks", severity: "warning" });
    expect(c[1].replace(/\s+/g, " ")).toContain(findings[0]?.excerpt);
    expect(findings[0]?.excerpt).not.toBe("");
  });

  it.each(BUILDS_ON)("is silent on a note that builds on the conversation: %s", (...c) => {
    expect(rule.check(contextOf(c))).toEqual([]);
  });

  it("quotes the first pleasantry and suggests a saved topic", () => {
    const [f] = rule.check(contextOf(THANKS_ONLY[0]!));
    expect(f?.excerpt).toBe("Thank you so much for taking the time to meet with me today.");
    expect(f?.message).toContain("“on-call rotation redesign”");
  });

  it("does not read the sign-off \"Thanks,\" as the note's content", () => {
    const text = "Hi Priya,\n\nI sketched a shadow-rotation schedule for the first month of on-call and attached it.\n\nThanks,\nAlex";
    expect(rule.check(makeContext(text))).toEqual([]);
  });

  it("is silent on a note with no pleasantries", () => {
    expect(rule.check(makeContext("Hi Priya,\n\nI'd be a strong hire.\n\nAlex"))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("only-thanks: thanks that merely names a topic is still a pleasantry", () => {
  const check = (text: string) => rule.check(makeContext(text)).map((f) => f.rule);
  it("fires when every mention of the conversation sits inside a thank-you", () => {
    const text =
      "Hi Priya,\n\nThank you so much for your time today. I'm really grateful we had the chance to talk through the on-call rotation redesign. I appreciated your openness and enjoyed meeting you.\n\nThanks again, and I hope to hear from you soon.\n\nBest,\nAlex";
    expect(check(text)).toEqual(["only-thanks"]);
  });

  it("fires when the topics are named only in being glad to have talked about them", () => {
    const text =
      "Dear Priya,\n\nThank you very much for the meeting today. I was very glad to speak with you about the on-call rotation redesign and the Kubernetes migration. Thank you again for your patience and your time.\n\nWith best regards,\nAlex";
    expect(check(text)).toEqual(["only-thanks"]);
  });

  it("fires when the topics are named only as what the writer enjoyed, and the rest is goodbyes", () => {
    const text =
      "Hi Priya,\n\nThank you so much for Tuesday! I really enjoyed the on-call rotation redesign, which I was nervous about. Have a good rest of your shift and stay safe.\n\nBest,\nAlex";
    expect(check(text)).toEqual(["only-thanks"]);
  });

  it("is silent when what the writer enjoyed goes on to what they heard", () => {
    const text =
      "Hi Priya,\n\nThank you for meeting me. I loved the on-call rotation redesign and hearing that the secondary hands over to Kraków at 6pm with a written log.\n\nI'd love to join.\n\nBest,\nAlex";
    expect(check(text)).toEqual([]);
  });

  it("is silent when the thank-you goes on to say something of its own about the topic", () => {
    const text =
      "Hi Priya,\n\nThank you so much for your time today. Thanks for talking through the on-call rotation redesign; pairing a primary in Chicago with a secondary in Kraków would halve the night pages. I appreciated your openness.\n\nBest,\nAlex";
    expect(check(text)).toEqual([]);
  });
});

describe("what is not substance", () => {
  it("a gift, however concrete, and praise of the premises", () => {
    const text =
      "Hi Priya,\n\nThank you so much for your time today. It was lovely to meet you, and your office is gorgeous and so welcoming. I've sent a box of salted caramels from the shop on Fenwick Street as a small thank-you. Thanks again!\n\nBest,\nAlex";
    expect(rule.check(makeContext(text))).toHaveLength(1);
  });

  it("but a thank-you with a real thought of the writer's own still builds on the conversation", () => {
    const text =
      "Hi Priya,\n\nThank you so much for your time today. Your point that pages should carry their own runbook link stuck with me; at my last job we cut mean time to acknowledge by a third that way. Thanks again!\n\nBest,\nAlex";
    expect(rule.check(makeContext(text))).toEqual([]);
  });
});

describe("thanks as a phone note types it", () => {
  it("is thanks too", () => {
    expect(rule.check(makeContext("hey priya thx for the interview today, was fun. lmk\n\n- alex"))).toHaveLength(1);
  });
});

/** only-thanks on `body` as a note to Priya. */
const checkBody = (body: string) => rule.check(makeContext(`Hi Priya,\n\n${body}\n\nBest,\nAlex`));

describe("a sentence of thanks whose every clause is a pleasantry", () => {
  it("is no substance however much it names", () => {
    const body =
      "Thank you for having me in on Tuesday. I loved the tour and our chat about the rotation redesign, it was a real pleasure to meet you and I'm thankful for the time you gave me. Please thank the whole crew in the control room for me too. I hope to hear from you soon.";
    expect(checkBody(body)).toHaveLength(1);
  });
  it("is substance when a clause of its own says something", () => {
    const body =
      "Thank you for having me in on Tuesday. I loved our chat about the rotation redesign; a follow-the-sun handoff between Chicago and Kraków would take most night pages off the primary. I hope to hear from you soon.";
    expect(checkBody(body)).toEqual([]);
  });
  it("counts no plea as substance", () => {
    const body =
      "Thank you so much for your time today, I really appreciated it. I have sent 70 applications since March and this was my only interview, so please give me a chance to prove myself. Thanks again!";
    expect(checkBody(body)).toHaveLength(1);
  });
});

describe("compliments that fit any employer are pleasantries", () => {
  it("fires on thanks and compliments with nothing built on the talk", () => {
    expect(checkBody("Thank you for having me in yesterday. Northwind feels like such a friendly place to work, and I loved the easy-going vibe in the office. I would be glad to be part of it.")).toHaveLength(1);
  });
  it("fires when a thank-you only lists what the writer enjoyed", () => {
    const body =
      "Thank you for meeting me on Monday. I really enjoyed the incident review and our chat about the rotation redesign, it was great to meet you and I appreciated your patience with my questions. Please pass my thanks to Tomasz too. I hope to hear from you soon.";
    expect(checkBody(body)).toHaveLength(1);
  });
  it("is silent when a compliment comes with something said", () => {
    const body =
      "Thank you for having me in yesterday. Northwind feels like a friendly place to work. Your plan to pair each new on-call engineer with a shadow for two rotations would have saved me a rough first month at my last job.";
    expect(checkBody(body)).toEqual([]);
  });
});


describe("finding what was said interesting, and small talk about it, are pleasantries", () => {
  it("fires when the topics are only what the writer found interesting to hear", () => {
    const body =
      "Thanks for seeing me on Thursday. It was really interesting to learn how the on-call rotation redesign came about and how the team got through the Kubernetes migration. Sounds like a hectic few months! Let me know if I can send anything else.";
    expect(checkBody(body)).toHaveLength(1);
  });
  it("is silent when the writer goes on to say something of their own about it", () => {
    const body =
      "Thanks for seeing me on Thursday. It was really interesting to learn how the on-call rotation redesign came about; at my last job a written handover log cut our repeat pages by a third. Let me know if I can send anything else.";
    expect(checkBody(body)).toEqual([]);
  });
});

describe("what a thank-you is for is still thanks", () => {
  it("fires when each topic is only the object of a thank-you, however long the list of what was thanked for", () => {
    const body =
      "Thank you so much for meeting me today. Thank you for the tour of the operations floor and for explaining the on-call rotation redesign so clearly, and thank you for the coffee and pastries afterwards! Thanks also for going through the peak season traffic numbers with me. Thank you again for a great afternoon. I'd love to join Northwind.";
    expect(checkBody(body)).toHaveLength(1);
  });
  it("fires when a congratulation stands in for what the writer would bring", () => {
    const body =
      "Thank you for having me in this morning, and for talking me through the on-call rotation redesign. Congratulations on the new Kraków office opening, what exciting news! Thanks again for your kindness and your time. I hope to hear from you soon.";
    expect(checkBody(body)).toHaveLength(1);
  });
  it("is silent when a thank-you goes on, in the same sentence, to something of the writer's own", () => {
    const body =
      "Thank you for explaining the on-call rotation redesign, which is close to the follow-the-sun rota I set up between Leeds and Pune at my last job. Thanks again for your time.";
    expect(checkBody(body)).toEqual([]);
  });
  it("is silent when the thanks is for what the writer then builds on", () => {
    const body =
      "Thanks for walking me through the on-call rotation redesign because pairing a primary with a shadow is exactly what cut our night pages by half at Brightwell. I'd love to help roll it out.";
    expect(checkBody(body)).toEqual([]);
  });
});
