/**
 * In chromium against `wrangler dev`: a calendar feed address made on the settings page,
 * read as a calendar app reads it (no login, parsed with ical.js), replaced and turned off;
 * and the interview page's comparison of two logged notes; accessibility at both widths.
 */
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";
import { checkAtBothWidths, expectAccessible, logIn, PHONE, seedSample, shot, startBrowserSession, type BrowserSession } from "./support.js";

let session: BrowserSession;
let page: Page;
let base: string;
/** The sample interview's end, as /dev/seed stored it. */
let end: Date;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page } = session);
  base = session.server.url;
  end = new Date((await seedSample(base)).end);
  await logIn(page, base);
});

afterAll(async () => {
  await session?.stop();
});

/** Fetches a feed address as a calendar app does: no cookie, no login. */
const fetchFeed = (url: string) => fetch(url, { headers: { Accept: "text/calendar" } });

/** Makes an address from the settings page's `button` on `on`, checks the page that shows it, and returns the address. */
async function makeAddress(on: Page, button: string, shotName: string): Promise<string> {
  await on.goto(`${base}/settings`);
  await on.getByRole("button", { name: button }).click();
  await on.getByRole("heading", { name: "Your calendar feed address", level: 1 }).waitFor();
  expect(await on.getByText("it is shown only this once").isVisible()).toBe(true);
  await expectAccessible(on);
  await shot(on, shotName);
  return on.getByLabel("Calendar feed address").inputValue();
}

describe("the calendar feed and the panel comparison in chromium", () => {
  it("makes a feed address on the settings page that a calendar app reads without logging in, and replaces and turns it off", async () => {
    await checkAtBothWidths(page, `${base}/settings`, "settings-calendar-feed-off");
    const first = await makeAddress(page, "Make a calendar feed address", "calendar-feed-address-desktop.png");
    expect(first).toMatch(new RegExp(`^${base}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));

    const response = await fetchFeed(first);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Interview follow-ups");
    const [event, ...others] = calendar.getAllSubcomponents("vevent");
    expect(others).toEqual([]);
    expect(event!.getFirstPropertyValue("uid")).toBe("northwind-sre.send-window@followup-check");
    expect(event!.getFirstPropertyValue("summary")).toBe("Send your follow-up to Northwind Logistics (Senior Site Reliability Engineer)");
    // The default settings: from an hour after the end until a day after it, in UTC.
    const start = event!.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.zone?.tzid).toBe("UTC");
    expect(start.toJSDate().getTime()).toBe(end.getTime() + 3_600_000);
    expect((event!.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().getTime()).toBe(end.getTime() + 24 * 3_600_000);
    expect(String(event!.getFirstPropertyValue("description"))).toContain("Panel: Priya Raman (Director of Infrastructure), Tomasz Kowalski-Nowak (Staff Engineer).");

    // A new address from a phone: the first one stops working.
    const phone = await page.context().newPage();
    let second: string;
    try {
      await phone.setViewportSize(PHONE);
      second = await makeAddress(phone, "Make a new address", "calendar-feed-address-phone.png");
      expect(Number(await phone.evaluate("document.documentElement.scrollWidth"))).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await phone.close();
    }
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    await checkAtBothWidths(page, `${base}/settings`, "settings-calendar-feed-on");
    expect(await page.getByText("The address was shown once").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Turn the feed off" }).click();
    await expect.poll(() => page.getByText("Calendar feed turned off: its address no longer works.").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Make a calendar feed address" }).isVisible()).toBe(true);
    expect((await fetchFeed(second)).status).toBe(404);
  });

  it("shows on the interview page, in words, that two logged notes read as the same note", async () => {
    const note = (name: string) =>
      `Hi ${name},\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist, and I'd love to bring that to your team.\n\nI'm excited about the Senior Site Reliability Engineer role.\n\nBest,\nAlex`;
    const copies = [
      ["Priya Raman <priya.raman@northwind.example>", "Priya", 30],
      ["Tomasz Kowalski-Nowak <tomasz.kowalski@northwind.example>", "Tomasz", 20],
    ] as const;
    for (const [to, name, minutesAgo] of copies) {
      const raw = rawMessage({ to, subject: "Thank you", date: new Date(Date.now() - minutesAgo * 60_000).toUTCString().replace("GMT", "+0000"), body: note(name) });
      expect((await sendLocalEmail(base, raw, { from: "alex@candidate.example", to: "check@example.com" })).outcome).toBe("ok");
    }
    await checkAtBothWidths(page, `${base}/interviews/northwind-sre`, "interview-comparison");
    const table = page.getByRole("table", { name: "How alike your notes are" });
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["Notes to", "Alike", "Reads as"]);
    const row = table.getByRole("row", { name: /Priya Raman and Tomasz Kowalski-Nowak/ });
    expect(await row.innerText()).toMatch(/100%\s+Reads as the same note/);
    expect(await page.getByText("1 pair reads as the same note.").isVisible()).toBe(true);
  });
});
