import { describe, expect, it } from "vitest";
import { MAX_CALENDAR_BYTES } from "../../src/calendar/extract.js";
import { parseMessage } from "../../src/mail/parse.js";
import { rawMessage } from "../helpers/raw-message.js";
import { calendarOf, fixture } from "./helpers.js";

const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
const withFile = (filename: string, mimeType: string, content = ics) =>
  rawMessage({ subject: "Invite", body: "See attached.", attachments: [{ filename, mimeType, base64: Buffer.from(content).toString("base64") }] });

describe("the calendar text parseMessage reads (calendarText)", () => {
  it("is the text/calendar part (base64 decoded) of an Outlook invitation", async () => {
    const text = await calendarOf(new TextEncoder().encode(fixture("outlook-request.eml")));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r?\nMETHOD:REQUEST/);
    expect(text).toContain("X-MICROSOFT-CDO-APPT-SEQUENCE:0");
  });
  it("prefers the inline text/calendar part to the .ics attachment, and decodes UTF-8", async () => {
    const text = await calendarOf(fixture("google-request.eml"));
    expect(text).toContain("SUMMARY:Interview: Senior Site Reliability Engineer – Northwind Logistics");
  });
  // Binary attachments' bodies are dropped before parsing (slimMessage): a calendar's must stay.
  it.each([
    ["invite.ics", "application/octet-stream"],
    ["invite.ics", "application/ics"],
    ["meeting", "application/x-ics"],
    ["meeting", "text/x-vcalendar"],
  ])("reads %s sent as %s", async (filename, mimeType) => {
    // postal-mime hands some calendar types over with LF line ends; either is read by parseInvite.
    expect(await calendarOf(withFile(filename, mimeType))).toMatch(/^BEGIN:VCALENDAR\r?\nVERSION:2\.0\r?\nMETHOD:REQUEST\r?\nEND:VCALENDAR\r?\n$/);
  });
  it("does not read a calendar too large to be an invitation, though the message has one", async () => {
    const message = await parseMessage(withFile("invite.ics", "text/calendar", ics.padEnd(MAX_CALENDAR_BYTES + 1024, "X")));
    expect([message.hasCalendar, message.calendar]).toEqual([true, null]);
  });
  it("is null when there is none", async () => {
    expect(await calendarOf(withFile("report.pdf", "application/pdf"))).toBeNull();
    expect(await calendarOf("")).toBeNull();
  });
});
