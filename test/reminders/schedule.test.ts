import { describe, expect, it } from "vitest";
import { dueReminders, reminderKey, type DueInput } from "../../src/reminders/schedule.js";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/settings.js";
import { northwind, sent } from "./helpers.js";

// northwind-sre ends 21:00Z on 17 Nov; the window opens 60 min later (22:00Z) and closes
// 72 h after the end (20 Nov 21:00Z), so the last call is due 12 h before: 20 Nov 09:00Z.
const OPENS_TICK = new Date("2026-11-17T22:00:00Z");
const CLOSING_TICK = new Date("2026-11-20T09:00:00Z");

const HOUR = 3_600_000;

const run = (over: Partial<DueInput> = {}) =>
  dueReminders({ interviews: [northwind], sends: [], settings: DEFAULT_SETTINGS, scheduledTime: OPENS_TICK, alreadySent: new Set(), ...over });

const names = (input: Partial<DueInput> = {}) => run(input).map((r) => [r.stage, r.interviewers.map((p) => p.name)]);

describe("dueReminders: the schedule", () => {
  it("sends one reminder for the whole panel in the tick the window opens", () => {
    const [reminder, ...rest] = run();
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({ interviewId: "northwind-sre", stage: "opens", dueAt: new Date("2026-11-17T22:00:00Z") });
    expect(reminder!.interviewers.map((p) => p.name)).toEqual(["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]);
    expect(reminder!.keys).toEqual([
      "reminder:northwind-sre:opens:priya-raman",
      "reminder:northwind-sre:opens:tomasz-kowalski-nowak",
      "reminder:northwind-sre:opens:jose-alvarez",
    ]);
  });

  it("sends the last call in the tick 12 hours before the window closes", () => {
    expect(names({ scheduledTime: CLOSING_TICK })).toEqual([["closing", ["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]]]);
    expect(run({ scheduledTime: CLOSING_TICK })[0]!.window.closes).toEqual(new Date("2026-11-20T21:00:00Z"));
  });

  it("sends nothing before the window opens", () => {
    for (const h of [-1, -2, -24]) expect(run({ scheduledTime: new Date(OPENS_TICK.getTime() + h * HOUR) })).toEqual([]);
  });

  it("a reminder not yet sent stays due in every later tick, until the last call takes its place", () => {
    for (const h of [1, 2, 24, 58]) expect(names({ scheduledTime: new Date(OPENS_TICK.getTime() + h * HOUR) })).toEqual([["opens", ["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]]]);
    expect(names({ scheduledTime: new Date(CLOSING_TICK.getTime() - 1) })[0]![0]).toBe("opens");
    expect(names({ scheduledTime: CLOSING_TICK })[0]![0]).toBe("closing");
  });

  it("the last call stays due until the window closes", () => {
    for (const h of [1, 6, 11]) expect(names({ scheduledTime: new Date(CLOSING_TICK.getTime() + h * HOUR) })).toEqual([["closing", ["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]]]);
    expect(run({ scheduledTime: new Date("2026-11-20T21:00:00Z") })).toEqual([]);
  });

  it("a due time inside an hour belongs to the tick that ends that hour", () => {
    const settings = settingsSchema.parse({ tooEarlyMinutes: 90 }); // opens 22:30Z
    expect(names({ settings })).toEqual([]);
    expect(names({ settings, scheduledTime: new Date("2026-11-17T23:00:00Z") })).toEqual([["opens", ["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]]]);
  });

  it("the owner's timing settings move the reminders", () => {
    const settings = settingsSchema.parse({ lateErrorHours: 48 }); // closes 19 Nov 21:00Z
    expect(names({ settings, scheduledTime: CLOSING_TICK })).toEqual([]);
    expect(names({ settings, scheduledTime: new Date("2026-11-19T09:00:00Z") })).toEqual([["closing", ["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]]]);
  });
});

describe("dueReminders: who is still owed a note", () => {
  it("leaves out interviewers with a logged note, by name or by address", () => {
    const sends = [sent(["Priya Raman"]), sent([], ["tomasz.kowalski@northwind.example"])];
    expect(names({ sends })).toEqual([["opens", ["José Álvarez"]]]);
  });

  it("ignores notes logged for another interview", () => {
    expect(names({ sends: [sent(["Priya Raman"], [], "contoso-pm")] })[0]![1]).toHaveLength(3);
  });

  it("sends nothing once every interviewer has a note", () => {
    const sends = [sent(["Priya Raman", "Tomasz Kowalski-Nowak"]), sent(["José Álvarez"])];
    expect(run({ sends })).toEqual([]);
    expect(run({ sends, scheduledTime: CLOSING_TICK })).toEqual([]);
  });

  it("sends nothing when the owner turned reminders off", () => {
    const settings = settingsSchema.parse({ reminders: false });
    expect(run({ settings })).toEqual([]);
    expect(run({ settings, scheduledTime: CLOSING_TICK })).toEqual([]);
  });
});

describe("dueReminders: idempotence", () => {
  it("a second run of the same tick that sees the markers sends nothing", () => {
    const first = run();
    const alreadySent = new Set(first.flatMap((r) => r.keys));
    expect(run({ alreadySent })).toEqual([]);
  });

  it("a second run that sees only some markers reminds only the others", () => {
    const alreadySent = new Set([reminderKey("northwind-sre", "opens", northwind.interviewers[0]!)]);
    expect(names({ alreadySent })).toEqual([["opens", ["Tomasz Kowalski-Nowak", "José Álvarez"]]]);
  });

  it("markers of one stage do not silence the other", () => {
    const alreadySent = new Set(run().flatMap((r) => r.keys));
    expect(run({ alreadySent, scheduledTime: CLOSING_TICK })).toHaveLength(1);
  });

  it("once sent and marked, a stage is due in no later tick; until then every tick tries it again", () => {
    const alreadySent = new Set(run().flatMap((r) => r.keys));
    for (const h of [1, 2, 24]) expect(run({ alreadySent, scheduledTime: new Date(OPENS_TICK.getTime() + h * HOUR) })).toEqual([]);
    const closing = new Set(run({ scheduledTime: CLOSING_TICK }).flatMap((r) => r.keys));
    expect(run({ alreadySent: new Set([...alreadySent, ...closing]), scheduledTime: new Date(CLOSING_TICK.getTime() + HOUR) })).toEqual([]);
    expect(run({ alreadySent, scheduledTime: new Date(CLOSING_TICK.getTime() + HOUR) })).toHaveLength(1);
  });
});

describe("dueReminders: closed and short windows", () => {
  it("sends nothing once the window has closed", () => {
    expect(run({ scheduledTime: new Date("2026-11-20T21:00:00Z") })).toEqual([]);
    expect(run({ scheduledTime: new Date("2026-11-21T09:00:00Z") })).toEqual([]);
  });

  it("a send-by date an hour after the window opens leaves only the first reminder", () => {
    const short = { ...northwind, sendBy: "2026-11-17T18:00:00-05:00" }; // closes 23:00Z
    expect(names({ interviews: [short] })).toEqual([["opens", ["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]]]);
    expect(run({ interviews: [short], scheduledTime: new Date("2026-11-17T23:00:00Z") })).toEqual([]);
  });

  it("a send-by date a few hours out puts the last call at least an hour after the first", () => {
    const short = { ...northwind, sendBy: "2026-11-17T22:00:00-05:00" }; // closes 18 Nov 03:00Z
    expect(names({ interviews: [short], scheduledTime: new Date("2026-11-17T23:00:00Z") })).toEqual([["closing", ["Priya Raman", "Tomasz Kowalski-Nowak", "José Álvarez"]]]);
  });

  it("a deadline before the window even opens sends nothing", () => {
    const past = { ...northwind, sendBy: "2026-11-17T16:30:00-05:00" };
    for (const h of [21, 22, 23]) expect(run({ interviews: [past], scheduledTime: new Date(`2026-11-17T${h}:00:00Z`) })).toEqual([]);
  });
});
