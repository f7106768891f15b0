import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/not-personal.js";
import { interview, makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

/** Generic notes that could have gone to anyone: [label, text, interview id or null, addressee]. */
const GENERIC: [string, string, string | null, string | undefined][] = [
  [
    "the classic template, to Priya",
    "Hi Priya,\n\nThank you so much for taking the time to meet with me today. I really enjoyed our conversation and learning more about the role and the team.\n\nI believe my skills and experience make me a great fit, and I am excited about the opportunity to contribute.\n\nI look forward to hearing from you.\n\nBest regards,\nAlex Chen",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "culture praise, unmatched",
    "Dear Hiring Team,\n\nI wanted to reach out and thank you for the interview yesterday. It was a pleasure to meet everyone and hear about the company's mission and values. The culture seems collaborative and welcoming, and I can see myself thriving there.\n\nPlease don't hesitate to contact me if you need any further information.\n\nSincerely,\nJordan Lee",
    null,
    undefined,
  ],
  [
    "short and breezy, to Tomasz",
    "Hello Tomasz,\n\nJust a quick note to say thanks for your time on Tuesday. I appreciated your insights into how the team works and what you value in an engineer. It sounds like an exciting place to be right now!\n\nI'm very enthusiastic about this opportunity and hope to be part of what you're building.\n\nAll the best,\nSam",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "formal, names company and role but nothing said, unmatched",
    "Dear Ms. Whitfield,\n\nThank you for the opportunity to interview for the Senior Data Analyst position at Brightwater Analytics. I truly appreciated the chance to learn more about your organization and the responsibilities of the role.\n\nOur discussion reinforced my enthusiasm for joining your team, and I am confident that I would be a strong addition.\n\nThank you again for your time and consideration.\n\nRespectfully,\nMorgan Ellis",
    null,
    undefined,
  ],
  [
    "an interview with facts but no topics from them, to Dr. Okafor",
    "Dear Dr. Okafor,\n\nIt was wonderful speaking with you this morning. I left our meeting feeling inspired by everything you shared about the company and its vision for the future.\n\nI'm confident I'd be a great fit and would love the chance to work with you.\n\nWarm regards,\nAlex",
    "contoso-pm",
    "Dr. Amara Okafor",
  ],
  [
    "one long paragraph, hard-wrapped, to José",
    "Hi José,\nThank you for meeting with me earlier today, I genuinely enjoyed getting to\nknow you and hearing about the great work your team does. You clearly have a\ntalented and supportive group, and it was exciting to hear where things are\nheaded. Please let me know if there's anything else you need from me.\nCheers,\nAlex",
    "northwind-sre",
    "José Álvarez",
  ],
  [
    "specific only about the writer's own career, unmatched",
    "Dear Ms. Whitfield,\n\nThank you for meeting with me this morning. I enjoyed learning more about the unit and where the hospital is heading.\n\nWith twelve years in emergency nursing, nine of them as a charge nurse on a 40-bed floor, I'm confident I'd be a strong fit for what you need.\n\nI look forward to hearing from you.\n\nKind regards,\nMorgan",
    null,
    undefined,
  ],
  [
    "the writer's stack and past employer, to Tomasz",
    "Hello Tomasz,\n\nIt was great to get a sense of how the team operates day to day. I've spent five years running Kafka clusters at a fintech and wrote most of our Terraform modules, so I think I'd pick things up quickly.\n\nI'm keen on the role.\n\nCheers,\nAlex",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "the writer's news and a gap answered without pointing at the conversation, to José",
    "Hi José,\n\nThanks for your time today. I haven't written much Go yet, but I've worked with Rust services for three years at Fernhill. Since we spoke, my talk on incident reviews was accepted at SREcon.\n\nI'd be thrilled to join the team.\n\nAll the best,\nAlex",
    "northwind-sre",
    "José Álvarez",
  ],
];

/** Notes that build on the conversation, often in their own words or on a detail nobody saved. */
const PERSONAL: [string, string, string | null, string | undefined][] = [
  [
    "paraphrases a saved topic (on-call rotation redesign)",
    "Hi Priya,\n\nThanks for today. I keep coming back to your plans for the rotation and how to keep new engineers from burning out in their first weeks.\n\nI'd love to help with that.\n\nBest,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "verb form of a saved topic (redesigning on-call)",
    "Priya,\n\nThank you for the time this afternoon. Redesigning on-call is exactly the kind of work I enjoy, and I'd be glad to dig into it with you.\n\nRegards,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
  [
    "unmatched, with a concrete detail the writer heard",
    "Hi Dana,\n\nThank you for the conversation on Thursday. You mentioned the backlog of clinic onboarding requests, and I've been thinking about how a self-serve intake form could cut it down.\n\nI'm very excited about the role.\n\nBest,\nRiley",
    null,
    undefined,
  ],
  [
    "unmatched, with a number and technical detail",
    "Hello Marcus,\n\nThanks for walking me through your checkout flow. Dropping the p99 latency from 900 ms to under 300 ms is a goal I'd love to chase with your team.\n\nKind regards,\nPriyanka",
    null,
    undefined,
  ],
  [
    "facts present but a detail nobody saved (Grafana dashboards)",
    "Hi Tomasz,\n\nThanks for showing me the Grafana dashboards your SREs built for the dispatch fleet; the per-depot error budgets were clever.\n\nI'd be glad to help extend them.\n\nBest,\nAlex",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "answers the saved concern only (limited Go experience)",
    "Hi José,\n\nThank you for the conversation today. Since Go came up, I wanted to share that I've started a small Go service at home to get fluent quickly.\n\nAll the best,\nAlex",
    "northwind-sre",
    "José Álvarez",
  ],
  [
    "unmatched, a detail they shared, framed in the first person",
    "Hi Dana,\n\nThanks for Thursday. I keep thinking about the idea you floated of moving intake onto a self-serve form for the smaller clinics.\n\nBest,\nRiley",
    null,
    undefined,
  ],
  [
    "unmatched, something seen on site",
    "Hi Dana,\n\nThank you for the tour. I was struck by the Grafana board on the wall that tracks depot-level error budgets.\n\nBest,\nRiley",
    null,
    undefined,
  ],
  [
    "the writer's background and their project in one sentence, to Tomasz",
    "Hello Tomasz,\n\nHaving run a similar move at Fernhill, I'd love to help with shifting the dispatch service onto Kubernetes.\n\nRegards,\nAlex",
    "northwind-sre",
    "Tomasz Kowalski-Nowak",
  ],
  [
    "delivers what Priya asked for",
    "Hi Priya,\n\nThanks for today. As promised, I've attached the postmortem template we used at Fernhill.\n\nBest,\nAlex",
    "northwind-sre",
    "Priya Raman",
  ],
];

describe("not-personal", () => {
  it.each(GENERIC)("fires on a generic note: %s", (_label, text, interviewId, to) => {
    const findings = rule.check(makeContext(text, { interviewId, ...(to ? { to } : {}) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rule).toBe("not-personal");
    expect(findings[0]?.severity).toBe("error");
    expect(text.replace(/\s+/g, " ")).toContain(findings[0]?.excerpt);
  });

  it.each(PERSONAL)("is silent on a note that builds on the conversation: %s", (_label, text, interviewId, to) => {
    expect(rule.check(makeContext(text, { interviewId, ...(to ? { to } : {}) }))).toEqual([]);
  });

  it("names the interviewer and a saved topic in its advice, quoting the opening sentence", () => {
    const [f] = rule.check(makeContext(GENERIC[0]![1], { to: "Priya Raman" }));
    expect(f).toEqual({
      rule: "not-personal",
      severity: "error",
      message: "Mention something specific from your conversation with Priya, e.g. “on-call rotation redesign”, and add what you think about it.",
      excerpt: "Thank you so much for taking the time to meet with me today.",
    });
  });

  it("gives general advice when there are no facts", () => {
    const [f] = rule.check(makeContext(GENERIC[1]![1], { interviewId: null }));
    expect(f?.message).toMatch(/^Mention something specific from your conversation, e\.g\. a question they asked/);
  });

  it("does not count the company, role or names as specific", () => {
    const text = "Hi Priya,\n\nThank you for telling me about Northwind Logistics and the Senior Site Reliability Engineer role.\n\nBest,\nAlex";
    expect(rule.check(makeContext(text))).toHaveLength(1);
  });

  describe("a topic that shares only a broad business word with the note", () => {
    const base = interview("northwind-sre");
    const withTopic = { interview: { ...base, topics: ["surveying depot customers"] }, to: "José Álvarez" };
    const opening = "Hi José,\n\nThank you for the conversation today and for explaining how the team works.";

    it("fires when the only shared word is a broad one (customers)", () => {
      const text = `${opening} I'd love to help build products that customers love.\n\nBest,\nAlex`;
      expect(rule.check(makeContext(text, withTopic))).toHaveLength(1);
    });

    it("is silent when a telling word of the topic appears", () => {
      const text = `${opening} Your idea of surveying customers after a late delivery stuck with me.\n\nBest,\nAlex`;
      expect(rule.check(makeContext(text, withTopic))).toEqual([]);
    });
  });

  it("stays silent on an empty note (nothing to judge)", () => {
    expect(rule.check(makeContext(""))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("not-personal: stock specificity is not the conversation", () => {
  const fires = (text: string, interviewId: string | null = "northwind-sre") => rule.check(makeContext(text, { interviewId })).length > 0;
  it.each([
    ["praise of the kind any logistics firm gets", "Hi Priya,\n\nThank you for the conversation. I have long admired the first-class delivery network Northwind is recognised for, and the collaborative spirit of your infrastructure group really came through.\n\nBest,\nAlex"],
    ["tools and scale of any tech employer", "Hi Priya,\n\nThanks for today. The cutting-edge tools your engineers work with and the impressive scale of the systems the company runs make this a really exciting place.\n\nBest,\nAlex"],
    ["a template with an offer to prove oneself", "Dear Hiring Manager,\n\nI truly enjoyed finding out more about the organisation and its people yesterday. My abilities and background make me a strong applicant, and I would be grateful for any opportunity to show what I can do.\n\nSincerely,\nAlex"],
  ])("fires on %s", (_label, text) => {
    expect(fires(text)).toBe(true);
  });

  it("fires on a hospital's stock praise when nothing is saved", () => {
    const text = "Dear Ms. Whitfield,\n\nThank you for meeting me. The compassionate patient care your hospital is celebrated for and the supportive nursing team on the unit made a strong impression.\n\nKind regards,\nMorgan";
    expect(fires(text, null)).toBe(true);
  });

  it.each([
    ["an unsaved detail with a cue", "Dear Ms. Whitfield,\n\nThank you for meeting me. I keep thinking about the bedside handoff checklist you piloted on nights, and how it cut the 7am chaos.\n\nKind regards,\nMorgan", null],
    ["a saved topic in other words", "Hi Priya,\n\nThanks for today. I've been thinking about your idea of a follow-the-sun pager so no one is woken twice a week.\n\nBest,\nAlex", "northwind-sre"],
    ["a related term for a saved topic", "Hi Priya,\n\nThanks for today. Splitting the pager between two time zones, as you sketched it, is a problem I'd love to work on.\n\nBest,\nAlex", "northwind-sre"],
  ])("is silent on %s", (_label, text, interviewId) => {
    expect(fires(text, interviewId)).toBe(false);
  });
});

describe("not-personal: the finding names the sentence it judged and why", () => {
  it("quotes the sentence nearest to a detail and the stock words that make it generic", () => {
    const text = "Hi Priya,\n\nThanks for your time. I was struck by the innovative solutions and reliable service your department provides.\n\nBest,\nAlex";
    const [f] = rule.check(makeContext(text));
    expect(f?.excerpt).toBe("I was struck by the innovative solutions and reliable service your department provides.");
    expect(f?.message).toContain("words like “innovative”, “solutions”, “service” would fit any employer");
  });

  it("says when the sentence only names the company or the role", () => {
    const text = "Hi Priya,\n\nThank you for telling me about Northwind Logistics and the Senior Site Reliability Engineer role.\n\nBest,\nAlex";
    expect(rule.check(makeContext(text))[0]?.message).toContain("names the company, the role or the people");
  });
});

describe("what could only come from this conversation", () => {
  const note = (body: string) => `Hi Priya,\n\n${body}\n\nBest,\nAlex`;
  const fires = (body: string) => rule.check(makeContext(note(body))).length > 0;

  it("counts a saved topic named inside the writer's own account", () => {
    expect(fires("I spent last winter keeping our own peak traffic in check, so I was glad to compare notes.")).toBe(false);
  });

  it.each([
    ["a résumé recap", "I hold an MSc in distributed systems and have six years in Go, and I am comfortable with Terraform and Kafka."],
    ["self-praise", "I am a hard worker, a fast learner and a team player who always goes above and beyond."],
    ["a template slot", "I particularly enjoyed our conversation about [specific case/topic discussed], and it reinforced my interest."],
    ["the hiring process", "Please accept this letter as a formal follow-up; kindly advise on the timeline for a decision."],
    ["a gift", "I've sent a tin of shortbread from the bakery on Hale Street as a small thank-you."],
    ["who the writer is", "I am a rising senior majoring in statistics with a minor in economics."],
    ["a phone number", "You can reach me on (555) 014-2237 at any time."],
  ])("does not count %s as a detail of the conversation", (_, body) => {
    expect(fires(body)).toBe(true);
  });
});

/** not-personal on `body` to Priya, for an interview whose only saved topic is `topic` (its role `role`, when given). */
function checkWithTopic(body: string, topic: string, role?: string) {
  const base = interview("northwind-sre");
  const own = { ...base, role: role ?? base.role, topics: [topic], interviewers: base.interviewers.map((p) => ({ ...p, topics: [] })) };
  return rule.check(makeContext(`Hi Priya,\n\n${body}\n\nBest,\nAlex`, { interview: own, addressee: own.interviewers[0]!, recipients: [own.interviewers[0]!] }));
}

describe("a topic named only by everyday words", () => {
  const check = (body: string) => checkWithTopic(body, "mixed level evening classes");
  it("is no mention of it", () => {
    expect(check("I like to work with adults of all levels and I am patient.")).toHaveLength(1);
  });
  it("but a telling word of it is", () => {
    expect(check("Teaching the evening group with three levels in one room sounds like the puzzle I enjoy.")).toEqual([]);
  });
});

describe("a phone note whose first line runs on", () => {
  it("keeps the topic it names in that line", () => {
    const own = { ...interview("northwind-sre"), topics: ["peak season traffic"] };
    const text = "hey priya thanks for the walk through today. the peak season traffic numbers were wild and i'd love to help with them\n\nalex";
    expect(rule.check(makeContext(text, { interview: own, addressee: own.interviewers[0]!, recipients: [own.interviewers[0]!] }))).toEqual([]);
  });
});

describe("what the model does not take for the conversation", () => {
  const check = checkWithTopic;

  it("fires when the topic's words appear only inside the role's title", () => {
    const body = "Thank you for meeting me about the Night Shift Charge Nurse post. I would be glad to join you.";
    expect(check(body, "night shifts", "Night Shift Charge Nurse")).toHaveLength(1);
  });
  it("is silent when the same words name the thing itself, outside the title", () => {
    const body = "Thank you for meeting me. Watching the night shift hand over at the whiteboard was the best part of the visit.";
    expect(check(body, "night shifts", "Night Shift Charge Nurse")).toEqual([]);
  });
  it("fires when the writer's own account shares one stray word with a longer topic", () => {
    const body = "Thank you for your time. I coached under-12 football for four seasons and I am very keen on the job.";
    expect(check(body, "coaching new shift leads")).toHaveLength(1);
  });
  it("is silent when the writer's own account echoes two words of it", () => {
    const body = "Thank you for your time. I have already been coaching two new shift supervisors at my current site.";
    expect(check(body, "coaching new shift leads")).toEqual([]);
  });
  it("fires when a résumé line shares a topic's everyday words but not the qualifier that tells it apart", () => {
    const body = "Thank you for your time. I have six years in community sport, including coaching new staff and running the kit store.";
    expect(check(body, "coaching weekend staff")).toHaveLength(1);
  });
  it("is silent when the writer's own account carries that qualifier too", () => {
    const body = "Thank you for your time. I spent three seasons coaching the weekend staff at the county league.";
    expect(check(body, "coaching weekend staff")).toEqual([]);
  });
  it.each([
    "Thank you for your time. I believe clear handovers and good communication with the multidisciplinary team are at the heart of safe surgery.",
    "Thank you for your time. Consistent seasoning, clean stations and calm service are essential in any busy kitchen.",
    "Thank you for your time. Today's shoppers want ethical sourcing, honest labels and a brand voice they can trust.",
    "Thank you for your time. I have long admired your mission to make zero-waste groceries affordable for every household.",
    "Thank you for your time. I enjoyed learning about the vital role the Harbour Trust plays in keeping the river towns dry and connected.",
  ])("fires on a creed of the field, however many nouns it holds: %j", (body) => {
    expect(check(body, "the triage queue redesign")).toHaveLength(1);
  });
  it("is silent when the same nouns tell what was said", () => {
    const body = "Thank you for your time. Your story about the handover board in theatre recovery, and the nurse who redrew it at 3am, stayed with me.";
    expect(check(body, "the triage queue redesign")).toEqual([]);
  });
  it("is silent when two everyday words of the topic are written together", () => {
    expect(check("Thank you for telling me about your reading buddies and how the older pupils pick the books.", "reading buddies")).toEqual([]);
  });
  it("reads a holiday typed short in the facts", () => {
    expect(check("The Christmas trees sound like a fun first month.", "xmas tree netting, late shifts")).toEqual([]);
  });
  it("reads a month typed short in the facts", () => {
    expect(check("It was good to hear the unit opens its doors in February.", "new ward opens feb")).toEqual([]);
  });
  it.each([
    ["a count of the writer's own applications", "I have sent out 60 applications this spring and this is my first interview, so please give me a chance to prove myself."],
    ["a number that is part of the role", "Thank you for interviewing me for the Level 2 Support role."],
    ["work described in a relative clause", "I spent three years at a community clinic, where I see diabetic, cardiac and renal patients every week."],
  ])("does not count %s as a detail", (_, body) => {
    expect(check(body, "the triage queue redesign", "Level 2 Support")).toHaveLength(1);
  });
});
