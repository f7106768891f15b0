/**
 * Links follow the server they came from: an email has no request to take an address from, so
 * without APP_URL it says how to set it instead of linking anywhere; the web app's own report
 * page links to wherever it was opened.
 */
import { createScheduledController, env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import worker from "../../src/index.js";
import { parseFacts } from "../../src/facts/schema.js";
import { NO_APP_URL_NOTE } from "../../src/report/model.js";
import { KvStore } from "../../src/store/kv-store.js";
import facts from "../fixtures/facts.json";
import { rawMessage } from "../helpers/raw-message.js";
import { incomingEmail } from "./incoming-email.js";
import { recordingBinding, type SentMail } from "./sent-mail.js";
import { call, clearKv, login } from "./web-client.js";

const NOTE = "Hi Pryia,\n\nThank you for your time today. I really need this job.\n\nBest,\nAlex";
/** The note as hono/jsx writes it into HTML (the backticks stay, nothing else needs escaping). */
const NOTE_START = "This email has no links to the web app";
/** An hour after the fixture's Northwind interview window opens: its first reminder is due. */
const OPENS_TICK = Date.parse("2026-11-17T16:00:00-05:00") + 3_600_000;

beforeEach(async () => {
  await clearKv();
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  for (const interview of parsed.facts.interviews) await new KvStore(env.FOLLOWUP_KV).putInterview(interview);
});

async function report(appUrl: string) {
  const email = await incomingEmail(rawMessage({ cc: "Priya Raman <priya.raman@northwind.example>", body: NOTE }), { from: "alex@candidate.example", to: "check@example.com" });
  await worker.email(email.message, { ...env, APP_URL: appUrl } as Env);
  return { text: String(email.replies[0]?.text ?? ""), html: String(email.replies[0]?.html ?? "") };
}

async function reminder(appUrl: string): Promise<SentMail> {
  const sent: SentMail[] = [];
  await worker.scheduled(createScheduledController({ scheduledTime: OPENS_TICK, cron: "0 * * * *" }), { ...env, APP_URL: appUrl, REPORTS: recordingBinding(sent) } as Env);
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

describe("links in emails without APP_URL", () => {
  it("a report says how to set APP_URL, in both parts, and links nowhere", async () => {
    const { text, html } = await report("");
    expect(text).toMatch(/^Fix/);
    expect(text).toContain(NO_APP_URL_NOTE);
    expect(html).toContain(NOTE_START);
    expect(html).toContain("Set APP_URL in wrangler.toml");
    expect(text).not.toMatch(/https?:\/\/(?!followup-check\.<your-subdomain>)/);
    expect(html).not.toMatch(/<a href/);
    // Nothing to link to, so no page is kept either.
    expect((await env.FOLLOWUP_KV.list({ prefix: "report:" })).keys).toEqual([]);
  });

  it("with APP_URL set, a report links to it and says nothing about it", async () => {
    const { text, html } = await report("https://followup-check.alex.workers.dev");
    expect(text).toContain("Interview: https://followup-check.alex.workers.dev/interviews/northwind-sre");
    expect(text).toMatch(/check it again \(this report is kept for 30 days\): https:\/\/followup-check\.alex\.workers\.dev\/reports\//);
    expect(text).not.toContain(NOTE_START);
    expect(html).not.toContain(NOTE_START);
  });

  it("a reminder says how to set APP_URL where its link would be", async () => {
    const mail = await reminder("");
    expect(mail.text).toContain(NO_APP_URL_NOTE);
    expect(mail.text).not.toContain("Interview: ");
    expect(mail.html).toContain(NOTE_START);
    expect(mail.html).not.toContain("Open the interview");
  });

  it("with APP_URL set, a reminder links to the interview instead", async () => {
    const mail = await reminder("https://followup-check.alex.workers.dev");
    expect(mail.text).toContain("Interview: https://followup-check.alex.workers.dev/interviews/northwind-sre");
    expect(mail.html).toContain('<a href="https://followup-check.alex.workers.dev/interviews/northwind-sre">Open the interview</a>');
    expect(mail.text).not.toContain(NOTE_START);
  });
});

describe("links on the web app's report page", () => {
  it("follow the server the page was opened on, not the APP_URL the email was built with", async () => {
    const { text } = await report("https://followup-check.alex.workers.dev");
    const path = new URL(/check it again \(this report is kept for 30 days\): (\S+)/.exec(text)![1]!).pathname;
    const session = await login();
    const html = await (await call(path, { headers: { Cookie: session.cookie } })).text();
    // web-client's requests come from http://localhost.
    expect(html).toContain('<a href="http://localhost/interviews/northwind-sre">Open the interview</a>');
    expect(html).not.toContain("alex.workers.dev");
  });

  it("drop the interview link once the interview has been deleted", async () => {
    const { text } = await report("https://followup-check.alex.workers.dev");
    const path = new URL(/check it again \(this report is kept for 30 days\): (\S+)/.exec(text)![1]!).pathname;
    await new KvStore(env.FOLLOWUP_KV).deleteInterview("northwind-sre");
    const session = await login();
    const html = await (await call(path, { headers: { Cookie: session.cookie } })).text();
    expect(html).toContain("Report on");
    expect(html).not.toContain("Open the interview");
  });
});
