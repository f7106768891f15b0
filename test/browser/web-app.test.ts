/**
 * The web app in a real browser (Debian's chromium through playwright-core) against
 * `wrangler dev`: log in, create an interview with two interviewers, edit it, check a draft,
 * and save screenshots of the dashboard, the interview page and a report to test-artifacts/.
 */
import { mkdir } from "node:fs/promises";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail, startDevServer, type DevServer } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";

const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const PASSWORD = "dev-password";
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server: DevServer;
let browser: Browser;
let page: Page;

const shot = (name: string, target: Page = page) => target.screenshot({ path: new URL(name, ARTIFACTS).pathname, fullPage: true });

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startDevServer({ vars: { APP_PASSWORD: PASSWORD, API_TOKEN: "dev-token" } });
  // The sample interview (ended two hours ago) with one logged note, so the pages have something to show.
  expect((await fetch(`${server.url}/dev/seed`, { method: "POST" })).status).toBe(200);
  const note = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist.\n\nI'm excited about the role.\n\nBest,\nAlex";
  const date = new Date(Date.now() - 30 * 60_000).toUTCString().replace("GMT", "+0000");
  const sent = rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date, messageId: "<browser-sent@candidate.example>", body: note });
  expect((await sendLocalEmail(server.url, sent, { from: "alex@candidate.example", to: "check@example.com" })).outcome).toBe("ok");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the web app in chromium", () => {
  it("sends a visitor to the login page and refuses a wrong password", async () => {
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe("/login");
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
    expect(await page.getByText("Tue 20 Nov, 10:00").or(page.getByText("Fri 20 Nov, 10:00")).first().isVisible()).toBe(true);
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
    expect(report).toMatch(/Fix \d+ things? before you send your note to Tomasz Kowalski-Nowak \(Northwind Logistics\)/);
    expect(report).toContain("wrong-name");
    expect(report).toContain("needy-tone");
    await shot("report-desktop.png");
  });

  it("saves screenshots of the dashboard and the interview page, desktop and phone", async () => {
    await page.goto(`${server.url}/`);
    await shot("dashboard-desktop.png");
    await page.goto(`${server.url}/interviews/northwind-sre`);
    expect(await page.locator("svg.timeline circle").count()).toBe(1);
    await shot("interview-desktop.png");
    const context = page.context();
    const phone = await context.newPage();
    await phone.setViewportSize(PHONE);
    for (const [path, name] of [["/", "dashboard-phone.png"], ["/interviews/northwind-sre", "interview-phone.png"], ["/interviews/new", "form-phone.png"]] as const) {
      await phone.goto(`${server.url}${path}`);
      // Nothing wider than the screen: no sideways scrolling on a phone.
      expect(Number(await phone.evaluate("document.documentElement.scrollWidth"))).toBeLessThanOrEqual(PHONE.width);
      await shot(name, phone);
    }
    await phone.close();
  });

  it("logs out", async () => {
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${server.url}/settings`);
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
