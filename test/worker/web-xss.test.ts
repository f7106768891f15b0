/**
 * Every text field the user controls, filled with markup, must come back as inert text on
 * every page that shows it: the dashboard, the interview page, the edit form, the check
 * report and the settings form.
 */
import { env } from "cloudflare:test";
import { beforeEach, expect, it } from "vitest";
import { KvStore } from "../../src/store/kv-store.js";
import { clearKv, getPage, login, postForm, type Session } from "./web-client.js";

const PAYLOADS = [`<script>alert(1)</script>`, `"><img src=x onerror=alert(2)>`, `'><svg onload=alert(3)>`, `</textarea><script>alert(4)</script>`, `javascript:alert(5)`];

let session: Session;

beforeEach(async () => {
  await clearKv();
  session = await login();
});

/**
 * No payload survives as markup: no script element, no injected tag, no event handler
 * attribute on any tag (attribute values are blanked first: quotes inside them are escaped,
 * so a payload that stayed inside a value is harmless text).
 */
function expectInert(html: string) {
  const tags = html.replace(/"[^"]*"/g, '""');
  expect(tags).not.toMatch(/<script/i);
  expect(tags).not.toMatch(/<img\b/i);
  expect(tags).not.toMatch(/<svg onload/i);
  expect(tags).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
  expect(html).not.toMatch(/href="javascript:/i);
}

it("renders XSS payloads in every interview field as text", async () => {
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
  const fields: Record<string, string> = {
    id: "xss-test",
    company: `${p(0)} Corp`,
    role: p(1),
    start: "2026-11-20T10:00",
    end: "2026-11-20T11:00",
    format: p(2).slice(0, 40),
    topics: p(3),
    requests: p(4),
    concerns: p(0),
    news: p(1),
    companyAliases: p(2),
    decisionBy: "",
    sendBy: "",
    "interviewers.0.name": p(1).slice(0, 120),
    "interviewers.0.title": p(0),
    "interviewers.0.topics": p(3),
    "interviewers.0.requests": p(2),
    "interviewers.1.name": p(0),
    action: "save",
  };
  expect((await postForm(session, "/interviews", fields)).status).toBe(303);
  await new KvStore(env.FOLLOWUP_KV).logSend({
    interviewId: "xss-test",
    messageId: "<x@y>",
    sentAt: "2026-11-20T12:30:00Z",
    recipients: ["a@b.example"],
    interviewers: [p(0)],
    subject: p(1),
    fingerprint: [],
  });
  for (const path of ["/", "/interviews/xss-test", "/interviews/xss-test/edit", "/interviews/xss-test/delete", "/check?interview=xss-test"]) {
    const html = await (await getPage(session, path)).text();
    expectInert(html);
    expect(html).toContain("&lt;script&gt;");
  }
  // A failed save re-renders the payloads too.
  expectInert(await (await postForm(session, "/interviews", { ...fields, id: "", company: "" })).text());
});

it("renders a pasted draft and subject with payloads as text in the report", async () => {
  const html = await (
    await postForm(session, "/check", { to: "", subject: PAYLOADS[1]!, text: `Hi Priya,\n\n${PAYLOADS.join(" ")} thanks for the chat about the rotation.\n\nAlex` })
  ).text();
  expectInert(html);
  expect(html).toContain("&lt;/textarea&gt;");
});

it("renders payloads in settings as text", async () => {
  const html = await (await postForm(session, "/settings", { timeZone: PAYLOADS[3]!.slice(0, 64), personalWords: PAYLOADS[0]!, ownerAddresses: PAYLOADS[1]!, tooEarlyMinutes: PAYLOADS[2]! })).text();
  expectInert(html);
});

it("serves pages with a strict Content-Security-Policy and other secure headers", async () => {
  const response = await getPage(session, "/");
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("cache-control")).toBe("no-store");
});
