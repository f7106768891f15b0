import { describe, expect, it } from "vitest";
import { calendarPartText } from "../../src/calendar/extract.js";
import { fixture } from "./helpers.js";

const plain = "From: a@x.example\r\nTo: b@y.example\r\nSubject: hi\r\n\r\nNo calendar here.\r\n";

describe("calendarPartText", () => {
  it("returns the text/calendar part (base64 decoded) of an Outlook invitation", async () => {
    const text = await calendarPartText(new TextEncoder().encode(fixture("outlook-request.eml")));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r?\nMETHOD:REQUEST/);
    expect(text).toContain("X-MICROSOFT-CDO-APPT-SEQUENCE:0");
  });
  it("prefers the inline text/calendar part to the .ics attachment, and decodes UTF-8", async () => {
    const text = await calendarPartText(fixture("google-request.eml"));
    expect(text).toContain("SUMMARY:Interview: Senior Site Reliability Engineer – Northwind Logistics");
  });
  it("finds an .ics attachment, also inside a message forwarded as an attachment", async () => {
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    const inner = `From: r@acme.example\r\nSubject: Invite\r\nContent-Type: multipart/mixed; boundary=in\r\n\r\n--in\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--in\r\nContent-Type: application/octet-stream; name=invite.ics\r\nContent-Disposition: attachment; filename=invite.ics\r\nContent-Transfer-Encoding: base64\r\n\r\n${btoa(ics)}\r\n--in--\r\n`;
    expect(await calendarPartText(inner)).toBe(ics);
    const outer = `From: alex@candidate.example\r\nSubject: Fwd: Invite\r\nContent-Type: multipart/mixed; boundary=out\r\n\r\n--out\r\nContent-Type: text/plain\r\n\r\nFYI\r\n--out\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=invite.eml\r\n\r\n${inner}\r\n--out--\r\n`;
    expect(await calendarPartText(outer)).toBe(ics);
  });
  it("returns null when there is none", async () => {
    expect(await calendarPartText(plain)).toBeNull();
    expect(await calendarPartText("")).toBeNull();
  });
});
