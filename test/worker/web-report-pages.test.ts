/**
 * The emailed report of a draft links to its own page in the web app: saved in KV for 30
 * days, shown only to the logged-in owner with the draft ready to edit and check again, and a
 * clear 404 page once it is gone.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import worker from "../../src/index.js";
import { parseFacts } from "../../src/facts/schema.js";
import { KvStore } from "../../src/store/kv-store.js";
import facts from "../fixtures/facts.json";
import { rawMessage } from "../helpers/raw-message.js";
import { incomingEmail } from "./incoming-email.js";
import { call, clearKv, getPage, login, postForm, type Session } from "./web-client.js";

const DAY_S = 24 * 3600;
const NOTE = "Hi Pryia,\n\nThank you for your time today. I really need this job.\n\nBest,\nAlex";
const LINK = /Edit the draft and check it again \(this report is kept for 30 days\): (\S+)/;

let session: Session;

beforeEach(async () => {
  await clearKv();
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  for (const interview of parsed.facts.interviews) await new KvStore(env.FOLLOWUP_KV).putInterview(interview);
  session = await login();
});

async function deliver(raw: string, envOverride: Partial<Env> = {}) {
  const email = await incomingEmail(raw, { from: "alex@candidate.example", to: "check@example.com" });
  await worker.email(email.message, { ...env, ...envOverride } as Env);
  return { text: String(email.replies[0]?.text ?? ""), html: String(email.replies[0]?.html ?? "") };
}

const reportKeys = async () => (await env.FOLLOWUP_KV.list({ prefix: "report:" })).keys;

describe("a draft's report on its own page", () => {
  it("links the emailed report to a page kept 30 days, showing the report and the draft to check again", async () => {
    const before = Math.floor(Date.now() / 1000);
    const reply = await deliver(rawMessage({ cc: "Priya Raman <priya.raman@northwind.example>", subject: "Thank you for today", body: NOTE }));
    const url = LINK.exec(reply.text)?.[1];
    expect(url).toMatch(/^http:\/\/localhost:8787\/reports\/[A-Za-z0-9_-]{22}$/);
    expect(reply.html).toContain(`<a href="${url}">Edit the draft and check it again</a>`);

    const [key] = await reportKeys();
    expect(key!.name).toBe(`report:${url!.split("/").pop()}`);
    expect(key!.expiration! - before).toBeGreaterThanOrEqual(30 * DAY_S - 5);
    expect(key!.expiration! - before).toBeLessThanOrEqual(30 * DAY_S + 60);

    const response = await getPage(session, new URL(url!).pathname);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Report on “Thank you for today”");
    // The fixture's decision date (24 Nov 2026) has passed, so a note to the panel is checked as a check-in.
    expect(html).toMatch(/Fix \d+ things?.* before you send your check-in to Priya Raman \(Northwind Logistics\)/);
    expect(html).toContain("Wrong name</strong>");
    expect(html).toContain("Edit and check again");
    expect(html).toMatch(/<form method="post" action="\/check"/);
    expect(html).toContain('<option value="northwind-sre:0" selected="">');
    expect(html).toContain('value="Thank you for today"');
    expect(html).toMatch(/>Hi Pryia,\s+Thank you for your time today\. I really need this job\.\s+Best,\s+Alex\s*<\/textarea>/);
    // The page itself does not link to itself.
    expect(html).not.toContain("/reports/");
  });

  it("keeps a draft to the recruiter as one to them, so 'check again' checks it as a note to the recruiter again", async () => {
    const northwind = (await new KvStore(env.FOLLOWUP_KV).getInterview("northwind-sre"))!;
    // No decision date: the note is a note to the recruiter, not a check-in after the date.
    await new KvStore(env.FOLLOWUP_KV).putInterview({ ...northwind, decisionBy: null, recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example", agency: "TalentBridge" } });
    const body = "Hi Dana,\n\nThanks for setting up Northwind: Priya and I spent the hour on the on-call rotation redesign.\n\nAlex";
    const recruiterOption = '<option value="northwind-sre:recruiter" selected="">Dana Shaw, your recruiter (Northwind Logistics)</option>';
    // To the recruiter's address, and greeting them in a draft tagged with the interview.
    for (const raw of [rawMessage({ cc: "Dana Shaw <dana@talentbridge.example>", subject: "Northwind today", body }), rawMessage({ to: "check+northwind-sre@example.com", subject: "Northwind today", body })]) {
      const reply = await deliver(raw);
      expect(reply.text).toContain("to Dana Shaw, your recruiter (Northwind Logistics)");
      const html = await (await getPage(session, new URL(LINK.exec(reply.text)![1]!).pathname)).text();
      expect(html).toContain(recruiterOption);
      expect(html).not.toMatch(/<option value="northwind-sre:\d*" selected="">/);

      // "Check again" posts the form as the page fills it in.
      const form = { to: /<option value="([^"]+)" selected="">/.exec(html)![1]!, subject: "Northwind today", text: body };
      const again = await (await postForm(session, "/check", form)).text();
      expect(again).toContain("to Dana Shaw, your recruiter (Northwind Logistics)");
      expect(again).toContain("a note to your recruiter.");
      expect(again).toContain(recruiterOption);
    }
  });

  it("is only for the logged-in owner", async () => {
    const reply = await deliver(rawMessage({ cc: "priya.raman@northwind.example", body: NOTE }));
    const path = new URL(LINK.exec(reply.text)![1]!).pathname;
    const anonymous = await call(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/login?next=${encodeURIComponent(path)}`);
    expect(await anonymous.text()).not.toContain("Pryia");
  });

  it("answers an expired, unknown or malformed id with a 404 page that says what to do", async () => {
    const reply = await deliver(rawMessage({ cc: "priya.raman@northwind.example", body: NOTE }));
    const path = new URL(LINK.exec(reply.text)![1]!).pathname;
    // KV deletes the page when its 30 days are up.
    for (const key of await reportKeys()) await env.FOLLOWUP_KV.delete(key.name);
    for (const gone of [path, "/reports/AAAAAAAAAAAAAAAAAAAAAA", "/reports/not-an-id", "/reports/%2E%2E%2Fsettings"]) {
      const response = await getPage(session, gone);
      expect(response.status, gone).toBe(404);
      const html = await response.text();
      expect(html).toContain("This report is no longer here");
      expect(html).toContain("A report is kept for 30 days after the check, then deleted.");
      expect(html).toContain('<a href="/check">paste it into Check a draft</a>');
    }
  });

  it("saves no page for a sent copy, or when the app has no address to link to", async () => {
    const receipt = await deliver(rawMessage({ to: "priya.raman@northwind.example", body: NOTE }));
    expect(receipt.text).toMatch(/^Logged your note/);
    expect(receipt.text).not.toMatch(LINK);
    const unlinked = await deliver(rawMessage({ cc: "priya.raman@northwind.example", body: NOTE }), { APP_URL: "" });
    expect(unlinked.text).toMatch(/^Fix/);
    expect(unlinked.text).not.toMatch(LINK);
    expect(await reportKeys()).toEqual([]);
  });
});
