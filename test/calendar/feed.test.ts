import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFeed, checkInDay, FEED_NAME, type FeedInput } from "../../src/calendar/feed.js";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import type { Interview } from "../../src/types.js";
import { interview } from "../helpers/context.js";

const FIXTURE = interview("northwind-sre");
const { title: _, ...untitled } = FIXTURE.interviewers[2]!;

/** Ends Tue 17 Nov 2026 16:00 at UTC−05:00 (21:00 UTC); the decision is due Fri 27 Nov; José has no title saved. */
const NORTHWIND: Interview = { ...FIXTURE, decisionBy: "2026-11-27", interviewers: [...FIXTURE.interviewers.slice(0, 2), untitled] };

const NOW = new Date("2026-11-18T09:30:00Z");

function feed(interviews: Interview[], extra: Partial<FeedInput> = {}): string {
  return calendarFeed({ interviews, settings: DEFAULT_SETTINGS, now: NOW, appUrl: "https://notes.example/", checker: { local: "check", domain: "candidate.example" }, ...extra });
}

/** The feed read back by ical.js: the calendar and its events by UID. */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map(calendar.getAllSubcomponents("vevent").map((c) => [String(c.getFirstPropertyValue("uid")), c]));
  return { calendar, events };
}

const timeOf = (event: ICAL.Component, name: string) => event.getFirstPropertyValue(name) as ICAL.Time;

describe("calendarFeed", () => {
  it("names the calendar and asks calendar apps to fetch it again hourly", () => {
    const text = feed([NORTHWIND]);
    const { calendar } = parsed(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(FEED_NAME);
    expect(calendar.getFirstPropertyValue("name")).toBe(FEED_NAME);
    expect((calendar.getFirstPropertyValue("refresh-interval") as ICAL.Duration).toSeconds()).toBe(3600);
    // RFC 7986 requires the VALUE parameter, which ical.js reads into the property's type.
    expect(text).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(calendar.getFirstProperty("refresh-interval")!.type).toBe("duration");
    expect(calendar.getFirstPropertyValue("x-published-ttl")).toBe("PT1H");
  });

  it("puts the send window's best time in UTC, with the panel, the deadline, the checker address and a link", () => {
    const { events } = parsed(feed([NORTHWIND]));
    const window = events.get("northwind-sre.send-window@followup-check")!;
    expect(window).toBeDefined();
    const start = timeOf(window, "dtstart");
    const end = timeOf(window, "dtend");
    // Opens an hour after the 21:00 UTC end; best sent within 24 hours of it.
    expect(start.zone?.tzid).toBe("UTC");
    expect(start.toJSDate().toISOString()).toBe("2026-11-17T22:00:00.000Z");
    expect(end.toJSDate().toISOString()).toBe("2026-11-18T21:00:00.000Z");
    expect(timeOf(window, "dtstamp").toJSDate().toISOString()).toBe(NOW.toISOString());
    expect(window.getFirstPropertyValue("summary")).toBe("Send your follow-up to Northwind Logistics (Senior Site Reliability Engineer)");
    const description = String(window.getFirstPropertyValue("description"));
    expect(description).toContain("Panel: Priya Raman (Director of Infrastructure), Tomasz Kowalski-Nowak (Staff Engineer), José Álvarez.");
    expect(description).toContain("Best sent by Wed 18 Nov 16:00 (UTC−05:00); at the latest by Fri 20 Nov 16:00 (UTC−05:00) (72 hours after the interview).");
    expect(description).toContain("check+northwind-sre@candidate.example");
    expect(description).toContain("Interview page: https://notes.example/interviews/northwind-sre");
    expect(window.getFirstPropertyValue("url")).toBe("https://notes.example/interviews/northwind-sre");
    expect(window.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  });

  it("follows the owner's timing settings and a send-by date", () => {
    const settings = { ...DEFAULT_SETTINGS, tooEarlyMinutes: 30, lateWarningHours: 12 };
    const window = parsed(feed([{ ...NORTHWIND, sendBy: "2026-11-18T12:00:00-05:00" }], { settings })).events.get("northwind-sre.send-window@followup-check")!;
    expect(timeOf(window, "dtstart").toJSDate().toISOString()).toBe("2026-11-17T21:30:00.000Z");
    expect(timeOf(window, "dtend").toJSDate().toISOString()).toBe("2026-11-18T09:00:00.000Z");
    expect(String(window.getFirstPropertyValue("description"))).toContain("at the latest by Wed 18 Nov 12:00 (UTC−05:00) (your send-by date)");
  });

  it("adds an all-day check-in on the first working day after the decision date, naming the recruiter", () => {
    const interview: Interview = { ...NORTHWIND, recruiter: { name: "Dana Whitfield" } };
    const checkIn = parsed(feed([interview])).events.get("northwind-sre.check-in@followup-check")!;
    const start = timeOf(checkIn, "dtstart");
    // Fri 27 Nov: the next working day is Mon 30 Nov; DTEND is the day after (exclusive).
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe("2026-11-30");
    expect(timeOf(checkIn, "dtend").toString()).toBe("2026-12-01");
    expect(checkIn.getFirstProperty("dtstart")!.toICALString()).toBe("DTSTART;VALUE=DATE:20261130");
    expect(checkIn.getFirstPropertyValue("summary")).toBe("Check in with Northwind Logistics (Senior Site Reliability Engineer) if you have not heard");
    const description = String(checkIn.getFirstPropertyValue("description"));
    expect(description).toContain("They meant to decide by Fri 27 Nov.");
    expect(description).toContain("Write Dana Whitfield, the recruiter, a short, courteous check-in");
  });

  it("has no check-in without a decision date", () => {
    const { events } = parsed(feed([{ ...NORTHWIND, decisionBy: null }]));
    expect([...events.keys()]).toEqual(["northwind-sre.send-window@followup-check"]);
  });

  it("leaves out interviews whose ending is marked, but not one still waiting for word", () => {
    const others = (["offer", "rejected", "withdrawn"] as const).map((outcome, i) => ({ ...NORTHWIND, id: `ended-${i}`, outcome }));
    const { events } = parsed(feed([...others, { ...NORTHWIND, outcome: "waiting" }]));
    expect([...events.keys()].sort()).toEqual(["northwind-sre.check-in@followup-check", "northwind-sre.send-window@followup-check"]);
  });

  it("keeps each event's UID when the interview is edited, and the text round-trips through escaping", () => {
    const edited: Interview = { ...NORTHWIND, company: "Northwind; Logistics, Inc.", role: "SRE\\Ops", end: "2026-11-17T17:00:00-05:00" };
    const before = [...parsed(feed([NORTHWIND])).events.keys()];
    const after = parsed(feed([edited])).events;
    expect([...after.keys()]).toEqual(before);
    expect(after.get("northwind-sre.send-window@followup-check")!.getFirstPropertyValue("summary")).toBe("Send your follow-up to Northwind; Logistics, Inc. (SRE\\Ops)");
  });

  it("leaves links out when the app's address is not known", () => {
    const text = feed([NORTHWIND], { appUrl: null });
    const window = parsed(text).events.get("northwind-sre.send-window@followup-check")!;
    expect(window.getFirstPropertyValue("url")).toBeNull();
    expect(text).not.toContain("Interview page:");
  });

  it("has no send-window event when the window closes before it opens", () => {
    const { events } = parsed(feed([{ ...NORTHWIND, decisionBy: "2026-11-17T16:30:00-05:00" }]));
    expect(events.has("northwind-sre.send-window@followup-check")).toBe(false);
  });

  it("writes CRLF line ends, the last line too, and folds lines at 75 octets", () => {
    const text = feed([NORTHWIND]);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines.some((line) => line.includes("\n"))).toBe(false);
    for (const line of lines.map((l) => l.replace(/^ /, ""))) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  });

  it("is an empty calendar without interviews", () => {
    expect(parsed(feed([])).events.size).toBe(0);
  });
});

describe("checkInDay", () => {
  it.each([
    ["2026-11-24", "2026-11-25"], // Tue → Wed
    ["2026-11-27", "2026-11-30"], // Fri → Mon
    ["2026-11-28", "2026-11-30"], // Sat → Mon
    ["2026-11-24T17:00:00-05:00", "2026-11-25"],
    // 20:00 at UTC−05:00 is already Wednesday in UTC: the interview's own day counts.
    ["2026-11-24T20:00:00-05:00", "2026-11-25"],
  ])("after a decision by %s is %s", (decisionBy, day) => {
    expect(checkInDay({ ...NORTHWIND, decisionBy })).toBe(day);
  });

  it("is null without a decision date", () => {
    expect(checkInDay({ ...NORTHWIND, decisionBy: null })).toBeNull();
  });
});
