/**
 * The check-in reminder: once the decision date has passed without an outcome marked, a
 * reminder suggests a short check-in; it stops when the owner marks the outcome or a check-in
 * is logged, and every reminder stops once the outcome is marked.
 */
import { describe, expect, it } from "vitest";
import type { Interview } from "../../src/facts/schema.js";
import { reminderEmail } from "../../src/reminders/email.js";
import { CHECK_IN_DUE_MS, checkInDueAt, dueReminders, reminderKey, type DueInput } from "../../src/reminders/schedule.js";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/settings.js";
import type { SendRecord } from "../../src/types.js";
import { northwind, sent } from "./helpers.js";

// Decision by Tue 24 Nov: two days later at 09:00 in the interview's offset (−05:00) is 26 Nov 14:00Z.
const DUE = new Date("2026-11-26T14:00:00Z");
const HOUR = 3_600_000;
const withRecruiter: Interview = { ...northwind, recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example", agency: "TalentBridge" } };

const run = (over: Partial<DueInput> = {}) => dueReminders({ interviews: [northwind], sends: [], settings: DEFAULT_SETTINGS, scheduledTime: DUE, alreadySent: new Set(), ...over });
const stages = (over: Partial<DueInput> = {}) => run(over).map((r) => r.stage);
const at = (send: SendRecord, sentAt: string): SendRecord => ({ ...send, sentAt });

describe("the check-in reminder is due", () => {
  it("two days after the decision date, in the morning of the interview's own time", () => {
    expect(checkInDueAt(northwind)).toEqual(DUE);
    expect(checkInDueAt({ ...northwind, decisionBy: "2026-11-24T12:00:00+01:00" })).toEqual(new Date("2026-11-26T14:00:00Z"));
    expect(checkInDueAt({ ...northwind, decisionBy: null })).toBeNull();
  });

  it("from then for two weeks, once per decision date: its marker silences it, a new date brings a new one", () => {
    expect(stages({ scheduledTime: new Date(DUE.getTime() - HOUR) })).toEqual([]);
    expect(stages()).toEqual(["check-in"]);
    expect(stages({ scheduledTime: new Date(DUE.getTime() + CHECK_IN_DUE_MS - HOUR) })).toEqual(["check-in"]);
    expect(stages({ scheduledTime: new Date(DUE.getTime() + CHECK_IN_DUE_MS) })).toEqual([]);
    const [reminder] = run();
    expect(reminder!.keys).toEqual(["reminder:northwind-sre:check-in:2026-11-24"]);
    expect(run({ alreadySent: new Set(reminder!.keys) })).toEqual([]);
    const moved = { ...northwind, decisionBy: "2026-12-01" };
    expect(run({ interviews: [moved], alreadySent: new Set(reminder!.keys), scheduledTime: new Date("2026-12-03T14:00:00Z") })[0]?.keys).toEqual([reminderKey("northwind-sre", "check-in", { name: "2026-12-01" })]);
  });

  it("names the recruiter to ask when there is one, else the panel", () => {
    expect(run({ interviews: [withRecruiter] })[0]!.interviewers.map((p) => p.name)).toEqual(["Dana Shaw"]);
    expect(run()[0]!.interviewers).toHaveLength(3);
  });

  it("is not due while reminders are off", () => {
    expect(run({ settings: settingsSchema.parse({ reminders: false }) })).toEqual([]);
  });
});

describe("the check-in reminder stops", () => {
  it("when the owner marks any outcome, still waiting included", () => {
    for (const outcome of ["waiting", "offer", "rejected", "withdrawn"] as const) expect(run({ interviews: [{ ...northwind, outcome }] })).toEqual([]);
  });

  it("when a note went out after the decision date, to the panel or the recruiter; not for the thank-yous sent before it", () => {
    expect(stages({ sends: [at(sent(["Priya Raman"]), "2026-11-17T23:00:00Z")] })).toEqual(["check-in"]);
    expect(run({ sends: [at(sent(["Priya Raman"]), "2026-11-25T16:00:00Z")] })).toEqual([]);
    expect(run({ interviews: [withRecruiter], sends: [at(sent([], ["dana@talentbridge.example"]), "2026-11-25T16:00:00Z")] })).toEqual([]);
  });
});

describe("an outcome marked stops the thank-you reminders too", () => {
  it("sends no first reminder and no last call", () => {
    for (const time of ["2026-11-17T22:00:00Z", "2026-11-20T09:00:00Z"]) {
      expect(stages({ scheduledTime: new Date(time) })).not.toEqual([]);
      expect(run({ interviews: [{ ...northwind, outcome: "waiting" }], scheduledTime: new Date(time) })).toEqual([]);
    }
  });
});

describe("the check-in reminder's email", () => {
  const email = reminderEmail(run({ interviews: [withRecruiter] })[0]!, withRecruiter, "https://check.example.com");

  it("says what happened, whom to ask and what to say, and how to stop it", () => {
    expect(email.subject).toBe("Time for a short check-in: Senior Site Reliability Engineer at Northwind Logistics");
    expect(email.text).toContain("Northwind Logistics meant to decide by Tue 24 Nov, and you have not marked how it ended.");
    expect(email.text).toContain("Who to write to\n  Dana Shaw, your recruiter at TalentBridge");
    expect(email.text).toContain("What to say\n  Name the role and the date, e.g. “my interview for the Senior Site Reliability Engineer role on Tue 17 Nov”.");
    expect(email.text).toContain("no new case for yourself, and no reproach for the wait");
    expect(email.text).toContain("mark the outcome (offer, rejected, withdrawn, or still waiting)");
    expect(email.text).not.toContain("Best sent between");
    expect(email.html).toContain("<h3");
    expect(email.html).toContain("What to say");
    expect(email.html).toContain('href="https://check.example.com/interviews/northwind-sre"');
  });

  it("without a recruiter, asks for one note to whoever gave the date", () => {
    const plain = reminderEmail(run()[0]!, northwind, null);
    expect(plain.text).toContain("Write to whoever told you when they would decide (Priya, Tomasz and José were on the panel).");
  });

  it("escapes what the owner typed", () => {
    const hostile = { ...withRecruiter, role: "<b>Role</b>", recruiter: { name: "<script>x</script>" } };
    const html = reminderEmail(run({ interviews: [hostile] })[0]!, hostile, null).html;
    expect(html).not.toContain("<script>x");
    expect(html).not.toContain("<b>Role");
  });
});
