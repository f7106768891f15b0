/**
 * In chromium against `wrangler dev`: the interview form's recruiter, "how it went" and
 * outcome controls, the interview page's "After the interview" card they fill, a draft to the
 * recruiter checked from "Check a draft", and a note to them logged by Bcc that never counts
 * as one of the panel's, and the dashboard's word that a check-in is due once the decision date
 * has passed; every page checked with axe-core and photographed at both widths.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";
import { checkAtBothWidths, expectAccessible, logIn, seedSample, shot, startBrowserSession, type BrowserSession } from "./support.js";

let session: BrowserSession;
let page: Page;
let base: string;
let interviewPage: string;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page } = session);
  base = session.server.url;
  interviewPage = `${base}/interviews/northwind-sre`;
  // The sample interview ended two hours ago and has no decision date.
  await seedSample(base);
  await logIn(page, base);
});

afterAll(async () => {
  await session?.stop();
});

const afterCard = () => page.locator("section.card", { has: page.getByRole("heading", { name: "After the interview", level: 2 }) });

describe("recruiter, how it went and the outcome in chromium", () => {
  it("the edit form's new controls are labelled, accessible and fit a phone", async () => {
    await checkAtBothWidths(page, `${base}/interviews/northwind-sre/edit`, "interview-form-recruiter-outcome");
    expect(await page.getByLabel("How it went").inputValue()).toBe("");
    expect(await page.getByLabel("Outcome").inputValue()).toBe("");
    expect(await afterCardOnPage(interviewPage)).toContain("How it went: not said · Outcome: not marked yet");
  });

  it("the dashboard says on the interview's row when its decision date has passed with no outcome, linking to what to send", async () => {
    const hourAgo = `${new Date(Date.now() - 3_600_000).toISOString().slice(0, 19)}+00:00`;
    await saveDecisionBy(hourAgo);
    await page.goto(`${base}/`);
    const row = page.locator("article.card", { has: page.getByRole("link", { name: "Northwind Logistics" }) });
    expect(await row.innerText()).toMatch(/Decision date passed \(.+\): a short check-in is due\. What to send/);
    await expectAccessible(page);
    await row.getByRole("link", { name: "What to send" }).click();
    await page.waitForURL(`${interviewPage}#after-h`);
    expect(await afterCard().innerText()).toContain("send a short check-in");
    // The later steps check notes inside the send window, which a past decision date closes.
    await saveDecisionBy("");
    await page.goto(`${base}/`);
    expect(await row.innerText()).not.toContain("Decision date passed");
  });

  it("saves a recruiter and 'went badly', and the interview page says a note is optional", async () => {
    await page.goto(`${base}/interviews/northwind-sre/edit`);
    await page.getByLabel("Recruiter's name").fill("Dana Shaw");
    await page.getByLabel("Recruiter's email").fill("dana@talentbridge.example");
    await page.getByLabel("Recruiter's agency").fill("TalentBridge");
    await page.getByLabel("How it went").selectOption("badly");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`${interviewPage}?notice=saved`);
    const text = await afterCard().innerText();
    expect(text).toContain("How it went: badly · Outcome: not marked yet");
    expect(text).toContain("Recruiter: Dana Shaw · TalentBridge · dana@talentbridge.example");
    expect(text).toContain("a note is optional");
    await checkAtBothWidths(page, interviewPage, "interview-after-badly");
  });

  it("checks a draft to the recruiter as a note to them, and logs their copy without counting it for the panel", async () => {
    await page.goto(`${base}/check?interview=northwind-sre`);
    await page.getByLabel("Recipient").selectOption({ label: "Dana Shaw, your recruiter (Northwind Logistics)" });
    await page.getByLabel("Subject").fill("Northwind today");
    await page.getByLabel("The note").fill("Hi Dana,\n\nThanks for setting up today's interview. Priya and I spent most of it on the on-call rotation redesign, and I'd be glad to go on to the next round.\n\nBest,\nAlex");
    await page.getByRole("button", { name: "Check it" }).click();
    const report = await page.locator("#report").innerText();
    expect(report).toContain("your note \"Northwind today\" to Dana Shaw, your recruiter (Northwind Logistics)");
    expect(report).toMatch(/Not checked for .*fit for the role.*: a note to your recruiter\./);
    await expectAccessible(page);
    await shot(page, "check-recruiter-note-desktop.png");

    const copy = rawMessage({ to: "Dana Shaw <dana@talentbridge.example>", date: new Date().toUTCString().replace("GMT", "+0000"), messageId: "<browser-recruiter@candidate.example>", body: "Hi Dana,\n\nThe Northwind interview went well: Priya and I covered the on-call rotation redesign.\n\nAlex" });
    expect((await sendLocalEmail(base, copy, { from: "alex@candidate.example", to: "check@example.com" })).outcome).toBe("ok");
    await page.goto(interviewPage);
    expect(await page.getByRole("heading", { name: /Panel/ }).innerText()).toContain("(0 of 2 sent)");
    expect(await page.locator("table").innerText()).toContain("Dana Shaw (recruiter)");
    expect(await afterCard().innerText()).toContain("1 note to them logged (not counted as panel notes)");
  });

  it("marks the outcome, and the page shows it", async () => {
    await page.goto(interviewPage);
    await afterCard().getByRole("link", { name: "Mark how it went or the outcome" }).click();
    await page.getByLabel("Outcome").selectOption({ label: "Still waiting, no more reminders" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`${interviewPage}?notice=saved`);
    expect(await afterCard().innerText()).toContain("Outcome: still waiting");
    await page.goto(`${base}/interviews/northwind-sre/edit`);
    await page.getByLabel("Outcome").selectOption("offer");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`${interviewPage}?notice=saved`);
    expect(await afterCard().innerText()).toContain("Outcome: an offer");
    expect(await afterCard().getByRole("link", { name: "Change how it went or the outcome" }).count()).toBe(1);
    await checkAtBothWidths(page, interviewPage, "interview-after-outcome");
  });
});

/** Saves the sample interview's decision date through its edit form ("" for none). */
async function saveDecisionBy(value: string): Promise<void> {
  await page.goto(`${interviewPage}/edit`);
  await page.getByLabel("Decision by").fill(value);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`${interviewPage}?notice=saved`);
}

/** The "After the interview" card's text on `url`. */
async function afterCardOnPage(url: string): Promise<string> {
  await page.goto(url);
  return afterCard().innerText();
}
