/**
 * The calendar feed in workerd with real KV: its secret kept hashed, the settings page's
 * controls, and the feed's address reached without a login, by its token alone.
 */
import { env } from "cloudflare:test";
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { app } from "../../src/app.js";
import { parseFacts } from "../../src/facts/schema.js";
import { CALENDAR_FEED_KEY, calendarFeedState, calendarFeedTokenValid, FEED_TOKEN_PATTERN, newCalendarFeed, turnOffCalendarFeed } from "../../src/store/calendar-feed.js";
import { KvStore } from "../../src/store/kv-store.js";
import facts from "../fixtures/facts.json";
import { call, clearKv, getPage, login, ORIGIN, postForm, type Session } from "./web-client.js";

const kv = () => env.FOLLOWUP_KV;

/** The feed's address in a page that shows it, and its path on this site. */
function feedPathIn(html: string): string {
  const url = /<textarea id="f-feed-url"[^>]*>([^<]+)<\/textarea>/.exec(html)?.[1];
  if (!url) throw new Error("no feed address in the page");
  return new URL(url).pathname;
}

/** A well-formed token that was never made. */
const STRANGER = "A".repeat(43);

beforeEach(clearKv);

describe("the calendar feed's secret in KV", () => {
  it("keeps only a hash of the token, and knows the token it made", async () => {
    const token = await newCalendarFeed(kv(), new Date("2026-11-17T21:00:00Z"));
    expect(token).toMatch(FEED_TOKEN_PATTERN);
    const stored = await kv().get(CALENDAR_FEED_KEY);
    expect(stored).not.toContain(token);
    expect(JSON.parse(stored!)).toEqual({ tokenHash: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), createdAt: "2026-11-17T21:00:00.000Z" });
    expect(await calendarFeedTokenValid(kv(), token)).toBe(true);
    expect(await calendarFeedTokenValid(kv(), STRANGER)).toBe(false);
    expect(await calendarFeedState(kv())).toEqual({ createdAt: "2026-11-17T21:00:00.000Z" });
  });

  it("makes a different token each time, and a new one replaces the old", async () => {
    const first = await newCalendarFeed(kv(), new Date());
    const second = await newCalendarFeed(kv(), new Date());
    expect(second).not.toBe(first);
    expect(await calendarFeedTokenValid(kv(), first)).toBe(false);
    expect(await calendarFeedTokenValid(kv(), second)).toBe(true);
  });

  it("knows no token once turned off, nor from a record it did not write", async () => {
    const token = await newCalendarFeed(kv(), new Date());
    await turnOffCalendarFeed(kv());
    expect(await calendarFeedTokenValid(kv(), token)).toBe(false);
    expect(await calendarFeedState(kv())).toBeNull();
    await kv().put(CALENDAR_FEED_KEY, "not json");
    expect(await calendarFeedState(kv())).toBeNull();
    expect(await calendarFeedTokenValid(kv(), token)).toBe(false);
  });

  it("refuses a token of the wrong shape without reading KV", async () => {
    await newCalendarFeed(kv(), new Date());
    for (const token of ["", "short", `${STRANGER}A`, `${"A".repeat(42)}=`]) expect(await calendarFeedTokenValid(kv(), token), token).toBe(false);
  });
});

describe("the calendar feed's address", () => {
  let session: Session;
  beforeEach(async () => {
    session = await login();
    const parsed = parseFacts(facts);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    for (const interview of parsed.facts.interviews) await new KvStore(kv()).putInterview(interview);
  });

  const makeAddress = async () => {
    const response = await postForm(session, "/settings/calendar-feed", {});
    expect(response.status).toBe(200);
    return feedPathIn(await response.text());
  };

  it("is offered on the settings page, shown once when made, and the page then says it is on", async () => {
    const before = await (await getPage(session, "/settings")).text();
    expect(before).toContain('<h2 id="calendar-feed-h">Calendar feed</h2>');
    expect(before).toContain("Make a calendar feed address");
    expect(before).not.toContain("Turn the feed off");

    const response = await postForm(session, "/settings/calendar-feed", {});
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const shown = await response.text();
    expect(shown).toContain("it is shown only this once");
    expect(feedPathIn(shown)).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // Over plain http there is no webcal: link (it stands for https).
    expect(shown).not.toContain("webcal:");

    const after = await (await getPage(session, "/settings")).text();
    expect(after).toContain("<strong class=\"good\">On</strong>, at an address made");
    expect(after).toContain("Make a new address");
    expect(after).toContain("Turn the feed off");
    expect(after).not.toContain(feedPathIn(shown));
  });

  it("shows the address on the host the app was reached at, with a webcal: link over https", async () => {
    // The same session and form token, from the app reached at another (https) address.
    const origin = "https://notes.example";
    const response = await app.request(`${origin}/settings/calendar-feed`, { method: "POST", headers: { Origin: origin, Cookie: session.cookie }, body: new URLSearchParams({ _csrf: session.csrf }) }, env);
    const shown = await response.text();
    expect(shown).toMatch(/>https:\/\/notes\.example\/calendar\/[A-Za-z0-9_-]{43}\.ics<\/textarea>/);
    expect(shown).toMatch(/href="webcal:\/\/notes\.example\/calendar\/[A-Za-z0-9_-]{43}\.ics"/);
  });

  it("needs the form's CSRF token to make or turn off an address", async () => {
    expect((await postForm({ ...session, csrf: "forged" }, "/settings/calendar-feed", {})).status).toBe(403);
    expect((await postForm(session, "/settings/calendar-feed", {}, { Origin: "https://evil.example" })).status).toBe(403);
    expect(await calendarFeedState(kv())).toBeNull();
    await makeAddress();
    expect((await postForm({ ...session, csrf: "forged" }, "/settings/calendar-feed/off", {})).status).toBe(403);
    expect(await calendarFeedState(kv())).not.toBeNull();
  });

  it("answers a calendar app without a login: the interviews' events as text/calendar, kept by no shared cache", async () => {
    const path = await makeAddress();
    const response = await call(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=3600");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const uids = calendar.getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("uid"));
    expect(uids.sort()).toEqual(["contoso-pm.send-window@followup-check", "northwind-sre.check-in@followup-check", "northwind-sre.send-window@followup-check"]);
    const window = calendar.getAllSubcomponents("vevent").find((e) => e.getFirstPropertyValue("uid") === "northwind-sre.send-window@followup-check")!;
    // The link uses APP_URL from wrangler.toml.
    expect(window.getFirstPropertyValue("url")).toBe("http://localhost:8787/interviews/northwind-sre");
    expect(String(window.getFirstPropertyValue("description"))).toContain("Priya Raman");
  });

  it("answers 404, with no login page, for a token never made, a malformed address, or without .ics", async () => {
    const path = await makeAddress();
    const token = /\/calendar\/(.+)\.ics$/.exec(path)![1]!;
    for (const wrong of [`/calendar/${STRANGER}.ics`, `/calendar/${token.slice(1)}.ics`, `/calendar/${token}`, `/calendar/${token}.ics.bak`, "/calendar/.ics"]) {
      const response = await call(wrong);
      expect(response.status, wrong).toBe(404);
      expect(await response.text(), wrong).toContain("No calendar feed at this address");
    }
  });

  it("stops answering an address once a new one is made, or the feed is turned off", async () => {
    const old = await makeAddress();
    const current = await makeAddress();
    expect((await call(old)).status).toBe(404);
    expect((await call(current)).status).toBe(200);

    const off = await postForm(session, "/settings/calendar-feed/off", {});
    expect(off.status).toBe(303);
    expect(off.headers.get("Location")).toBe("/settings?notice=calendar-feed-off");
    expect(await (await getPage(session, "/settings?notice=calendar-feed-off")).text()).toContain("Calendar feed turned off: its address no longer works.");
    expect((await call(current)).status).toBe(404);
  });

  it("limits how often one client may fetch, without using up its login attempts", async () => {
    const path = await makeAddress();
    const from = { "CF-Connecting-IP": "198.51.100.23" };
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await call(path, { headers: from })).status);
    expect(answers).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await call(path, { headers: from });
    expect(refused.headers.get("Retry-After")).toBe("60");
    const login = await call("/login", { method: "POST", headers: { Origin: ORIGIN, ...from }, body: new URLSearchParams({ password: "test-password", next: "/" }) });
    expect(login.status).toBe(303);
  });
});
