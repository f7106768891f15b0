/**
 * What every browser test needs: Debian's chromium through playwright-core against a fresh
 * `wrangler dev`, a logged-in page, screenshots at a desktop and a phone width, and an
 * accessibility check with axe-core that fails on any serious or critical violation.
 */
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { startDevServer, type DevServer } from "../../scripts/dev-server.js";

const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** The password `startBrowserSession` gives the web app. */
export const PASSWORD = "dev-password";
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };
/** axe-core's own impact levels that fail a test: what blocks or seriously hinders a user. */
const FAILING_IMPACTS = new Set(["serious", "critical"]);
const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface BrowserSession {
  server: DevServer;
  browser: Browser;
  /** A desktop-sized page (not yet logged in). */
  page: Page;
  stop(): Promise<void>;
}

/** Starts wrangler dev (with the web app's password and API token) and chromium. */
export async function startBrowserSession(vars: Record<string, string> = {}): Promise<BrowserSession> {
  await mkdir(ARTIFACTS, { recursive: true });
  const server = await startDevServer({ vars: { APP_PASSWORD: PASSWORD, API_TOKEN: "dev-token", ...vars } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  // The app's CSP forbids every script (script-src 'none'); bypassing it only lets the test inject axe-core.
  const page = await (await browser.newContext({ viewport: DESKTOP, bypassCSP: true })).newPage();
  return {
    server,
    browser,
    page,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/** Logs `page` in through the login form and waits for the dashboard. */
export async function logIn(page: Page, baseUrl: string, timeZone?: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  // The first login asks for the owner's time zone.
  if (timeZone) await page.getByLabel("Your time zone").selectOption(timeZone);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`${baseUrl}/`);
}

/** Stores the sample interview (it ended two hours ago) through the dev server's POST /dev/seed; its end as stored. */
export async function seedSample(baseUrl: string): Promise<{ end: string }> {
  const response = await fetch(`${baseUrl}/dev/seed`, { method: "POST" });
  if (response.status !== 200) throw new Error(`POST /dev/seed answered ${response.status}`);
  return (await response.json()) as { end: string };
}

/** A full-page screenshot into test-artifacts/. */
export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: new URL(name, ARTIFACTS).pathname, fullPage: true });
}

/** What expectAccessible reads in the page: axe-core's entry point and the document it checks. */
interface PageGlobals {
  document: unknown;
  axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> };
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and fails with each
 * serious or critical violation named, with the elements it found, so the message says what to fix.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // The callbacks run in the page; the project's types have no DOM, so the page's globals are typed here.
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as PageGlobals;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
  const failing = violations.filter((v) => v.impact !== null && FAILING_IMPACTS.has(v.impact));
  expect(failing.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.slice(0, 3).join("; ")})`), `accessibility on ${page.url()}`).toEqual([]);
}

/**
 * Opens `path` at the desktop and the phone width (in a second page of the same logged-in
 * context), checks each for accessibility, that nothing is wider than the phone's screen, and
 * saves `<name>-desktop.png` and `<name>-phone.png`.
 */
export async function checkAtBothWidths(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await expectAccessible(page);
  await shot(page, `${name}-desktop.png`);
  const phone = await page.context().newPage();
  try {
    await phone.setViewportSize(PHONE);
    await phone.goto(url);
    // No sideways scrolling on a phone.
    expect(Number(await phone.evaluate("document.documentElement.scrollWidth")), `width of ${url} on a phone`).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone);
    await shot(phone, `${name}-phone.png`);
  } finally {
    await phone.close();
  }
}
