/**
 * The send log by hand on the interview page: a note sent without the Bcc marked as sent (who
 * and when), a send logged by mistake removed; both change the panel and the later checks.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index.js";
import { parseFacts, type Interview } from "../../src/facts/schema.js";
import { dueReminders } from "../../src/reminders/schedule.js";
import { KvStore } from "../../src/store/kv-store.js";
import { rawMessage } from "../helpers/raw-message.js";
import facts from "../fixtures/facts.json";
import { failingKv } from "./failing-kv.js";
import { incomingEmail } from "./incoming-email.js";
import { apiCall, call, clearKv, getPage, login, ORIGIN, postForm, type Session } from "./web-client.js";

const ZONE = "America/New_York";
const store = () => new KvStore(env.FOLLOWUP_KV);
const PAGE = "/interviews/northwind-sre";

let session: Session;
let northwind: Interview;

beforeEach(async () => {
  await clearKv();
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  northwind = parsed.facts.interviews.find((i) => i.id === "northwind-sre")!;
  await store().putInterview(northwind);
  await store().putSettings({ ...(await store().getSettings()), timeZone: ZONE });
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-17T21:00:00-05:00"));
  session = await login();
  return () => vi.useRealTimers();
});

const mark = (fields: Record<string, string>, envOverride = {}) => {
  const body = new URLSearchParams({ _csrf: session.csrf, ...fields });
  return call(`${PAGE}/sends`, { method: "POST", headers: { Origin: ORIGIN, Cookie: session.cookie }, body }, envOverride);
};
const sendKeys = async () => (await env.FOLLOWUP_KV.list({ prefix: "send:northwind-sre:" })).keys.map((k) => k.name);
const pageText = async (path = PAGE) => (await getPage(session, path)).text();

/** The HTML of one interviewer's card on the interview page. */
function cardOf(html: string, name: string): string {
  const start = html.indexOf(`<h3>${name}</h3>`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</article>", start));
}

/** A draft for Tomasz through the checker, as the owner forwards one: its report's text. */
async function draftReport(): Promise<string> {
  const email = await incomingEmail(rawMessage({ to: "check@example.com", cc: "tomasz.kowalski@northwind.example", body: "Hi Tomasz,\n\nThanks for the chat about capacity planning for peak season.\n\nBest,\nAlex" }), {
    from: "alex@candidate.example",
    to: "check@example.com",
  });
  await worker.email(email.message, env);
  return String(email.replies[0]!.text);
}

describe("marking a note as sent", () => {
  it("offers the panel, the chosen interviewer first, and the time now in the owner's zone", async () => {
    const html = await pageText(`${PAGE}/sends/new?to=${encodeURIComponent("José Álvarez")}`);
    expect(html).toContain('<option value="José Álvarez" selected="">');
    expect(html).toContain('value="2026-11-17T21:00"');
    expect(html).toContain("In America/New_York");
    // The link on the card leads here with that interviewer chosen.
    expect(cardOf(await pageText(), "José Álvarez")).toContain(`href="${PAGE}/sends/new?to=Jos%C3%A9%20%C3%81lvarez"`);
  });

  it("logs who and when, entered by hand, and the panel, the dashboard and later reports count it", async () => {
    const response = await mark({ to: "Priya Raman", sentAt: "2026-11-17T19:30" });
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/interviews\/northwind-sre\?notice=marked&send=[0-9a-f]{64}$/);

    const [logged] = await store().listSends("northwind-sre");
    expect(logged).toMatchObject({
      interviewId: "northwind-sre",
      sentAt: "2026-11-18T00:30:00.000Z",
      recipients: ["priya.raman@northwind.example"],
      interviewers: ["Priya Raman"],
      fingerprint: [],
      enteredByHand: true,
    });
    expect(logged!.messageId).toMatch(/^<by-hand-[0-9a-f-]{36}@followup-check>$/);

    const html = await pageText(location);
    expect(html).toContain("Marked as sent: the note to Priya Raman, sent Tue 17 Nov 19:30.");
    expect(html).toContain("1 of 3 sent");
    const priya = cardOf(html, "Priya Raman");
    expect(priya).toContain("Note sent");
    expect(priya).toContain("Entered by hand.");
    expect(priya).toContain("on time");
    expect(await pageText("/")).toContain("1 of 3 sent");

    // The reminders no longer count Priya as owed a note.
    const reminders = dueReminders({ interviews: [northwind], sends: await store().listSends("northwind-sre"), settings: await store().getSettings(), scheduledTime: new Date(), alreadySent: new Set() });
    expect(reminders.flatMap((r) => r.interviewers.map((p) => p.name))).toEqual(["Tomasz Kowalski-Nowak", "José Álvarez"]);

    const report = await draftReport();
    expect(report).toMatch(/✓ Priya Raman: note sent Tue 17 Nov 19:30 \(UTC−05:00\)/);
    expect(report).toContain("· Tomasz Kowalski-Nowak: no note yet");
    // No text was seen, so nothing is said to be a copy of it.
    expect(report).not.toContain("[duplicate-note]");
  });

  it.each([
    [{ to: "Priya Raman", sentAt: "" }, "sentAt", "enter when you sent the note"],
    [{ to: "Priya Raman", sentAt: "yesterday evening" }, "sentAt", "is not a date and time"],
    [{ to: "Priya Raman", sentAt: "2026-11-18T09:00" }, "sentAt", "is in the future (it is now Tue 17 Nov 21:00): enter when the note went out"],
    [{ to: "Priya Raman", sentAt: "2026-11-16T19:30" }, "sentAt", "is before the interview started (Tue 17 Nov 13:00)"],
    [{ to: "", sentAt: "2026-11-17T19:30" }, "to", "choose who you sent the note to"],
    [{ to: "Sam Former", sentAt: "2026-11-17T19:30" }, "to", "Sam Former is no longer on this interview&#39;s panel: choose again"],
  ])("refuses %o with a message beside the field, keeps what was typed and logs nothing", async (fields, field, message) => {
    const response = await mark(fields);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(`id="f-${field}-error"`);
    expect(html).toContain(message);
    if (fields.sentAt) expect(html).toContain(`value="${fields.sentAt}"`);
    expect(await sendKeys()).toEqual([]);
  });

  it("refuses a form without the session's token, and logs nothing", async () => {
    const forged = await call(`${PAGE}/sends`, { method: "POST", headers: { Origin: ORIGIN, Cookie: session.cookie }, body: new URLSearchParams({ to: "Priya Raman", sentAt: "2026-11-17T19:30" }) });
    expect(forged.status).toBe(403);
    expect(await sendKeys()).toEqual([]);
  });

  it("two marked at once are both kept", async () => {
    const answers = await Promise.all([mark({ to: "Priya Raman", sentAt: "2026-11-17T19:30" }), mark({ to: "José Álvarez", sentAt: "2026-11-17T19:31" })]);
    expect(answers.map((r) => r.status)).toEqual([303, 303]);
    expect(await sendKeys()).toHaveLength(2);
    expect(await pageText()).toContain("2 of 3 sent");
  });

  it("when storage refuses the write, says so, keeps what was entered and logs nothing", async () => {
    const broken = failingKv(env.FOLLOWUP_KV, 1, { keepFailing: true });
    const response = await mark({ to: "José Álvarez", sentAt: "2026-11-17T19:45" }, { FOLLOWUP_KV: broken.kv });
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain("The send log could not be changed just now:</strong> nothing was logged");
    expect(html).toContain('<option value="José Álvarez" selected="">');
    expect(html).toContain('value="2026-11-17T19:45"');
    expect(await sendKeys()).toEqual([]);
  });

  it("shows the send just marked even while the KV listing has not caught up with it", async () => {
    const location = (await mark({ to: "Priya Raman", sentAt: "2026-11-17T19:30" })).headers.get("location")!;
    const lagging = { ...env.FOLLOWUP_KV, get: env.FOLLOWUP_KV.get.bind(env.FOLLOWUP_KV), list: async () => ({ keys: [], list_complete: true, cacheStatus: null }) } as unknown as KVNamespace;
    const html = await (await call(location, { headers: { Cookie: session.cookie } }, { FOLLOWUP_KV: lagging })).text();
    expect(html).toContain("1 of 3 sent");
  });
});

describe("removing a send logged by mistake", () => {
  async function markedRef(): Promise<string> {
    const location = (await mark({ to: "Priya Raman", sentAt: "2026-11-17T19:30" })).headers.get("location")!;
    return /send=([0-9a-f]{64})/.exec(location)![1]!;
  }

  it("asks first, in words, then removes it: the panel and later reports count Priya as owed a note again", async () => {
    const ref = await markedRef();
    expect(cardOf(await pageText(), "Priya Raman")).toContain(`href="${PAGE}/sends/${ref}/remove"`);
    const confirm = await pageText(`${PAGE}/sends/${ref}/remove`);
    expect(confirm).toContain("<h1>Remove this send from the log?</h1>");
    expect(confirm).toContain("<strong>The note to Priya Raman, sent Tue 17 Nov 19:30.</strong> You entered it by hand.");
    expect(confirm).toContain("Priya Raman will show as still owed a note, and the reminders will include them again.");
    expect(await sendKeys()).toHaveLength(1);

    const removed = await postForm(session, `${PAGE}/sends/${ref}/remove`, {});
    expect(removed.status).toBe(303);
    expect(removed.headers.get("location")).toBe(`${PAGE}?notice=send-removed&send=${ref}`);
    expect(await sendKeys()).toEqual([]);
    const html = await pageText(removed.headers.get("location")!);
    expect(html).toContain("Removed from the send log.");
    expect(html).toContain("0 of 3 sent");
    expect(await draftReport()).toContain("· Priya Raman: no note yet");
  });

  it("removes a copy logged from the Bcc, saying it comes back only if the message arrives again", async () => {
    await store().logSend({ interviewId: "northwind-sre", messageId: "<wrong@candidate.example>", sentAt: "2026-11-18T00:10:00.000Z", recipients: ["priya.raman@northwind.example"], interviewers: ["Priya Raman"], subject: "Thank you", fingerprint: [] });
    const [listed] = await store().listLoggedSends("northwind-sre");
    const confirm = await pageText(`${PAGE}/sends/${listed!.ref}/remove`);
    expect(confirm).toContain("It was logged from the copy Bcc&#39;d to the checker, subject “Thank you”.");
    expect(confirm).toContain("it is logged again only if the same message arrives at the checker again");
    expect((await postForm(session, `${PAGE}/sends/${listed!.ref}/remove`, {})).status).toBe(303);
    expect(await sendKeys()).toEqual([]);
  });

  it("a second press, or a send removed in another tab, says it was already removed", async () => {
    const ref = await markedRef();
    await postForm(session, `${PAGE}/sends/${ref}/remove`, {});
    const again = await postForm(session, `${PAGE}/sends/${ref}/remove`, {});
    expect(again.headers.get("location")).toBe(`${PAGE}?notice=send-gone`);
    expect(await pageText(again.headers.get("location")!)).toContain("it had been removed already");
    expect((await getPage(session, `${PAGE}/sends/${"0".repeat(64)}/remove`)).headers.get("location")).toBe(`${PAGE}?notice=send-gone`);
    expect((await getPage(session, `${PAGE}/sends/not-a-ref/remove`)).headers.get("location")).toBe(`${PAGE}?notice=send-gone`);
    expect((await getPage(session, "/interviews/no-such-interview/sends/new")).status).toBe(404);
  });

  it("keeps the other sends, and refuses a form without the session's token", async () => {
    const ref = await markedRef();
    await mark({ to: "José Álvarez", sentAt: "2026-11-17T19:40" });
    const forged = await call(`${PAGE}/sends/${ref}/remove`, { method: "POST", headers: { Origin: ORIGIN, Cookie: session.cookie } });
    expect(forged.status).toBe(403);
    expect(await sendKeys()).toHaveLength(2);
    await postForm(session, `${PAGE}/sends/${ref}/remove`, {});
    const html = await pageText();
    expect(html).toContain("1 of 3 sent");
    expect(cardOf(html, "José Álvarez")).toContain("Note sent");
  });

  it("when storage refuses the delete, says so and the send stays logged", async () => {
    const ref = await markedRef();
    const broken = failingKv(env.FOLLOWUP_KV, 1, { keepFailing: true });
    const body = new URLSearchParams({ _csrf: session.csrf });
    const response = await call(`${PAGE}/sends/${ref}/remove`, { method: "POST", headers: { Origin: ORIGIN, Cookie: session.cookie }, body }, { FOLLOWUP_KV: broken.kv });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("The send log could not be changed just now:</strong> the send is still logged.");
    expect(await sendKeys()).toHaveLength(1);
  });

  it("the page just after leaves it out even while the KV listing still shows it", async () => {
    const ref = await markedRef();
    const [before] = await store().listLoggedSends("northwind-sre");
    const stale = JSON.stringify(before!.send);
    await postForm(session, `${PAGE}/sends/${ref}/remove`, {});
    // A replica that has not seen the delete yet: it still lists and serves the entry.
    const key = `send:northwind-sre:${ref}`;
    const real = env.FOLLOWUP_KV;
    const lagging = {
      list: async (options: KVNamespaceListOptions) => {
        const page = await real.list(options);
        return options.prefix === "send:northwind-sre:" ? { ...page, keys: [...page.keys, { name: key }] } : page;
      },
      get: async (keys: string | string[], type?: "text" | "json") => {
        if (!Array.isArray(keys)) return keys === key ? stale : real.get(keys, type as "text");
        const values = await real.get(keys, "text");
        if (keys.includes(key)) values.set(key, stale);
        return values;
      },
    } as unknown as KVNamespace;
    const html = await (await call(`${PAGE}?notice=send-removed&send=${ref}`, { headers: { Cookie: session.cookie } }, { FOLLOWUP_KV: lagging })).text();
    expect(html).toContain("0 of 3 sent");
  });
});

describe("entries by hand and their missing requests in a backup", () => {
  it("export and import again unchanged", async () => {
    await mark({ to: "Priya Raman", sentAt: "2026-11-17T19:30" });
    await store().logSend({
      interviewId: "northwind-sre",
      messageId: "<left-out@candidate.example>",
      sentAt: "2026-11-18T00:40:00.000Z",
      recipients: ["tomasz.kowalski@northwind.example"],
      interviewers: ["Tomasz Kowalski-Nowak"],
      subject: "Thanks",
      fingerprint: [],
      missingRequests: ["send the postmortem template"],
    });
    const exported = await (await apiCall("/export")).json();
    await clearKv();
    const imported = await apiCall("/import", { method: "POST", body: JSON.stringify(exported) });
    expect(imported.status).toBe(200);
    expect(await (await apiCall("/export")).json()).toEqual(exported);
    expect(JSON.stringify(exported)).toContain('"enteredByHand":true');
  });
});
