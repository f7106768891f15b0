/**
 * Replies after the owner marked how the process ended (an offer, a rejection, a withdrawal),
 * through the whole pipeline: "thank you for letting me know", accepting or declining an
 * offer, withdrawing, asking to be kept in mind. Checked for names, template text, spelling
 * and tone, never for the thank-you's timing, fit, interest or what the panel asked for.
 */
import { describe, expect, it } from "vitest";
import { interviewSchema, type Interview } from "../src/facts/schema.js";
import { checkMessage } from "../src/pipeline.js";
import { renderText } from "../src/report/render-text.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { FACTS, interview } from "./helpers/context.js";
import { rawMessage } from "./helpers/raw-message.js";

// northwind-sre: interview Tue 17 Nov 13:00–16:00 −05:00, decision by Tue 24 Nov.
const northwind = interviewSchema.parse({ ...interview("northwind-sre"), recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example", agency: "TalentBridge" } });
const ended = (outcome: Interview["outcome"]) => ({ ...northwind, outcome });

const PRIYA = "Priya Raman <priya.raman@northwind.example>";
const TOMASZ = "Tomasz Kowalski-Nowak <tomasz.kowalski@northwind.example>";
const JOSE = "José Álvarez <jose.alvarez@northwind.example>";
const DANA = "Dana Shaw <dana@talentbridge.example>";

/** The rules only a thank-you (or a check-in) is held to: none of them may judge a reply after the outcome. */
const THANK_YOU_ONLY = ["too-early", "too-late", "too-long", "no-fit", "no-interest", "only-thanks", "not-personal", "missing-request", "concern", "news", "duplicate-note", "shared-note", "check-in-length", "check-in-pitch", "check-in-pushy", "check-in-context"];

const run = (raw: string, facts: Interview, at: string, store = new MemoryStore([facts, ...FACTS.interviews.filter((i) => i.id !== facts.id)])) =>
  checkMessage({ raw, envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now: new Date(at), appUrl: null }, store);
const draft = (to: string, subject: string, body: string) => rawMessage({ cc: to, subject, body });

/** Replies a real candidate writes once they have heard, in several voices, each with the ending it answers and when it is written. */
const REPLIES: Array<[label: string, outcome: Interview["outcome"], to: string, subject: string, body: string, at: string]> = [
  [
    "a gracious reply to a rejection that asks to be kept in mind and for feedback",
    "rejected",
    PRIYA,
    "Re: Your application for Senior Site Reliability Engineer",
    "Dear Priya,\n\nThank you for letting me know, and for taking the time to tell me yourself. Of course I'm disappointed, but I enjoyed our conversation and learned a lot from the process. If a similar role opens up at Northwind in the future, I'd be glad to be considered.\n\nIf you have a moment, I'd welcome any feedback on where I could improve.\n\nAll the best,\nAlex",
    "2026-11-25T15:00:00Z",
  ],
  [
    "a two-line phone reply to the recruiter, all in lower case",
    "rejected",
    DANA,
    "Re: Northwind update",
    "thanks dana, appreciate you letting me know. bummer but no worries - keep me in mind if anything else comes up!\n\nalex",
    "2026-11-20T15:00:00Z",
  ],
  [
    "a short one that asks for any opportunity at the company later",
    "rejected",
    PRIYA,
    "Re: Your application",
    "Hi Priya,\n\nThanks for letting me know. I'm gutted, if I'm honest, but I appreciate the quick answer. I'd love to stay in touch, and please keep me in mind for any opportunity at Northwind in the future.\n\nCheers,\nAlex",
    "2026-11-20T15:00:00Z",
  ],
  [
    "a non-native writer's formal reply, weeks later",
    "rejected",
    TOMASZ,
    "Re: Decision",
    "Dear Mr. Kowalski-Nowak,\n\nThank you for your email and for informing me about the decision. I am sad but I understand. It was a pleasure to meet you and to learn about the migration of the dispatch service. I hope we can keep in touch and maybe work together in the future.\n\nBest regards,\nAlex",
    "2026-12-09T15:00:00Z",
  ],
  [
    "accepting an offer two days after the interview, asking about next steps",
    "offer",
    DANA,
    "Re: Offer from Northwind Logistics",
    "Hi Dana,\n\nGreat news, thank you! I'm delighted to accept the offer for the Senior Site Reliability Engineer role. I've signed the offer letter and will send it back today. Could you let me know the next steps for the background check and my start date?\n\nThanks again for all your help through the process.\n\nBest,\nAlex",
    "2026-11-19T15:00:00Z",
  ],
  [
    "declining an offer with regret",
    "offer",
    PRIYA,
    "Re: Offer",
    "Dear Priya,\n\nThank you so much for the offer, and for the time you and the team spent with me. After a lot of thought, I have decided to decline: I've accepted a role closer to home. I regret that I won't be joining you, and I apologize for the late reply; this was not an easy decision.\n\nI hope our paths cross again.\n\nKind regards,\nAlex Chen",
    "2026-11-23T15:00:00Z",
  ],
  [
    "a welcome answered by a new hire",
    "offer",
    JOSE,
    "Re: Welcome!",
    "Hi José,\n\nThank you for the warm welcome! I'm thrilled to be joining the team on 4 January and looking forward to learning from you. See you soon.\n\nBest,\nAlex",
    "2026-11-26T15:00:00Z",
  ],
  [
    "withdrawing through the recruiter, with an apology for the trouble",
    "withdrawn",
    DANA,
    "Withdrawing from the Northwind process",
    "Hi Dana,\n\nI wanted to let you know that I'm withdrawing from the Northwind process. I've accepted another offer, and it wouldn't be fair to take up more of the team's time. I apologise for any inconvenience. Thank you for championing me, and please pass my thanks on to Priya and Tomasz.\n\nBest wishes,\nAlex",
    "2026-11-18T15:00:00Z",
  ],
  [
    "a formal withdrawal to the panel the day after the interview",
    "withdrawn",
    PRIYA,
    "Withdrawing my application",
    "Dear Priya,\n\nPlease accept this email as formal notice that I am withdrawing my application for the Senior Site Reliability Engineer position. I have decided to stay in my current role after a counter-offer. Thank you for your time and consideration; I enjoyed meeting you and the team.\n\nKind regards,\nAlex Chen",
    "2026-11-18T15:00:00Z",
  ],
];

describe("a note to the panel or the recruiter once an ending is marked is a reply after the outcome", () => {
  it.each(REPLIES)("%s: ready, with no thank-you rule", async (_label, outcome, to, subject, body, at) => {
    const checked = await run(draft(to, subject, body), ended(outcome), at);
    expect(checked.evaluation?.noteKind).toBe("after-outcome");
    expect(checked.evaluation?.findings).toEqual([]);
    expect(checked.report?.headline).toMatch(/^Ready to send: your reply ".*" to /);
  });

  it("a reply written within the thank-you's window and one written weeks after its decision date are judged alike", async () => {
    const [, , to, subject, body] = REPLIES[0]!;
    for (const at of ["2026-11-17T23:00:00Z", "2026-12-20T15:00:00Z"]) {
      expect((await run(draft(to, subject, body), ended("rejected"), at)).evaluation).toMatchObject({ noteKind: "after-outcome", findings: [] });
    }
  });

  it("the report says what it was checked as and what that left out, with no send window and no 'a note is optional'", async () => {
    const [, , to, subject, body, at] = REPLIES[4]!;
    const report = (await run(draft(to, subject, body), { ...ended("offer"), howItWent: "badly" }, at)).report!;
    expect(report.headline).toBe('Ready to send: your reply "Offer from Northwind Logistics" to Dana Shaw, your recruiter (Northwind Logistics).');
    expect(report.advice).toEqual([
      "You marked the outcome as an offer, so this is checked as a reply after the outcome, not as a thank-you. If that is not how it ended, change the outcome when you edit the interview.",
      expect.stringMatching(/^Not checked for something from the conversation, .*fit for the role, interest in the role, the thank-you's timing, the thank-you's length, .*: a reply after the outcome\.$/),
    ]);
    expect(report.window).toEqual([]);
    expect(renderText(report)).toContain("About this note\n  You marked the outcome as an offer");
  });

  it("names each ending in the advice", async () => {
    const [, , to, subject, body, at] = REPLIES[0]!;
    for (const [outcome, words] of [["rejected", "rejected"], ["withdrawn", "withdrawn"]] as const) {
      expect((await run(draft(to, subject, body), ended(outcome), at)).report!.advice![0]).toMatch(new RegExp(`^You marked the outcome as ${words}, so this is checked as a reply after the outcome`));
    }
  });
});

describe("what a reply after the outcome is still checked for", () => {
  const AT = "2026-11-25T15:00:00Z";
  it.each([
    ["wrong-name", "a misspelt name", PRIYA, "Dear Pryia,\n\nThank you for letting me know. I enjoyed meeting the team, and I hope our paths cross again.\n\nAll the best,\nAlex"],
    ["wrong-name", "greeting someone else on the panel", PRIYA, "Hi Tomasz,\n\nThank you for letting me know. I enjoyed meeting the team, and I hope our paths cross again.\n\nAll the best,\nAlex"],
    ["placeholder", "template text left in", DANA, "Hi Dana,\n\nThank you for letting me know about [COMPANY]. Please keep me in mind for future roles.\n\nAlex"],
    ["wrong-company", "another saved interview's company", PRIYA, "Hi Priya,\n\nThank you for letting me know. I really enjoyed learning how Contoso Health runs its on-call rotation.\n\nAlex"],
    ["spelling", "a misspelt word", PRIYA, "Hi Priya,\n\nThank you for letting me know. I realy enjoyed meeting the team.\n\nAlex"],
    ["repeated-word", "a doubled word", PRIYA, "Hi Priya,\n\nThank you for for letting me know. I enjoyed meeting the team.\n\nAlex"],
    ["generic-greeting", "a form greeting", PRIYA, "Dear Hiring Manager,\n\nThank you for letting me know. I enjoyed meeting the team.\n\nAlex"],
    ["needy-tone", "begging to be reconsidered", PRIYA, "Hi Priya,\n\nPlease, I'm begging you to reconsider. I really need this job.\n\nAlex"],
    ["apology", "dwelling on the interview", PRIYA, "Hi Priya,\n\nI'm sorry to hear that. Honestly I was so nervous on the day and I know I rambled through the Kubernetes question.\n\nAlex"],
  ])("%s: %s", async (rule, _label, to, body) => {
    const rules = (await run(draft(to, "Re: Your application", body), ended("rejected"), AT)).evaluation!.findings.map((f) => f.rule);
    expect(rules).toContain(rule);
    for (const other of THANK_YOU_ONLY) expect(rules).not.toContain(other);
  });

  it("gift: a present to change their mind", async () => {
    const body = "Hi Priya,\n\nThank you for letting me know. I've sent a fruit basket to the team in the hope you'll reconsider.\n\nAlex";
    expect((await run(draft(PRIYA, "Re: Your application", body), ended("rejected"), AT)).evaluation!.findings.map((f) => f.rule)).toContain("gift");
  });

  it("subject: a reply with none", async () => {
    const body = "Hi Priya,\n\nThank you for letting me know. I enjoyed meeting the team.\n\nAlex";
    const raw = rawMessage({ cc: PRIYA, subject: "", body });
    expect((await run(raw, ended("rejected"), AT)).evaluation!.findings.map((f) => f.rule)).toEqual(["subject"]);
  });
});

describe("and not otherwise", () => {
  const [, , , subject, body, at] = REPLIES[0]!;
  it("with no ending marked, or 'still waiting', the same note is a thank-you or a check-in", async () => {
    expect((await run(draft(PRIYA, subject, body), northwind, "2026-11-18T15:00:00Z")).evaluation?.noteKind).toBe("thank-you");
    expect((await run(draft(PRIYA, subject, body), ended("waiting"), at)).evaluation?.noteKind).toBe("check-in");
  });

  it("a note to no one in particular, tied only by the tag, stays a thank-you", async () => {
    const raw = rawMessage({ to: "check+northwind-sre@example.com", subject, body: "Hello,\n\nThank you for letting me know.\n\nAlex" });
    expect((await run(raw, ended("rejected"), at)).evaluation?.noteKind).toBe("thank-you");
  });

  it("a sent copy after the outcome gets a receipt for a reply, and is logged", async () => {
    const store = new MemoryStore([ended("rejected")]);
    const copy = rawMessage({ to: PRIYA, date: "Wed, 25 Nov 2026 10:00:00 -0500", messageId: "<reply@x>", body });
    const receipt = await run(copy, ended("rejected"), at, store);
    expect(receipt).toMatchObject({ kind: "sent", logged: "logged", evaluation: { noteKind: "after-outcome", findings: [] } });
    expect(receipt.report!.headline).toBe("Logged your reply to Priya Raman (Northwind Logistics), sent Wed 25 Nov 10:00 (UTC−05:00).");
    expect(await store.listSends("northwind-sre")).toHaveLength(1);
  });
});
