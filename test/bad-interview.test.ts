/**
 * An interview the owner marked as gone badly: a note is optional, explaining the bad
 * performance is an error, a brief gracious note or a word to the recruiter is suggested,
 * and timing relaxes (no "late", no last-call reminder, no error past the close).
 */
import { describe, expect, it } from "vitest";
import type { Interview } from "../src/facts/schema.js";
import { checkMessage } from "../src/pipeline.js";
import { dueReminders } from "../src/reminders/schedule.js";
import { reminderEmail } from "../src/reminders/email.js";
import { rule as apology } from "../src/rules/apology.js";
import { rule as tooLate } from "../src/rules/too-late.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { OPTIONAL_NOTE_ADVICE, sendWindow } from "../src/timing.js";
import { interview, makeContext } from "./helpers/context.js";
import { rawMessage } from "./helpers/raw-message.js";

const northwind = interview("northwind-sre");
const badly: Interview = { ...northwind, howItWent: "badly" };
const NERVES = "Hi Priya,\n\nThank you for the talk about the on-call rotation redesign. Sorry I was so nervous and rambled through the system design question.\n\nBest,\nAlex";

describe("after an interview that went badly", () => {
  it("an apology is an error that says explaining reads as desperate; otherwise it stays a warning", () => {
    const [bad] = apology.check(makeContext(NERVES, { interview: badly }));
    expect(bad).toMatchObject({ rule: "apology", severity: "error", excerpt: "Sorry I was so nervous and rambled through the system design question." });
    expect(bad!.message).toMatch(/explaining it reads as desperate/);
    for (const howItWent of [undefined, "well", "unsure"] as const) {
      expect(apology.check(makeContext(NERVES, { interview: { ...northwind, howItWent } }))[0]?.severity).toBe("warning");
    }
  });

  it("a note is never late, and past the close only a warning that says it is optional", () => {
    const window = sendWindow(badly, DEFAULT_SETTINGS);
    expect(window.optional).toBe(true);
    expect(window.late).toEqual(window.closes);
    const at = (iso: string) => tooLate.check(makeContext("Hi Priya,\n\nThanks.\n\nAlex", { interview: badly, at: new Date(iso) }));
    expect(at("2026-11-19T12:00:00-05:00")).toEqual([]);
    const [past] = at("2026-11-21T12:00:00-05:00");
    expect(past).toMatchObject({ rule: "too-late", severity: "warning" });
    expect(past!.message).toMatch(/it is optional: send it only if it is brief and gracious/);
    expect(tooLate.check(makeContext("Hi Priya,\n\nThanks.\n\nAlex", { interview: northwind, at: new Date("2026-11-21T12:00:00-05:00") }))[0]?.severity).toBe("error");
  });

  it("the report says a note is optional and what serves better", async () => {
    const outcome = await checkMessage(
      { raw: rawMessage({ cc: "Priya Raman <priya.raman@northwind.example>", body: NERVES }), envelope: { from: "alex@candidate.example", to: "check@example.com" }, checker: "check@example.com", now: new Date("2026-11-17T19:00:00-05:00"), appUrl: null },
      new MemoryStore([badly]),
    );
    expect(outcome.report!.advice).toContain(OPTIONAL_NOTE_ADVICE);
    expect(OPTIONAL_NOTE_ADVICE).toMatch(/a note is optional.*reads as desperate.*brief, gracious note, or a word to your recruiter/);
    expect(outcome.evaluation!.verdict).toBe("fix");
  });

  it("the first reminder says so too, and no last call follows", () => {
    const run = (iso: string) => dueReminders({ interviews: [badly], sends: [], settings: DEFAULT_SETTINGS, scheduledTime: new Date(iso), alreadySent: new Set() });
    const [first] = run("2026-11-17T22:00:00Z");
    expect(first?.stage).toBe("opens");
    expect(reminderEmail(first!, badly, null).text).toContain(OPTIONAL_NOTE_ADVICE);
    // The usual last call is due 12 hours before the close (20 Nov 09:00Z): the first reminder stays the only one.
    expect(run("2026-11-20T09:00:00Z").map((r) => r.stage)).toEqual(["opens"]);
  });
});
