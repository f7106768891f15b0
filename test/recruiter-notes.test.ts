/**
 * Notes to the recruiter through the whole pipeline: recognised, checked by the rules that fit
 * a note to them, never counted as one of the panel's notes, and suggested once the panel's
 * last note is done.
 */
import { describe, expect, it } from "vitest";
import { interviewSchema, type Interview } from "../src/facts/schema.js";
import { checkMessage } from "../src/pipeline.js";
import { dueReminders } from "../src/reminders/schedule.js";
import { renderHtml } from "../src/report/report-view.js";
import { renderText } from "../src/report/render-text.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { interviewStatus } from "../src/web/status.js";
import { FACTS, interview } from "./helpers/context.js";
import { rawMessage } from "./helpers/raw-message.js";

const DANA = "Dana Shaw <dana@talentbridge.example>";
const withRecruiter = (base: Interview, over: object = {}) => interviewSchema.parse({ ...base, recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example", agency: "TalentBridge" }, ...over });
const northwind = withRecruiter(interview("northwind-sre"));
// Three hours after the interview ended: inside every window.
const NOW = new Date("2026-11-17T19:00:00-05:00");

const storeWith = (...interviews: Interview[]) => new MemoryStore([...interviews, ...FACTS.interviews.filter((i) => !interviews.some((x) => x.id === i.id))]);
const run = (raw: string, store = storeWith(northwind), now = NOW) =>
  checkMessage({ raw, envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now, appUrl: "https://check.example.com" }, store);
const rules = async (raw: string, store?: MemoryStore, now?: Date) => (await run(raw, store, now)).evaluation!.findings.map((f) => f.rule);

const GOOD = "Hi Dana,\n\nThanks for setting up today's interview at Northwind. It went well: Priya and I spent most of the hour on their on-call rotation redesign, and I came away keen.\n\nBest,\nAlex";
const toDana = (body: string, over: object = {}) => rawMessage({ cc: DANA, subject: "Northwind today", body, ...over });

describe("a note to the recruiter is recognised", () => {
  it("by their address: the report says whom it is for and what it was not checked for", async () => {
    const outcome = await run(toDana(GOOD));
    expect(outcome.match?.interview?.id).toBe("northwind-sre");
    expect(outcome.evaluation).toMatchObject({ noteKind: "recruiter", findings: [] });
    const report = outcome.report!;
    expect(report.headline).toBe('Ready to send: your note "Northwind today" to Dana Shaw, your recruiter (Northwind Logistics).');
    expect(report.advice).toContain("It goes to your recruiter, not the panel, so it does not count as one of the panel's notes.");
    expect(report.advice!.join(" ")).toMatch(/Not checked for .*fit for the role.*: a note to your recruiter\./);
    expect(renderText(report)).toContain("About this note\n  It goes to your recruiter");
    expect(renderHtml(report)).toContain("About this note");
  });

  it("by the greeting alone, on a draft tagged with the interview", async () => {
    const outcome = await run(rawMessage({ to: "check+northwind-sre@example.com", subject: "Quick update", body: GOOD }));
    expect(outcome.evaluation?.noteKind).toBe("recruiter");
  });

  it("when one recruiter arranged several interviews, by the company the note names, else the latest", async () => {
    const contoso = withRecruiter(interview("contoso-pm"));
    const store = storeWith(northwind, contoso);
    const aboutNorthwind = await run(toDana(GOOD, { to: "check@example.com" }), store, new Date("2026-11-20T10:00:00Z"));
    expect(aboutNorthwind.match?.interview?.id).toBe("northwind-sre");
    const unnamed = await run(toDana("Hi Dana,\n\nThanks for arranging today's interview, it went well and I enjoyed talking about clinic onboarding.\n\nAlex", { subject: "Today" }), store, new Date("2026-11-20T10:00:00Z"));
    expect(unnamed.match?.interview?.id).toBe("contoso-pm");
  });

  it("a note to a panel member that copies the recruiter is a thank-you", async () => {
    const outcome = await run(rawMessage({ cc: `Priya Raman <priya.raman@northwind.example>, ${DANA}`, body: "Hi Priya,\n\nThank you for the talk about the on-call rotation redesign.\n\nAlex" }));
    expect(outcome.evaluation?.noteKind).toBe("thank-you");
  });
});

describe("the rules that check a note to the recruiter", () => {
  it.each([
    ["gift", "Hi Dana,\n\nThanks for setting up Northwind: Priya and I spent the hour on the on-call rotation redesign. I've sent you a bottle of wine to say thanks!\n\nAlex"],
    ["needy-tone", "Hi Dana,\n\nThe Northwind interview covered the on-call rotation redesign. Please tell them I really need this job, I'll take anything.\n\nAlex"],
    ["spelling", "Hi Dana,\n\nThe Northwind interview went well; we talked about the on-call rotation redesign and I'm realy keen.\n\nAlex"],
    ["generic-greeting", "Dear Hiring Manager,\n\nThe Northwind interview went well; we talked about the on-call rotation redesign.\n\nAlex"],
    ["wrong-name", "Hi Dnaa,\n\nThe Northwind interview went well; we talked about the on-call rotation redesign.\n\nAlex"],
    ["placeholder", "Hi Dana,\n\nThe Northwind interview went well; we talked about [TOPIC].\n\nAlex"],
    ["not-personal", "Hi Dana,\n\nThanks so much for setting it up, it went well!\n\nAlex"],
    ["apology", "Hi Dana,\n\nWe covered the on-call rotation redesign, but I was so nervous I rambled through the whole thing.\n\nAlex"],
  ])("%s fires", async (rule, body) => {
    expect(await rules(toDana(body))).toContain(rule);
  });

  it("says what to tell the recruiter when the note has nothing from the interview", async () => {
    const outcome = await run(toDana("Hi Dana,\n\nThanks so much for setting it up, it went well!\n\nAlex"));
    expect(outcome.evaluation!.findings.find((f) => f.rule === "not-personal")?.message).toMatch(/^Tell Dana one specific thing from the interview, e\.g\. “/);
  });

  it("is timely: one written before the interview ended is too early", async () => {
    expect(await rules(toDana(GOOD), storeWith(northwind), new Date("2026-11-17T15:30:00-05:00"))).toContain("too-early");
  });

  it("asks for no fit, interest, requests or concerns, and greeting the recruiter is no wrong name", async () => {
    const found = await rules(toDana("Hi Dana,\n\nThanks for setting up today's interview. Priya and I talked through the on-call rotation redesign for most of it.\n\nAlex"));
    for (const rule of ["no-fit", "no-interest", "only-thanks", "missing-request", "concern", "wrong-name", "duplicate-note", "shared-note"]) expect(found).not.toContain(rule);
  });

  it("a thank-you that names the recruiter gets no wrong-name for it", async () => {
    const found = await rules(rawMessage({ cc: "Priya Raman <priya.raman@northwind.example>", body: "Hi Priya,\n\nThank you for the talk about the on-call rotation redesign; Dana Shaw told me how much the team cares about it.\n\nAlex" }));
    expect(found).not.toContain("wrong-name");
    expect(found).not.toContain("spelling");
  });
});

describe("a note to the recruiter is not one of the panel's", () => {
  const sentToDana = rawMessage({ to: DANA, date: "Tue, 17 Nov 2026 18:30:00 -0500", messageId: "<dana-1@x>", body: GOOD });

  it("logged, it covers no interviewer: the receipt, the interview's status and the reminders all still count the whole panel", async () => {
    const store = storeWith(northwind);
    const outcome = await run(sentToDana, store);
    expect(outcome).toMatchObject({ kind: "sent", logged: "logged" });
    expect(outcome.report!.headline).toBe("Logged your note to Dana Shaw, your recruiter (Northwind Logistics), sent Tue 17 Nov 18:30 (UTC−05:00).");
    expect(outcome.report!.panel.every((p) => !p.sent)).toBe(true);
    const sends = await store.listSends("northwind-sre");
    const status = interviewStatus(northwind, sends, DEFAULT_SETTINGS, NOW);
    expect(status.sentCount).toBe(0);
    expect(status.sends.map((v) => [v.to, v.kind])).toEqual([["Dana Shaw (recruiter)", "recruiter"]]);
    const reminders = dueReminders({ interviews: [northwind], sends, settings: DEFAULT_SETTINGS, scheduledTime: new Date("2026-11-17T22:00:00Z"), alreadySent: new Set() });
    expect(reminders[0]?.interviewers).toHaveLength(3);
  });
});

describe("after the panel's last note, a word to the recruiter", () => {
  const thanks = (name: string, address: string, topic: string, id: string, at: string) =>
    rawMessage({ to: `${name} <${address}>`, date: at, messageId: id, body: `Hi ${name.split(" ")[0]},\n\nThank you for walking me through ${topic}. I'm keen on the role.\n\nBest,\nAlex` });
  const logTwo = async (store: MemoryStore) => {
    await run(thanks("Priya Raman", "priya.raman@northwind.example", "the on-call rotation redesign", "<p@x>", "Tue, 17 Nov 2026 18:00:00 -0500"), store);
    await run(thanks("Tomasz Kowalski-Nowak", "tomasz.kowalski@northwind.example", "migrating the dispatch service to Kubernetes", "<t@x>", "Tue, 17 Nov 2026 18:05:00 -0500"), store);
  };
  const WORD = /a short word to Dana Shaw at TalentBridge on how it went keeps your recruiter in the loop/;
  const advice = async (raw: string, store: MemoryStore) => (await run(raw, store)).report!.advice!.join("\n");

  it("is suggested by the draft to the last interviewer, and by the receipt of the last note", async () => {
    const store = storeWith(northwind);
    await logTwo(store);
    const draft = rawMessage({ cc: "José Álvarez <jose.alvarez@northwind.example>", body: "Hi José,\n\nThank you for the chat about mentoring junior engineers.\n\nAlex" });
    expect(await advice(draft, store)).toMatch(new RegExp(`^Once this is sent, everyone on the panel has had a note: ${WORD.source}`, "m"));
    const last = thanks("José Álvarez", "jose.alvarez@northwind.example", "mentoring junior engineers", "<j@x>", "Tue, 17 Nov 2026 18:10:00 -0500");
    expect(await advice(last, store)).toMatch(new RegExp(`^That was the last of the panel's notes: ${WORD.source}`, "m"));
  });

  it("is not suggested before the last note, once the recruiter has had a word, or without a recruiter", async () => {
    const store = storeWith(northwind);
    await logTwo(store);
    expect((await run(thanks("Priya Raman", "priya.raman@northwind.example", "the on-call rotation redesign", "<p2@x>", "Tue, 17 Nov 2026 18:20:00 -0500"), store)).report!.advice).toEqual([]);
    await run(rawMessage({ to: DANA, date: "Tue, 17 Nov 2026 18:30:00 -0500", messageId: "<d@x>", body: GOOD }), store);
    const draft = rawMessage({ cc: "José Álvarez <jose.alvarez@northwind.example>", body: "Hi José,\n\nThank you for the chat about mentoring junior engineers.\n\nAlex" });
    expect(await advice(draft, store)).not.toMatch(WORD);
    const plain = new MemoryStore(FACTS.interviews);
    await logTwo(plain);
    expect(await advice(draft, plain)).not.toMatch(/recruiter/);
  });
});
