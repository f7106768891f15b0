/**
 * In chromium against `wrangler dev`: the import's feedback (a bad interviewer email said in
 * words at the top of the page, what a good file changed) and the timeline of an interview
 * whose two notes went out minutes apart just after the window opened, measured in the real
 * page at the phone width: no label under 12 px, none overlapping another, a legend in words.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleInterview } from "../../src/sample-interview.js";
import { expectAccessible, logIn, PHONE, seedSample, shot, startBrowserSession, type BrowserSession } from "./support.js";

const MINUTE_MS = 60_000;
/** The app's smallest readable text, in CSS px. */
const MIN_FONT_PX = 12;

let session: BrowserSession;
let page: Page;
let base: string;

/** The interview whose timeline is measured: ended 75 minutes ago, so its window opened (an hour after the end) 15 minutes ago. */
const FABRIKAM = "fabrikam-platform";

/** A file of four interviews (the seeded one changed, three new) and twelve sends, two of them minutes apart just after Fabrikam's window opened. */
function goodFile(now: number) {
  const at = (ms: number) => new Date(ms).toISOString();
  const end = now - 75 * MINUTE_MS;
  const person = (name: string, email: string) => ({ name, email, topics: [], requests: [] });
  const interview = (id: string, company: string, role: string, endMs: number, interviewers: ReturnType<typeof person>[]) => ({
    id,
    company,
    role,
    start: at(endMs - 90 * MINUTE_MS),
    end: at(endMs),
    interviewers,
  });
  const northwind = { ...sampleInterview(new Date(now)), topics: ["peak season traffic", "on-call load"] };
  const interviews = [
    northwind,
    interview(FABRIKAM, "Fabrikam Robotics", "Platform Engineer", end, [person("Mei-Ling Chen", "mei-ling@fabrikam.example"), person("José Álvarez", "jose@fabrikam.example")]),
    interview("contoso-pm", "Contoso Health", "Product Manager", now - 26 * 60 * MINUTE_MS, [person("Amara Okafor", "amara@contoso.example")]),
    interview("litware-data", "Litware", "Data Engineer", now - 50 * 60 * MINUTE_MS, [person("Sven Olsen", "sven@litware.example")]),
  ];
  const send = (interviewId: string, name: string, email: string, sentAt: number, n: number) => ({
    interviewId,
    messageId: `<import-${n}@candidate.example>`,
    sentAt: at(sentAt),
    recipients: [email],
    interviewers: [name],
    subject: "Thank you",
    fingerprint: Array.from({ length: 64 }, (_, slot) => (n * 7919 + slot * 104_729) % 0xffffffff),
  });
  const opens = end + 60 * MINUTE_MS;
  const sends = [
    send(FABRIKAM, "Mei-Ling Chen", "mei-ling@fabrikam.example", opens + 2 * MINUTE_MS, 1),
    send(FABRIKAM, "José Álvarez", "jose@fabrikam.example", opens + 5 * MINUTE_MS, 2),
    // Ten more across the other interviews: several copies of a note, as a Bcc logs each.
    ...Array.from({ length: 10 }, (_, i) => {
      const [id, name, email] = [
        ["contoso-pm", "Amara Okafor", "amara@contoso.example"],
        ["litware-data", "Sven Olsen", "sven@litware.example"],
      ][i % 2]!;
      return send(id!, name!, email!, now - (20 + i) * 60 * MINUTE_MS, i + 3);
    }),
  ];
  return { interviews, sends };
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page } = session);
  base = session.server.url;
  await seedSample(base);
  await logIn(page, base);
});

afterAll(async () => {
  await session?.stop();
});

/** Chooses `text` as the file in the settings page's import form and submits it. */
async function importText(on: Page, text: string): Promise<void> {
  await on.goto(`${base}/settings`);
  await on.getByLabel("Import a facts file").setInputFiles({ name: "followup-check.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await on.getByRole("button", { name: "Import", exact: true }).click();
  await on.waitForURL(`${base}/import`);
}

/** Runs `check` on the desktop page and on a phone-sized page of the same (logged-in) context, each checked for accessibility and saved as `<name>-desktop.png` / `<name>-phone.png`. */
async function atBothWidths(name: string, check: (on: Page, width: number) => Promise<void>): Promise<void> {
  await check(page, page.viewportSize()!.width);
  await expectAccessible(page);
  await shot(page, `${name}-desktop.png`);
  const phone = await page.context().newPage();
  try {
    await phone.setViewportSize(PHONE);
    await check(phone, PHONE.width);
    expect(Number(await phone.evaluate("document.documentElement.scrollWidth")), `${name}: width on a phone`).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone);
    await shot(phone, `${name}-phone.png`);
  } finally {
    await phone.close();
  }
}

/** Where a piece of text is drawn and how large, as the page lays it out. */
interface DrawnText {
  text: string;
  /** The font size as drawn, in CSS px: the computed size times any scaling (an SVG viewBox). */
  fontPx: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** True when the box cuts its text off. */
  clipped: boolean;
}

/** The minimal DOM the measuring callback reads (the project's types have no DOM). */
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}
interface Element {
  tagName: string;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): Rect;
  getScreenCTM?: () => { a: number; b: number } | null;
  closest(selector: string): Element | null;
}
interface MeasureGlobals {
  document: { querySelectorAll(selector: string): ArrayLike<Element> };
  getComputedStyle(element: Element): { fontSize: string; display: string; visibility: string };
}

/** Every element in the timeline that draws text of its own (an SVG title is a tooltip, not drawn). */
function drawnTimelineText(on: Page): Promise<DrawnText[]> {
  return on.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as MeasureGlobals;
    const TEXT_NODE = 3;
    return Array.from(document.querySelectorAll(".timeline *"))
      .filter((el) => el.tagName.toLowerCase() !== "title" && !el.closest("title"))
      .filter((el) => Array.from(el.childNodes).some((node) => node.nodeType === TEXT_NODE && (node.textContent ?? "").trim() !== ""))
      .filter((el) => getComputedStyle(el).display !== "none" && getComputedStyle(el).visibility !== "hidden" && el.getBoundingClientRect().width > 0)
      .map((el) => {
        const matrix = el.getScreenCTM?.();
        const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
        const rect = el.getBoundingClientRect();
        const html = !el.getScreenCTM;
        return {
          text: (el.textContent ?? "").trim(),
          fontPx: parseFloat(getComputedStyle(el).fontSize) * scale,
          left: rect.left,
          right: rect.right,
          top: rect.top,
          bottom: rect.bottom,
          clipped: html && el.scrollWidth > el.clientWidth,
        };
      });
  });
}

/** Pairs of drawn texts whose boxes overlap. */
function overlapping(texts: DrawnText[]): string[] {
  const pairs: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`“${a.text}” overlaps “${b.text}”`);
    }),
  );
  return pairs;
}

describe("import feedback and the timeline in chromium", () => {
  it("says what is wrong with a bad interviewer email in words, at the top of the page, and imports nothing", async () => {
    const file = goodFile(Date.now());
    file.interviews[0]!.interviewers[1]!.email = "tomasz@";
    await atBothWidths("import-refused", async (on) => {
      await importText(on, JSON.stringify(file));
      expect(await on.getByRole("heading", { name: "Nothing was imported", level: 1 }).isVisible()).toBe(true);
      const alert = on.getByRole("alert");
      expect(await alert.innerText()).toContain("Northwind Logistics, Senior Site Reliability Engineer, interviewer 2 (Tomasz Kowalski-Nowak): the email “tomasz@” is not an address");
      expect(await alert.innerText()).not.toMatch(/interviews\[\d+\]/);
      // Seen without scrolling: the whole box is inside the first screen.
      const box = (await alert.boundingBox())!;
      expect(box.y + box.height, "the error's bottom edge").toBeLessThanOrEqual(on.viewportSize()!.height);
      expect(await on.evaluate("window.scrollY")).toBe(0);
    });
    await page.goto(`${base}/`);
    expect(await page.getByText("Fabrikam Robotics").count()).toBe(0);
  });

  it("says what a good file changed, and that importing it again changed nothing", async () => {
    const text = JSON.stringify(goodFile(Date.now()));
    // The desktop page imports the file first; the phone page imports it again and finds everything in place.
    const expected: Record<number, string> = {
      [page.viewportSize()!.width]: "3 interviews added, 1 replaced, 12 sends logged.",
      [PHONE.width]: "4 interviews unchanged, no new sends (the 12 in the file were logged already).",
    };
    await atBothWidths("import-done", async (on, width) => {
      await importText(on, text);
      expect(await on.getByRole("heading", { name: "Import finished", level: 1 }).isVisible()).toBe(true);
      expect(await on.getByRole("status").innerText()).toBe(expected[width]);
    });
    await page.goto(`${base}/`);
    expect(await page.getByText("Fabrikam Robotics").first().isVisible()).toBe(true);
  });

  it("lays the timeline's labels out apart and readable at both widths, with a legend in words", async () => {
    await atBothWidths("timeline", async (on, width) => {
      await on.goto(`${base}/interviews/${FABRIKAM}`);
      const texts = await drawnTimelineText(on);
      const words = texts.map((t) => t.text).join(" | ");
      for (const label of ["Mei-Ling", "José", "now", "send from"]) expect(words, `at ${width} px`).toContain(label);
      for (const entry of ["The interview", "Too early", "Best time to send", "Late", "Now"]) expect(words, `legend at ${width} px`).toContain(entry);
      for (const t of texts) {
        expect(t.fontPx, `font of “${t.text}” at ${width} px`).toBeGreaterThanOrEqual(MIN_FONT_PX);
        expect(t.clipped, `“${t.text}” cut off at ${width} px`).toBe(false);
      }
      expect(overlapping(texts), `at ${width} px`).toEqual([]);
    });
  });
});
