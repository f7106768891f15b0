/**
 * In chromium against `wrangler dev`: the time zone asked for at the first login, the favicon
 * (under the app's real Content-Security-Policy), the settings page's reminders switch, and a
 * draft's report on its own page, edited and checked again; accessibility at both widths.
 */
import PostalMime from "postal-mime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";
import { checkAtBothWidths, expectAccessible, PASSWORD, seedSample, shot, startBrowserSession, type BrowserSession } from "./support.js";

let session: BrowserSession;
let page: Page;
let base: string;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page } = session);
  base = session.server.url;
  await seedSample(base);
});

afterAll(async () => {
  await session?.stop();
});

/** The report email's HTML in both colour schemes: accessible (axe's contrast check included), and dark when the reader's mail is. */
async function expectEmailReadable(html: string): Promise<void> {
  const mail = await page.context().newPage();
  try {
    await mail.setContent(html);
    for (const colorScheme of ["light", "dark"] as const) {
      await mail.emulateMedia({ colorScheme });
      await expectAccessible(mail);
      await shot(mail, `report-email-${colorScheme}.png`);
    }
    expect(await mail.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgb(16, 24, 40)");
  } finally {
    await mail.close();
  }
}

describe("first login, favicon, reminders and the report page in chromium", () => {
  it("asks for the time zone at the first login, and the new-interview form then starts in it", async () => {
    await checkAtBothWidths(page, `${base}/login`, "login-time-zone");
    await page.getByLabel("Your time zone").selectOption("America/New_York");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/interviews/new`);
    expect(await page.getByText("Times are in America/New_York").isVisible()).toBe(true);
    // Asked once: a later login form no longer asks.
    await page.goto(`${base}/login`);
    expect(await page.getByLabel("Your time zone").count()).toBe(0);
  });

  it("shows the favicon under the app's own Content-Security-Policy", async () => {
    // A context that keeps the CSP (the shared one bypasses it to inject axe-core).
    const context = await session.browser.newContext();
    try {
      const strict = await context.newPage();
      const refused: string[] = [];
      strict.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await strict.goto(`${base}/login`);
      const href = await strict.locator('link[rel="icon"]').getAttribute("href");
      expect(href).toMatch(/^data:image\/svg\+xml,/);
      const width = await strict.evaluate(
        (src) =>
          new Promise<number>((resolve) => {
            const image = new (globalThis as unknown as { Image: new () => { naturalWidth: number; onload: () => void; onerror: () => void; src: string } }).Image();
            image.onload = () => resolve(image.naturalWidth);
            image.onerror = () => resolve(-1);
            image.src = src;
          }),
        href!,
      );
      expect(width).toBeGreaterThan(0);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("turns reminders off with the settings switch, and keeps it off", async () => {
    await page.goto(`${base}/settings`);
    const reminders = page.getByLabel("Email reminders");
    expect(await reminders.isChecked()).toBe(true);
    await reminders.uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.getByText("Settings saved.").isVisible()).toBe(true);
    expect(await page.getByLabel("Email reminders").isChecked()).toBe(false);
    await checkAtBothWidths(page, `${base}/settings`, "settings-reminders");
  });

  it("emails a report that reads in light and dark mode and opens on its own page, accessible at both widths, to check the edited draft again", async () => {
    const draft = rawMessage({
      to: "check+northwind-sre@example.com",
      cc: "Priya Raman <priya.raman@northwind.example>",
      subject: "Thank you for today",
      date: new Date().toUTCString().replace("GMT", "+0000"),
      body: "Hi Pryia,\n\nThank you for your time today. I really need this job.\n\nBest,\nAlex",
    });
    const result = await sendLocalEmail(base, draft, { from: "alex@candidate.example", to: "check+northwind-sre@example.com" });
    const email = await PostalMime.parse(result.replies[0]?.raw ?? "");
    const text = email.text ?? "";
    await expectEmailReadable(email.html ?? "");
    const link = /check it again \(this report is kept for 30 days\): (\S+)/.exec(text)?.[1];
    expect(link, text).toBeDefined();
    // The path only: the link's host is APP_URL, which need not be this server's port.
    const reportPage = `${base}${new URL(link!).pathname}`;
    await checkAtBothWidths(page, reportPage, "report-page");
    expect(await page.getByRole("heading", { name: "Report on “Thank you for today”" }).isVisible()).toBe(true);
    const report = await page.locator("#report").innerText();
    expect(report).toMatch(/Fix \d+ things?, consider \d+ more\b[^.]* before you send your note to Priya Raman/);
    expect(report).toContain("Wrong name");
    expect(report).toContain("Not useful? Turn it off in Settings.");
    expect(await page.getByLabel("Recipient").inputValue()).toBe("northwind-sre:0");

    await page.getByLabel("The note").fill("Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist.\n\nI'm excited about the role.\n\nBest,\nAlex");
    await page.getByRole("button", { name: "Check again" }).click();
    await page.waitForURL(`${base}/check`);
    const again = await page.locator("#report").innerText();
    expect(again).not.toContain("Wrong name");
    expect(again).not.toContain("Needy tone");
    await expectAccessible(page);
    await shot(page, "report-checked-again-desktop.png");
  });

  it("says clearly when a report is gone", async () => {
    const response = await page.goto(`${base}/reports/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { name: "This report is no longer here" }).isVisible()).toBe(true);
    await expectAccessible(page);
  });
});
