/**
 * The web app in a real browser (Debian's chromium through playwright-core) against
 * `wrangler dev`: log in, create an interview with two interviewers, edit it, check a draft,
 * check every page with axe-core at a desktop and a phone width, and save screenshots to test-artifacts/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail, type DevServer } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";
import { checkAtBothWidths, expectAccessible, PASSWORD, seedSample, shot, startBrowserSession, type BrowserSession } from "./support.js";

let session: BrowserSession;
let server: DevServer;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ server, page } = session);
  // The sample interview (ended two hours ago) with one logged note, so the pages have something to show.
  await seedSample(server.url);
  const note = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist.\n\nI'm excited about the role.\n\nBest,\nAlex";
  const date = new Date(Date.now() - 30 * 60_000).toUTCString().replace("GMT", "+0000");
  const sent = rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date, messageId: "<browser-sent@candidate.example>", body: note });
  expect((await sendLocalEmail(server.url, sent, { from: "alex@candidate.example", to: "check@example.com" })).outcome).toBe("ok");
});

afterAll(async () => {
  await session?.stop();
});

describe("the web app in chromium", () => {
  it("sends a visitor to the login page and refuses a wrong password", async () => {
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectAccessible(page);
    await page.getByLabel("Password").fill("wrong");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect.poll(() => page.getByText("Wrong password.").isVisible()).toBe(true);
  });

  it("logs in and shows the dashboard", async () => {
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByRole("heading", { name: "Interviews", level: 1 }).isVisible()).toBe(true);
    expect(await page.getByText("1 of 2 sent").isVisible()).toBe(true);
  });

  it("sets the time zone in settings", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Time zone").fill("America/New_York");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.getByText("Settings saved.").isVisible()).toBe(true);
  });

  it("creates an interview with two interviewers (rows added by submitting)", async () => {
    await page.goto(`${server.url}/interviews/new`);
    await page.getByLabel("Company", { exact: true }).fill("Fabrikam Robotics");
    await page.getByLabel("Role", { exact: true }).fill("Platform Engineer");
    await page.getByLabel("Start", { exact: true }).fill("2026-11-20T10:00");
    await page.getByLabel("End", { exact: true }).fill("2026-11-20T11:30");
    await page.locator('[name="interviewers.0.name"]').fill("Mei Tanaka");
    await page.locator('[name="interviewers.0.email"]').fill("mei@fabrikam.example");
    await page.locator('[name="interviewers.0.topics"]').fill("fleet telemetry");
    await page.getByRole("button", { name: "Add another interviewer" }).click();
    await page.locator('[name="interviewers.1.name"]').fill("Omar Haddad");
    await page.locator('[name="interviewers.1.email"]').fill("not-an-email");
    await page.getByRole("button", { name: "Create interview" }).click();
    // The mistake comes back beside its field, with everything else still typed in.
    await expect.poll(() => page.getByText("must be an email address").isVisible()).toBe(true);
    expect(await page.locator('[name="interviewers.0.name"]').inputValue()).toBe("Mei Tanaka");
    await page.locator('[name="interviewers.1.email"]').fill("omar@fabrikam.example");
    await page.getByRole("button", { name: "Create interview" }).click();
    await page.waitForURL(/\/interviews\/fabrikam-robotics-platform-engineer/);
    expect(await page.getByRole("heading", { name: "Mei Tanaka" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Omar Haddad" }).isVisible()).toBe(true);
    expect(await page.getByText("Fri 20 Nov 10:00").first().isVisible()).toBe(true);
  });

  it("edits it", async () => {
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Role", { exact: true }).fill("Senior Platform Engineer");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved.").isVisible()).toBe(true);
    expect(await page.getByText("Senior Platform Engineer").first().isVisible()).toBe(true);
  });

  it("checks a draft and shows the report", async () => {
    await page.goto(`${server.url}/check?interview=northwind-sre`);
    await page.getByLabel("Recipient").selectOption({ label: "Tomasz Kowalski-Nowak (Northwind Logistics)" });
    await page.getByLabel("Subject", { exact: true }).fill("Thank you");
    await page
      .getByLabel("The note")
      .fill("Hi Priya,\n\nThank you for the talk about migrating the dispatch service to Kubernetes. I really need this job and would do anything.\n\nBest,\nAlex");
    await page.getByRole("button", { name: "Check it" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Report" }).isVisible()).toBe(true);
    const report = await page.locator("#report").innerText();
    expect(report).toMatch(/Fix \d+ things?, consider \d+ more\b[^.]* before you send your note to Tomasz Kowalski-Nowak \(Northwind Logistics\)/);
    expect(report).toContain("Wrong name wrong-name");
    expect(report).toContain("Needy tone needy-tone");
    await expectAccessible(page);
    await shot(page, "report-desktop.png");
  });

  it("shows the dashboard, the interview page, the new-interview form and settings accessibly at both widths", async () => {
    await checkAtBothWidths(page, `${server.url}/`, "dashboard");
    await checkAtBothWidths(page, `${server.url}/interviews/northwind-sre`, "interview");
    expect(await page.locator(".timeline .tl-chart .tl-marker").count()).toBe(1);
    await checkAtBothWidths(page, `${server.url}/interviews/new`, "form");
    await checkAtBothWidths(page, `${server.url}/settings`, "settings");
    await checkAtBothWidths(page, `${server.url}/check`, "check");
  });

  it("logs out", async () => {
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${server.url}/settings`);
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
