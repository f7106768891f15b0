import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import worker from "../../src/index.js";
import { parseFacts } from "../../src/facts/schema.js";
import { rawMessage } from "../helpers/raw-message.js";
import { incomingEmail } from "./incoming-email.js";
import { KvStore } from "../../src/store/kv-store.js";
import facts from "../fixtures/facts.json";
import { call, clearKv, getPage, login, ORIGIN, postForm, type Session } from "./web-client.js";

let session: Session;

const VALID = {
  company: "Fabrikam Robotics",
  role: "Platform Engineer",
  start: "2026-11-20T10:00",
  end: "2026-11-20T11:30",
  format: "video",
  "interviewers.0.name": "Mei Tanaka",
  "interviewers.0.email": "mei@fabrikam.example",
  "interviewers.0.topics": "fleet telemetry\nbattery swaps",
  "interviewers.1.name": "Omar Haddad",
  "interviewers.1.email": "omar@fabrikam.example",
  topics: "edge deployments",
  action: "save",
};

beforeEach(async () => {
  await clearKv();
  session = await login();
});

describe("CSRF", () => {
  it("rejects a form without the token, with a wrong token, or from another origin; nothing is stored", async () => {
    const noToken = await call("/interviews", { method: "POST", headers: { Origin: ORIGIN, Cookie: session.cookie }, body: new URLSearchParams(VALID) });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toMatch(/reload the page/);
    expect((await postForm({ ...session, csrf: "forged" }, "/interviews", VALID)).status).toBe(403);
    expect((await postForm(session, "/interviews", VALID, { Origin: "https://evil.example" })).status).toBe(403);
    const noOrigin = await call("/interviews", { method: "POST", headers: { Cookie: session.cookie }, body: new URLSearchParams({ ...VALID, _csrf: session.csrf }) });
    expect(noOrigin.status).toBe(403);
    expect((await env.FOLLOWUP_KV.list({ prefix: "interview:" })).keys).toEqual([]);
  });

  it("a token from another session does not pass", async () => {
    const other = await login();
    expect((await postForm({ cookie: session.cookie, csrf: other.csrf }, "/settings", {})).status).toBe(403);
  });

  it("accepts the same form with the session's token", async () => {
    const response = await postForm(session, "/interviews", VALID);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/interviews/fabrikam-robotics-platform-engineer?notice=created");
  });
});

describe("interview forms", () => {
  it("creates an interview with two interviewers, times read in the settings' time zone", async () => {
    await new KvStore(env.FOLLOWUP_KV).putSettings({ ...(await new KvStore(env.FOLLOWUP_KV).getSettings()), timeZone: "America/New_York" });
    await postForm(session, "/interviews", VALID);
    const saved = await new KvStore(env.FOLLOWUP_KV).getInterview("fabrikam-robotics-platform-engineer");
    expect(saved).toMatchObject({
      start: "2026-11-20T10:00:00-05:00",
      end: "2026-11-20T11:30:00-05:00",
      interviewers: [
        { name: "Mei Tanaka", email: "mei@fabrikam.example", topics: ["fleet telemetry", "battery swaps"] },
        { name: "Omar Haddad", email: "omar@fabrikam.example", topics: [] },
      ],
      topics: ["edge deployments"],
    });
    const page = await (await getPage(session, "/interviews/fabrikam-robotics-platform-engineer")).text();
    expect(page).toContain("Mei Tanaka");
    expect(page).toContain("0 of 2 sent");
    expect(page).toContain('<figure class="timeline">');
  });

  it("re-renders an invalid form with what was typed and a message beside each field", async () => {
    const bad = { ...VALID, company: "", end: "2026-11-20T09:00", "interviewers.1.email": "not-an-email", topics: "kept topic" };
    const response = await postForm(session, "/interviews", bad);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("3 fields need attention.");
    expect(html).toMatch(/id="f-company-error">must not be empty/);
    expect(html).toMatch(/id="f-end-error">must be after start/);
    expect(html).toMatch(/id="f-interviewers-1-email-error">must be an email address/);
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain('value="Mei Tanaka"');
    expect(html).toContain(">kept topic</textarea>");
    expect((await env.FOLLOWUP_KV.list({ prefix: "interview:" })).keys).toEqual([]);
  });

  it("says which limit a too-long field broke", async () => {
    const html = await (await postForm(session, "/interviews", { ...VALID, company: "C".repeat(201) })).text();
    expect(html).toMatch(/id="f-company-error">must be at most 200 characters/);
  });

  it("adds and removes interviewer rows by submitting, keeping everything typed", async () => {
    const added = await (await postForm(session, "/interviews", { ...VALID, action: "add" })).text();
    expect(added).toContain('name="interviewers.2.name"');
    expect(added).toContain('value="Omar Haddad"');
    const removed = await (await postForm(session, "/interviews", { ...VALID, action: "remove-0" })).text();
    expect(removed).not.toContain("Mei Tanaka");
    expect(removed).toContain('name="interviewers.0.name"');
    expect(removed).not.toContain('name="interviewers.1.name"');
    expect(removed).toContain('value="Omar Haddad"');
    expect((await env.FOLLOWUP_KV.list({ prefix: "interview:" })).keys).toEqual([]);
  });

  it("refuses to overwrite an existing id on create", async () => {
    await postForm(session, "/interviews", VALID);
    const again = await postForm(session, "/interviews", VALID);
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/already exists/);
  });

  it("edits and deletes", async () => {
    await postForm(session, "/interviews", VALID);
    const id = "fabrikam-robotics-platform-engineer";
    const form = await (await getPage(session, `/interviews/${id}/edit`)).text();
    expect(form).toContain('value="Fabrikam Robotics"');
    const edited = await postForm(session, `/interviews/${id}`, { ...VALID, id: "renamed-attempt", role: "Senior Platform Engineer" });
    expect(edited.headers.get("location")).toBe(`/interviews/${id}?notice=saved`);
    expect((await new KvStore(env.FOLLOWUP_KV).getInterview(id))?.role).toBe("Senior Platform Engineer");
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview("renamed-attempt")).toBeNull();
    expect((await postForm(session, `/interviews/${id}/delete`, {})).status).toBe(303);
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview(id)).toBeNull();
  });
});

describe("two tabs: a form saved from a stale version", () => {
  const id = "fabrikam-robotics-platform-engineer";
  /** The version a page's form was loaded from (its hidden field). */
  const versionIn = (html: string) => {
    const version = /name="version" value="([0-9a-f]{64})"/.exec(html)?.[1];
    if (!version) throw new Error("no version field in the page");
    return version;
  };
  const interviewCount = async () => (await env.FOLLOWUP_KV.list({ prefix: "interview:" })).keys.length;

  beforeEach(async () => {
    await postForm(session, "/interviews", VALID);
  });

  it("shows the edit form again with what was typed, what the saved version holds, and saves on a second try", async () => {
    const tabOne = versionIn(await (await getPage(session, `/interviews/${id}/edit`)).text());
    const tabTwo = versionIn(await (await getPage(session, `/interviews/${id}/edit`)).text());
    expect(tabTwo).toBe(tabOne);
    expect((await postForm(session, `/interviews/${id}`, { ...VALID, version: tabTwo, role: "Staff Platform Engineer" })).status).toBe(303);

    const stale = await postForm(session, `/interviews/${id}`, { ...VALID, version: tabOne, format: "onsite", "interviewers.0.topics": "fleet telemetry\nmy new topic" });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain("This interview was changed in another tab or window since you opened it:");
    expect(html).toContain("nothing was saved");
    // What was typed stays in the form.
    expect(html).toContain('value="onsite"');
    expect(html).toContain(">fleet telemetry\nmy new topic</textarea>");
    // Where the saved version differs from it, with the saved value.
    expect(html).toMatch(/<strong>Role<\/strong>: saved as “Staff Platform Engineer”/);
    expect(html).toMatch(/<strong>Format<\/strong>: saved as “video”/);
    expect(html).toMatch(/<strong>Interviewer 1, What you talked about<\/strong>: saved as “fleet telemetry; battery swaps”/);
    expect(html).not.toMatch(/<strong>Company<\/strong>/);
    expect(html).toContain(`href="/interviews/${id}/edit"`);
    expect((await new KvStore(env.FOLLOWUP_KV).getInterview(id))?.role).toBe("Staff Platform Engineer");

    // The form now carries the saved version: saving again replaces it, as the message says.
    const fresh = versionIn(html);
    expect(fresh).not.toBe(tabOne);
    expect((await postForm(session, `/interviews/${id}`, { ...VALID, version: fresh, format: "onsite" })).status).toBe(303);
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview(id)).toMatchObject({ format: "onsite", role: "Platform Engineer" });
  });

  it("keeps the loaded version through adding a row and a failed save, so the change is still caught", async () => {
    const tabOne = versionIn(await (await getPage(session, `/interviews/${id}/edit`)).text());
    await new KvStore(env.FOLLOWUP_KV).putInterview({ ...(await new KvStore(env.FOLLOWUP_KV).getInterview(id))!, role: "Changed elsewhere" });
    expect(versionIn(await (await postForm(session, `/interviews/${id}`, { ...VALID, version: tabOne, action: "add" })).text())).toBe(tabOne);
    const invalid = await postForm(session, `/interviews/${id}`, { ...VALID, version: tabOne, company: "" });
    expect(invalid.status).toBe(400);
    expect(versionIn(await invalid.text())).toBe(tabOne);
    expect((await postForm(session, `/interviews/${id}`, { ...VALID, version: tabOne })).status).toBe(409);
  });

  it("saves as before when the other tab saved the very same interview", async () => {
    const tabOne = versionIn(await (await getPage(session, `/interviews/${id}/edit`)).text());
    await postForm(session, `/interviews/${id}`, { ...VALID, role: "Same in both" });
    expect((await postForm(session, `/interviews/${id}`, { ...VALID, version: tabOne, role: "Same in both" })).status).toBe(303);
  });

  it("offers to create an interview deleted in another tab again, with what was typed", async () => {
    const tabOne = versionIn(await (await getPage(session, `/interviews/${id}/edit`)).text());
    await postForm(session, `/interviews/${id}/delete`, {});
    const response = await postForm(session, `/interviews/${id}`, { ...VALID, version: tabOne, role: "Typed before the delete" });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain("This interview was deleted in another tab or window since you opened it:");
    expect(html).toContain('value="Typed before the delete"');
    expect(html).toContain(`value="${id}"`);
    expect(html).toContain('action="/interviews"');
    expect(await interviewCount()).toBe(0);
  });

  it("does not delete an interview changed since the delete page was opened; deletes on a second try", async () => {
    const tabOne = versionIn(await (await getPage(session, `/interviews/${id}/delete`)).text());
    await postForm(session, `/interviews/${id}`, { ...VALID, role: "Changed in tab two" });
    const stale = await postForm(session, `/interviews/${id}/delete`, { version: tabOne });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain("This interview was changed in another tab or window since you opened it:");
    expect(html).toContain("nothing was deleted");
    expect(html).toContain("Changed in tab two");
    expect(await interviewCount()).toBe(1);
    expect((await postForm(session, `/interviews/${id}/delete`, { version: versionIn(html) })).status).toBe(303);
    expect(await interviewCount()).toBe(0);
  });

  it("shows the settings form again with what was typed when the settings changed in another tab", async () => {
    const fields = { ownerAddresses: "", timeZone: "UTC", tooEarlyMinutes: "60", lateWarningHours: "24", lateErrorHours: "72", longWarningWords: "250", longErrorWords: "400", personalWords: "" };
    const tabOne = versionIn(await (await getPage(session, "/settings")).text());
    expect((await postForm(session, "/settings", { ...fields, version: tabOne, timeZone: "Europe/Berlin", disabledRules: ["news"] })).status).toBe(303);
    const stale = await postForm(session, "/settings", { ...fields, version: tabOne, personalWords: "Kubernetes" });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain("These settings were changed in another tab or window since you opened them:");
    expect(html).toContain(">Kubernetes</textarea>");
    expect(html).toMatch(/<strong>Time zone<\/strong>: saved as “Europe\/Berlin”/);
    expect(html).toMatch(/<strong>Rules turned off<\/strong>: saved as “news”/);
    expect(html).toMatch(/<strong>Your words<\/strong>: empty in the saved version/);
    expect(await new KvStore(env.FOLLOWUP_KV).getSettings()).toMatchObject({ timeZone: "Europe/Berlin", personalWords: [] });
    expect((await postForm(session, "/settings", { ...fields, version: versionIn(html), personalWords: "Kubernetes" })).status).toBe(303);
    expect((await new KvStore(env.FOLLOWUP_KV).getSettings()).personalWords).toEqual(["Kubernetes"]);
  });
});

describe("settings form", () => {
  it("saves valid settings and re-renders invalid ones with messages", async () => {
    const fields = { ownerAddresses: "me@mine.example", timeZone: "Europe/Berlin", tooEarlyMinutes: "30", lateWarningHours: "24", lateErrorHours: "48", longWarningWords: "200", longErrorWords: "350", personalWords: "Kubernetes, SLOs", disabledRules: ["concern", "news"] };
    expect((await postForm(session, "/settings", fields)).status).toBe(303);
    expect(await new KvStore(env.FOLLOWUP_KV).getSettings()).toMatchObject({ ownerAddresses: ["me@mine.example"], timeZone: "Europe/Berlin", tooEarlyMinutes: 30, personalWords: ["Kubernetes", "SLOs"], disabledRules: ["concern", "news"] });
    const bad = await postForm(session, "/settings", { ...fields, timeZone: "Mars/Olympus", tooEarlyMinutes: "soon", ownerAddresses: "nope" });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toMatch(/id="f-timeZone-error">must be a time zone/);
    expect(html).toMatch(/id="f-tooEarlyMinutes-error">must be a number/);
    expect(html).toMatch(/id="f-ownerAddresses-error">must be an email address/);
    expect(html).toContain('value="Mars/Olympus"');
  });
});

describe("import form", () => {
  it("imports a file with values the schema normalises, and lists the problems of a bad one", async () => {
    const normalised = { interviews: [{ ...facts.interviews[0]!, company: " Northwind Logistics " }] };
    const response = await postForm(session, "/import", { file: JSON.stringify(normalised) });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("1 interview added.");
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview("northwind-sre")).toMatchObject({ company: "Northwind Logistics" });

    const bad = await postForm(session, "/import", { file: JSON.stringify({ interviews: [{ ...facts.interviews[1]!, company: " ", nick: "x" }] }) });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("Product Manager, Patient Scheduling: the company is empty");
    expect(html).toContain("Product Manager, Patient Scheduling: “nick” is not a field an interview has");
    expect(await new KvStore(env.FOLLOWUP_KV).getInterview("contoso-pm")).toBeNull();
  });
});

describe("owner addresses from settings", () => {
  it("lets mail from an address added in settings use the checker, and still refuses strangers", async () => {
    const deliver = async (from: string) => {
      const email = await incomingEmail(rawMessage({ from, body: "Hi Priya,\n\nThanks!\n\nAlex" }), { from, to: "check@example.com" });
      await worker.email(email.message, env);
      return email;
    };
    expect((await deliver("second@mine.example")).rejected()).toMatch(/not allowed/);
    const fields = { ownerAddresses: "Second@Mine.example", timeZone: "UTC", tooEarlyMinutes: "60", lateWarningHours: "24", lateErrorHours: "72", longWarningWords: "250", longErrorWords: "400", personalWords: "" };
    expect((await postForm(session, "/settings", fields)).status).toBe(303);
    const accepted = await deliver("second@mine.example");
    expect(accepted.rejected()).toBeNull();
    expect(accepted.replies).toHaveLength(1);
    expect((await deliver("mallory@evil.example")).rejected()).toMatch(/not allowed/);
  });
});

describe("check a draft", () => {
  beforeEach(async () => {
    const parsed = parseFacts(facts);
    if (!parsed.ok) throw new Error("fixture facts invalid");
    for (const interview of parsed.facts.interviews) await new KvStore(env.FOLLOWUP_KV).putInterview(interview);
  });

  it("runs the pipeline on pasted text for the chosen interviewer and shows the report", async () => {
    const text = "Hi Tomasz,\n\nThank you for the talk about migrating the dispatch service to Kubernetes. I'd love to help.\n\nI really need this job.\n\nBest,\nAlex";
    const response = await postForm(session, "/check", { to: "northwind-sre:0", subject: "Thank you", text });
    expect(response.status).toBe(200);
    const html = await response.text();
    // The fixture's decision date (24 Nov 2026) has passed, so a note to the panel is checked as a check-in.
    expect(html).toContain("before you send your check-in to Priya Raman (Northwind Logistics)");
    expect(html).toContain("wrong-name");
    expect(html).toContain("needy-tone");
    expect(html).toContain("Thank you for the talk about migrating");
  });

  it("says what is missing instead of checking an empty draft, and refuses an oversize one", async () => {
    const empty = await postForm(session, "/check", { to: "northwind-sre:0", subject: "", text: "  " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toMatch(/id="f-text-error">must not be empty/);
    const long = await postForm(session, "/check", { to: "northwind-sre:0", subject: "x", text: "word ".repeat(4100) });
    expect(await long.text()).toMatch(/id="f-text-error">must be at most 20000 characters/);
    const huge = await postForm(session, "/check", { to: "northwind-sre:0", subject: "x", text: "x".repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toMatch(/limit is 128 KB/);
  });

  it("keeps pasted header lines in the body, never as headers", async () => {
    const response = await postForm(session, "/check", { to: "northwind-sre:1", subject: "Hi\r\nBcc: someone@evil.example", text: "Hi Tomasz,\n\nThanks for the capacity planning for peak season chat.\n\nAlex" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Tomasz Kowalski-Nowak");
  });
});
