/**
 * In chromium against `wrangler dev`: a Bcc'd copy that leaves out what was asked for (its
 * receipt and the interviewer's card say which request), a note sent without the Bcc marked
 * as sent from the card, a send logged by mistake removed after a confirmation in words, and
 * the first copy delivered again after a near-identical later one; every page and receipt
 * checked with axe-core and photographed at both widths.
 */
import PostalMime from "postal-mime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLocalEmail } from "../../scripts/dev-server.js";
import { rawMessage } from "../helpers/raw-message.js";
import { checkAtBothWidths, DESKTOP, expectAccessible, logIn, PHONE, seedSample, shot, startBrowserSession, type BrowserSession } from "./support.js";

let session: BrowserSession;
let page: Page;
let base: string;
let interviewPage: string;

/** A note to Priya that never mentions the postmortem template she asked for. */
const WITHOUT_TEMPLATE =
  "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist, and I'd love to bring that to your team.\n\nI'm excited about the Senior Site Reliability Engineer role.\n\nBest,\nAlex";

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page } = session);
  base = session.server.url;
  interviewPage = `${base}/interviews/northwind-sre`;
  // The sample interview ended two hours ago: its send window is open now.
  await seedSample(base);
  await logIn(page, base, "America/New_York");
});

afterAll(async () => {
  await session?.stop();
});

/** `minutesAgo` as a Date header. */
const dateAgo = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toUTCString().replace("GMT", "+0000");
const FIRST_COPY = rawMessage({ to: "Priya Raman <priya.raman@northwind.example>", date: dateAgo(30), messageId: "<browser-left-out@candidate.example>", body: WITHOUT_TEMPLATE });

/** Delivers a copy Bcc'd to the checker and returns the receipt, parsed as a mail client reads it. */
async function bcc(raw: string) {
  const result = await sendLocalEmail(base, raw, { from: "alex@candidate.example", to: "check@example.com" });
  expect(result.outcome).toBe("ok");
  return PostalMime.parse(result.replies[0]?.raw ?? "");
}

/** The text of one interviewer's card on the interview page. */
const card = (name: string) => page.locator("article.card", { has: page.getByRole("heading", { name, level: 3 }) });

/** An email's HTML at both widths: accessible, and photographed as `<name>-desktop.png` / `<name>-phone.png`. */
async function checkEmailAtBothWidths(html: string, name: string): Promise<void> {
  const mail = await page.context().newPage();
  try {
    for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      await mail.setViewportSize(viewport);
      await mail.setContent(html);
      await expectAccessible(mail);
      await shot(mail, `${name}-${width}.png`);
    }
  } finally {
    await mail.close();
  }
}

describe("the send log by hand, and what a sent copy left out, in chromium", () => {
  it("a Bcc'd copy without the requested template: the receipt and Priya's card name the request", async () => {
    const receipt = await bcc(FIRST_COPY);
    expect(receipt.text).toMatch(/^Logged your note to Priya Raman/);
    expect(receipt.text).toContain("“send the postmortem template”, was neither mentioned nor attached in the note you sent: send it in a short follow-up.");
    await checkEmailAtBothWidths(receipt.html ?? "", "receipt-missing-request");

    await checkAtBothWidths(page, interviewPage, "interview-left-out");
    const priya = await card("Priya Raman").innerText();
    expect(priya).toContain("Note sent");
    expect(priya).toContain("Left out what was asked for: “send the postmortem template”.");
    expect(await page.getByText("1 of 2 sent").isVisible()).toBe(true);
  });

  it("marks a note to Tomasz sent without the Bcc as sent, after saying what is wrong with a time in the future", async () => {
    await page.goto(interviewPage);
    await page.getByRole("link", { name: /^Mark a note as sent to Tomasz Kowalski-Nowak\b/ }).click();
    await page.waitForURL(/\/sends\/new\?to=/);
    expect(await page.getByLabel("Sent to").inputValue()).toBe("Tomasz Kowalski-Nowak");
    await checkAtBothWidths(page, page.url(), "mark-as-sent");

    const now = await page.getByLabel("Sent at").inputValue();
    await page.getByLabel("Sent at").fill("2030-01-01T10:00");
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await expect.poll(() => page.getByText("One field needs attention.").isVisible()).toBe(true);
    expect(await page.getByText(/is in the future \(it is now .*\): enter when the note went out/).isVisible()).toBe(true);
    expect(await page.getByLabel("Sent at").inputValue()).toBe("2030-01-01T10:00");
    await expectAccessible(page);
    await shot(page, "mark-as-sent-error-desktop.png");

    await page.getByLabel("Sent at").fill(now);
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await page.waitForURL(/\/interviews\/northwind-sre\?notice=marked/);
    expect(await page.getByRole("status").innerText()).toMatch(/^Marked as sent: the note to Tomasz Kowalski-Nowak, sent /);
    expect(await page.getByText("2 of 2 sent").isVisible()).toBe(true);
    const tomasz = await card("Tomasz Kowalski-Nowak").innerText();
    expect(tomasz).toContain("Note sent");
    expect(tomasz).toContain("Entered by hand.");
    await checkAtBothWidths(page, page.url(), "interview-marked");
  });

  it("removes the send to Tomasz after a confirmation in words, and he is owed a note again", async () => {
    await page.goto(interviewPage);
    await card("Tomasz Kowalski-Nowak").getByRole("link", { name: /^Remove the note to Tomasz Kowalski-Nowak, sent / }).click();
    await page.waitForURL(/\/sends\/[0-9a-f]{64}\/remove$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Remove this send from the log?");
    expect(await page.getByText(/^The note to Tomasz Kowalski-Nowak, sent .*\.$/).isVisible()).toBe(true);
    expect(await page.getByText("Tomasz Kowalski-Nowak will show as still owed a note").isVisible()).toBe(true);
    await checkAtBothWidths(page, page.url(), "remove-send");

    await page.getByRole("button", { name: "Remove from the log" }).click();
    await page.waitForURL(/\/interviews\/northwind-sre\?notice=send-removed/);
    expect(await page.getByRole("status").innerText()).toBe("Removed from the send log.");
    expect(await page.getByText("1 of 2 sent").isVisible()).toBe(true);
    expect(await card("Tomasz Kowalski-Nowak").innerText()).toContain("No note yet.");
    await checkAtBothWidths(page, page.url(), "interview-send-removed");
  });

  it("the first copy delivered again after a near-identical later one to Tomasz is itself, not a duplicate of it", async () => {
    const later = rawMessage({ to: "Tomasz Kowalski-Nowak <tomasz.kowalski@northwind.example>", date: dateAgo(10), messageId: "<browser-later@candidate.example>", body: WITHOUT_TEMPLATE.replace("Hi Priya", "Hi Tomasz") });
    expect((await bcc(later)).text).toContain("[duplicate-note]");
    const again = await bcc(FIRST_COPY);
    expect(again.text).toMatch(/^Already logged: your note to Priya Raman/);
    expect(again.text).not.toContain("[duplicate-note]");
    await checkEmailAtBothWidths(again.html ?? "", "receipt-redelivered");

    await checkAtBothWidths(page, interviewPage, "interview-redelivered");
    expect(await card("Tomasz Kowalski-Nowak").innerText()).toContain("Nearly the same as the note to Priya Raman.");
    expect(await card("Priya Raman").innerText()).not.toContain("Nearly the same");
  });
});
