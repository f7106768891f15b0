/**
 * Words for users on the settings page, its reminders switch, the time zone asked for at the
 * first login, and the favicon every page carries.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { KvStore } from "../../src/store/kv-store.js";
import { call, clearKv, getPage, login, ORIGIN, PASSWORD, postForm, type Session } from "./web-client.js";

const FIELDS = { ownerAddresses: "", timeZone: "Europe/Berlin", tooEarlyMinutes: "60", lateWarningHours: "24", lateErrorHours: "72", longWarningWords: "250", longErrorWords: "400", personalWords: "" };

/** What a reader sees of a page: its text without tags and attributes. */
const visibleText = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]*>/g, " ");

const settings = () => new KvStore(env.FOLLOWUP_KV).getSettings();

const loginWith = (fields: Record<string, string>) => call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ next: "/", ...fields }) });

beforeEach(clearKv);

describe("settings page", () => {
  let session: Session;
  beforeEach(async () => {
    session = await login();
  });

  it("turns reminders off and on with a switch, and keeps them as saved", async () => {
    const page = await (await getPage(session, "/settings")).text();
    expect(page).toMatch(/<input type="checkbox" name="reminders" value="on" checked="" aria-describedby="f-reminders-hint"\/>/);
    expect(page).toContain("Email reminders");
    expect((await postForm(session, "/settings", FIELDS)).status).toBe(303);
    expect((await settings()).reminders).toBe(false);
    expect(await (await getPage(session, "/settings")).text()).toMatch(/<input type="checkbox" name="reminders" value="on" aria-describedby/);
    expect((await postForm(session, "/settings", { ...FIELDS, reminders: "on" })).status).toBe(303);
    expect((await settings()).reminders).toBe(true);
  });

  it("names rules in words with the id in small print, and no setting or file names a user never sees", async () => {
    const page = await (await getPage(session, "/settings")).text();
    expect(page).toMatch(/Wrong name <code class="muted" style="font-size:.78rem;font-weight:400">wrong-name<\/code>/);
    const text = visibleText(page);
    expect(text).not.toMatch(/disabledRules|OWNER_ADDRESSES|wrangler\.toml/);
  });

  it("says the time zone is not chosen yet until one is saved", async () => {
    expect(await (await getPage(session, "/settings")).text()).toContain("Not chosen yet: until you save one, times are in UTC.");
    await postForm(session, "/settings", FIELDS);
    expect(await (await getPage(session, "/settings")).text()).not.toContain("Not chosen yet");
  });

  it("puts the favicon on every page, inline", async () => {
    for (const path of ["/", "/settings", "/check", "/interviews/new"]) {
      expect(await (await getPage(session, path)).text(), path).toMatch(/<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,%3Csvg%20xmlns/);
    }
    expect(await (await call("/login")).text()).toContain('<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,');
  });
});

describe("the first login asks for the time zone", () => {
  it("offers every zone on the login form while none is saved, and saves the one chosen", async () => {
    const form = await (await call("/login")).text();
    expect(form).toContain('<label for="f-timeZone">Your time zone</label>');
    expect(form).toContain('<option value="" selected="">Choose later (times stay in UTC)</option>');
    expect(form).toMatch(/<optgroup label="America">[\s\S]*<option value="America\/New_York">New York<\/option>/);
    expect(form).toContain('<option value="UTC">UTC</option>');

    const response = await loginWith({ password: PASSWORD, timeZone: "America/New_York" });
    expect(response.status).toBe(303);
    expect((await settings()).timeZone).toBe("America/New_York");
    expect(await (await call("/login")).text()).not.toContain("Your time zone");

    // The new-interview form then starts in that zone.
    const session = await login();
    expect(await (await getPage(session, "/interviews/new")).text()).toContain("Times are in America/New_York");
  });

  it("saves nothing for a wrong password, keeps the choice on the form, and leaves it for later when none is chosen", async () => {
    const wrong = await loginWith({ password: "wrong", timeZone: "Asia/Tokyo" });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('<option value="Asia/Tokyo" selected="">Tokyo</option>');
    expect(await env.FOLLOWUP_KV.get("settings")).toBeNull();

    expect((await loginWith({ password: PASSWORD, timeZone: "" })).status).toBe(303);
    expect((await loginWith({ password: PASSWORD, timeZone: "Mars/Olympus" })).status).toBe(303);
    expect(await env.FOLLOWUP_KV.get("settings")).toBeNull();
    expect(await (await call("/login")).text()).toContain("Your time zone");
  });

  it("never replaces a time zone already saved", async () => {
    await new KvStore(env.FOLLOWUP_KV).putSettings({ ...(await settings()), timeZone: "Europe/Berlin" });
    expect(await (await call("/login")).text()).not.toContain("Your time zone");
    expect((await loginWith({ password: PASSWORD, timeZone: "Asia/Tokyo" })).status).toBe(303);
    expect((await settings()).timeZone).toBe("Europe/Berlin");
  });
});
