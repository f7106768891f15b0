/**
 * 1,000 saved interviews: mail is matched and checked, and the dashboard is shown, with a
 * handful of KV operations however many interviews there are. A Worker invocation may make
 * 1,000 KV operations; reading every interview for every email stopped all mail at about that
 * many, and took seconds long before.
 */
import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../../src/index.js";
import { parseFacts } from "../../src/facts/schema.js";
import { rawMessage } from "../helpers/raw-message.js";
import { generatedInterview, generatedInterviews } from "../helpers/many-interviews.js";
import facts from "../fixtures/facts.json";
import { countingKv } from "./counting-kv.js";
import { incomingEmail } from "./incoming-email.js";
import { apiCall, call, clearKv, login, type Session } from "./web-client.js";

const OWNER = "alex@candidate.example";
const CHECKER = "check@example.com";
const SAVED = 1_000;
/** KV operations for one email once the index is built: settings, index, the matched interview, its send log, logging a send. */
const EMAIL_OPERATIONS = 8;

const parsed = parseFacts(facts);
if (!parsed.ok) throw new Error("fixture facts invalid");
const northwind = parsed.facts.interviews[0]!;

const PRIYA_NOTE =
  "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist, and I'd love to bring that to your team.\n\nI've attached the postmortem template we used.\n\nI'm excited about the Senior Site Reliability Engineer role.\n\nBest,\nAlex";

const kv = countingKv(env.FOLLOWUP_KV);

/** Delivers `raw` to the checker through a counting KV; returns what came back and the KV operations it took. */
async function deliver(raw: string) {
  kv.reset();
  const email = await incomingEmail(raw, { from: OWNER, to: CHECKER });
  await worker.email(email.message, { ...env, FOLLOWUP_KV: kv.kv } as Env);
  return { rejected: email.rejected(), replies: email.replies.map((r) => String(r.text)), operations: kv.total };
}

const draftTo = (to: string, body: string) => rawMessage({ to, cc: CHECKER, subject: "Thank you", body });

beforeAll(async () => {
  await clearKv();
  // Stored as before the index existed: the first email builds it.
  const interviews = [northwind, ...generatedInterviews(SAVED - 1)];
  for (let i = 0; i < interviews.length; i += 100) {
    await Promise.all(interviews.slice(i, i + 100).map((interview) => env.FOLLOWUP_KV.put(`interview:${interview.id}`, JSON.stringify(interview))));
  }
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-17T19:30:00-05:00"));
}, 60_000);

afterAll(() => {
  vi.useRealTimers();
});

describe(`mail among ${SAVED} saved interviews`, () => {
  it("is matched by recipient, by name and by tag with a handful of KV operations", async () => {
    const first = await deliver(draftTo("Priya Raman <priya.raman@northwind.example>", PRIYA_NOTE));
    expect(first.rejected).toBeNull();
    expect(first.replies[0]).toContain("Priya Raman (Northwind Logistics)");
    // The first email after the upgrade builds the index: a list per 1,000 keys and a bulk read per 100 interviews.
    expect(first.operations).toBeLessThanOrEqual(50);

    const again = await deliver(draftTo("Priya Raman <priya.raman@northwind.example>", PRIYA_NOTE));
    expect(again.replies[0]).toContain("Priya Raman (Northwind Logistics)");
    expect(again.operations).toBeLessThanOrEqual(EMAIL_OPERATIONS);

    const old = generatedInterview(700);
    const [ada] = old.interviewers;
    const byName = await deliver(draftTo("someone@elsewhere.example", `Hi ${ada!.name.split(" ")[0]} ${ada!.name.split(" ")[1]},\n\nThank you for the talk about ${old.company}'s deploy pipeline.\n\nBest,\nAlex`));
    expect(byName.replies[0]).toContain(`${ada!.name} (${old.company})`);
    expect(byName.operations).toBeLessThanOrEqual(EMAIL_OPERATIONS);

    const tagged = rawMessage({ to: "check+firm-0400@example.com", subject: "Thank you", body: "Hi there,\n\nThanks.\n\nAlex" });
    const byTag = await deliver(tagged);
    expect(byTag.replies[0]).toContain(generatedInterview(400).company);
    expect(byTag.operations).toBeLessThanOrEqual(EMAIL_OPERATIONS);
  });

  it("logs a sent copy with a handful of KV operations", async () => {
    const sent = await deliver(rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", subject: "Thank you", body: PRIYA_NOTE, messageId: "<sent-scale@candidate.example>" }));
    expect(sent.rejected).toBeNull();
    expect((await env.FOLLOWUP_KV.list({ prefix: "send:northwind-sre:" })).keys).toHaveLength(1);
    expect(sent.operations).toBeLessThanOrEqual(EMAIL_OPERATIONS);
  });

  it("matches an interview saved, changed or deleted through the web app at once", async () => {
    const fresh = { ...generatedInterview(5000), id: "fresh-one" };
    expect((await apiCall("/interviews", { method: "POST", body: JSON.stringify(fresh) })).status).toBe(201);
    const [person] = fresh.interviewers;
    const note = `Hi ${person!.name.split(" ")[0]},\n\nThank you for the talk about the deploy pipeline.\n\nBest,\nAlex`;
    const created = await deliver(draftTo(person!.email!, note));
    expect(created.replies[0]).toContain(`${person!.name} (${fresh.company})`);
    expect(created.operations).toBeLessThanOrEqual(EMAIL_OPERATIONS);

    const moved = { ...fresh, company: "Renamed Works", interviewers: [{ ...person!, email: "new.address@renamed.example" }] };
    expect((await apiCall("/interviews/fresh-one", { method: "PUT", body: JSON.stringify(moved) })).status).toBe(200);
    const changed = await deliver(draftTo("new.address@renamed.example", note));
    expect(changed.replies[0]).toContain(`${person!.name} (Renamed Works)`);

    expect((await apiCall("/interviews/fresh-one", { method: "DELETE" })).status).toBeLessThan(300);
    const deleted = await deliver(draftTo("new.address@renamed.example", note));
    expect(deleted.replies[0]).not.toContain("Renamed Works");
    expect(deleted.operations).toBeLessThanOrEqual(EMAIL_OPERATIONS);
  });

  it("matches interviews as soon as an import has written them", async () => {
    const imported = [6000, 6001].map((i) => ({ ...generatedInterview(i), id: `imported-${i}` }));
    expect((await apiCall("/import", { method: "POST", body: JSON.stringify({ interviews: imported }) })).status).toBe(200);
    for (const interview of imported) {
      const [person] = interview.interviewers;
      const email = await deliver(draftTo(person!.email!, `Hi ${person!.name.split(" ")[0]},\n\nThank you.\n\nAlex`));
      expect(email.replies[0]).toContain(`${person!.name} (${interview.company})`);
      expect(email.operations).toBeLessThanOrEqual(EMAIL_OPERATIONS);
    }
    for (const interview of imported) await apiCall(`/interviews/${interview.id}`, { method: "DELETE" });
  });
});

describe(`the dashboard with ${SAVED} saved interviews`, () => {
  let session: Session;
  beforeAll(async () => {
    session = await login();
  });

  /** The page at `path` through a counting KV: its HTML, the interview ids of its cards in order, and the KV operations. */
  async function dashboard(path: string) {
    kv.reset();
    const response = await call(path, { headers: { Cookie: session.cookie } }, { FOLLOWUP_KV: kv.kv });
    expect(response.status).toBe(200);
    const html = await response.text();
    const ids = [...html.matchAll(/<h3><a href="\/interviews\/([a-z0-9-]+)">/g)].map((m) => m[1]);
      return { html, ids, operations: kv.total };
  }

  it("shows 50 a page, newest first, reading only those", async () => {
    const first = await dashboard("/");
    expect(first.ids).toHaveLength(50);
    expect(first.ids).toContain("northwind-sre");
    expect(first.ids).toContain("firm-0048");
    expect(first.ids).not.toContain("firm-0049");
    expect(first.html).toContain(`1–50 of ${SAVED.toLocaleString("en-US")}`);
    expect(first.html).toContain('href="/?page=2"');
    // The index, 50 interviews in one bulk read, a send log each, the session and the settings.
    expect(first.operations).toBeLessThanOrEqual(70);

    const last = await dashboard("/?page=20");
    expect(last.ids).toHaveLength(50);
    expect(last.ids).toContain("firm-0998");
    expect(last.html).toContain(`951–1,000 of ${SAVED.toLocaleString("en-US")}`);
    expect(last.html).toContain('href="/?page=19"');
    expect(last.html).not.toContain('href="/?page=21"');
    expect(last.operations).toBeLessThanOrEqual(70);
  });
});
