import { describe, expect, it } from "vitest";
import { findInviteInterview, uidTag } from "../../src/calendar/ids.js";
import { parseInvite, type Invite, type InviteResult } from "../../src/calendar/invite.js";
import { interviewSchema, INTERVIEW_ID_PATTERN } from "../../src/facts/schema.js";
import { calendarOf, corpusEml, fixture, OPTIONS } from "./helpers.js";

function expectOk(result: InviteResult): Invite {
  if (!result.ok) throw new Error(`expected an invite, got: ${result.error}`);
  expect(interviewSchema.safeParse(result.interview).success).toBe(true);
  expect(result.interview.id).toMatch(INTERVIEW_ID_PATTERN);
  return result;
}

const people = (invite: Invite) => invite.interview.interviewers.map((p) => [p.name, p.email]);

describe("parseInvite: Google Calendar (full email, TZID=America/New_York with VTIMEZONE)", async () => {
  const ics = await calendarOf(fixture("google-request.eml"));
  const invite = expectOk(parseInvite(ics!, OPTIONS));

  it("reads method, UID and sequence", () => {
    expect([invite.method, invite.uid, invite.sequence, invite.cancelled]).toEqual(["REQUEST", "5q1r0kd7m2v8h3c9tq4b6n1e2f@google.com", 0, false]);
  });
  it("gives the times with the zone's real offset (EST in November)", () => {
    expect(invite.interview.start).toBe("2026-11-17T13:00:00-05:00");
    expect(invite.interview.end).toBe("2026-11-17T16:00:00-05:00");
  });
  it("reads company and role from the summary, the mail domain as an alias", () => {
    expect(invite.interview.company).toBe("Northwind Logistics");
    expect(invite.interview.role).toBe("Senior Site Reliability Engineer");
    expect(invite.interview.companyAliases).toEqual(["Northwind"]);
    expect(invite.interview.format).toBe("video");
  });
  it("lists the panel without the owner, the checker or the room", () => {
    expect(people(invite)).toEqual([
      ["Maria Lopez", "maria.lopez@northwind.example"],
      ["Priya Raman", "priya.raman@northwind.example"],
      ["Tomasz Kowalski-Nowak", "tomasz.kowalski-nowak@northwind.example"],
    ]);
    expect(invite.warnings).toEqual([]);
  });
  it("derives an id that stays the same for every version of the event", () => {
    expect(invite.interview.id).toBe(`northwind-logistics-senior-site-reliability-engineer-${uidTag(invite.uid)}`);
    const update = expectOk(parseInvite(fixture("google-update.ics"), OPTIONS));
    expect(update.interview.id).toBe(invite.interview.id);
    expect(findInviteInterview([{ id: "other" }, { id: invite.interview.id }], update.uid)).toEqual({ id: invite.interview.id });
  });
});

describe("parseInvite: Outlook/Exchange (base64 part, Windows zone name with its VTIMEZONE)", async () => {
  const invite = expectOk(parseInvite((await calendarOf(fixture("outlook-request.eml")))!, OPTIONS));

  it("resolves TZID \"Eastern Standard Time\" through the file's VTIMEZONE", () => {
    expect([invite.interview.start, invite.interview.end]).toEqual(["2026-12-03T10:00:00-05:00", "2026-12-03T11:30:00-05:00"]);
  });
  it("reads \"Fabrikam <> Alex Chen - Staff Data Engineer interview\"", () => {
    expect([invite.interview.company, invite.interview.role]).toEqual(["Fabrikam", "Staff Data Engineer"]);
  });
  it("turns \"O'Neill, Sam\" around and drops noreply and the resource room", () => {
    expect(people(invite)).toEqual([
      ["Sam O'Neill", "sam.oneill@fabrikam.example"],
      ["Dana Whitfield", "dana.whitfield@fabrikam.example"],
    ]);
    expect(invite.interview.format).toBe("video");
  });
});

describe("parseInvite: Apple Calendar (TZID=Europe/London, X-APPLE-*)", () => {
  const invite = expectOk(parseInvite(fixture("apple-request.ics"), OPTIONS));

  it("uses British Summer Time in April", () => {
    expect([invite.interview.start, invite.interview.end]).toEqual(["2026-04-15T14:00:00+01:00", "2026-04-15T15:30:00+01:00"]);
  });
  it("reads \"Onsite: Product Designer @ Fintechly\"", () => {
    expect([invite.interview.company, invite.interview.role]).toEqual(["Fintechly", "Product Designer"]);
    expect(invite.interview.format).toBeUndefined();
  });
  it("names a guest without CN from the address, keeps the organizer once, leaves the owner's iCloud address out", () => {
    expect(people(invite)).toEqual([
      ["Hannah Berg", "hannah.berg@fintechly.example"],
      ["Tomás Ruiz", "tomas.ruiz@fintechly.example"],
    ]);
  });
  it("warns when the interview is already over", () => {
    expect(invite.warnings).toContain("this interview is already over");
  });
});

describe("parseInvite: UTC times from a scheduling tool", () => {
  const invite = expectOk(parseInvite(fixture("utc-request.ics"), OPTIONS));

  it("keeps UTC as +00:00", () => {
    expect([invite.interview.start, invite.interview.end]).toEqual(["2026-11-20T17:00:00+00:00", "2026-11-20T17:45:00+00:00"]);
  });
  it("takes the company from \"… interview with Contoso\", not from the tool's domain", () => {
    expect([invite.interview.company, invite.interview.role]).toEqual(["Contoso", "Senior Product Manager"]);
    expect(people(invite)).toEqual([["Dr. Amara Okafor", "amara.okafor@contoso.example"]]);
  });
});

describe("parseInvite: floating times", () => {
  it("reads them in the fallback zone, with a warning", () => {
    const invite = expectOk(parseInvite(fixture("floating.ics"), { ...OPTIONS, fallbackTimeZone: "Europe/Berlin" }));
    expect([invite.interview.start, invite.interview.end]).toEqual(["2026-11-25T09:30:00+01:00", "2026-11-25T10:15:00+01:00"]);
    expect(invite.warnings.join(" ")).toContain("Europe/Berlin");
  });
  it("reads them as UTC without a fallback zone", () => {
    const invite = expectOk(parseInvite(fixture("floating.ics"), OPTIONS));
    expect(invite.interview.start).toBe("2026-11-25T09:30:00+00:00");
  });
  it("takes the company from the organizer's domain and the organizer as the interviewer", () => {
    const invite = expectOk(parseInvite(fixture("floating.ics"), OPTIONS));
    expect([invite.method, invite.interview.company, invite.interview.role]).toEqual(["PUBLISH", "Lumen Health", "Interview"]);
    expect(people(invite)).toEqual([["Jordan Lee", "jordan.lee@lumen-health.example"]]);
  });
});

describe("parseInvite: cancellation and update", () => {
  it("METHOD:CANCEL with SEQUENCE 2 is a cancellation", () => {
    const invite = expectOk(parseInvite(fixture("google-cancel.ics"), OPTIONS));
    expect([invite.method, invite.sequence, invite.cancelled]).toEqual(["CANCEL", 2, true]);
  });
  it("STATUS:CANCELLED in a REQUEST is a cancellation too", () => {
    const ics = fixture("google-update.ics").replace("STATUS:CONFIRMED", "STATUS:CANCELLED");
    expect(expectOk(parseInvite(ics, OPTIONS)).cancelled).toBe(true);
  });
  it("an update carries the new sequence and time", () => {
    const invite = expectOk(parseInvite(fixture("google-update.ics"), OPTIONS));
    expect([invite.sequence, invite.interview.start]).toEqual([1, "2026-11-18T10:00:00-05:00"]);
  });
});

const MINIMAL = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body}END:VCALENDAR\r\n`;
const EVENT = (extra: string) =>
  MINIMAL(`BEGIN:VEVENT\r\nUID:x-1\r\nDTSTART:20261201T150000Z\r\n${extra}ATTENDEE;CN=Kim Park:mailto:kim.park@acme.example\r\nEND:VEVENT\r\n`);

describe("parseInvite: edge cases", () => {
  it("answers an RSVP (METHOD:REPLY) with an error, not an interview", () => {
    const result = parseInvite(`BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\n${EVENT("DTEND:20261201T160000Z\r\n").slice("BEGIN:VCALENDAR\r\n".length)}`, OPTIONS);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("REPLY") });
  });
  it("never throws on garbage", () => {
    for (const text of ["", "hello", "BEGIN:VCALENDAR\r\nEND:VCALENDAR", MINIMAL("BEGIN:VEVENT\r\nDTSTART:2026\r\nUID:a\r\nEND:VEVENT\r\n")]) {
      const result = parseInvite(text, OPTIONS);
      expect(result.ok).toBe(false);
    }
  });
  it("without an end uses DURATION, else one hour", () => {
    expect(expectOk(parseInvite(EVENT("DURATION:PT45M\r\n"), OPTIONS)).interview.end).toBe("2026-12-01T15:45:00+00:00");
    const invite = expectOk(parseInvite(EVENT(""), OPTIONS));
    expect(invite.interview.end).toBe("2026-12-01T16:00:00+00:00");
    expect(invite.warnings.join(" ")).toContain("no end time");
  });
  it("a TZID without VTIMEZONE is read as the IANA or Windows zone it names", () => {
    const ny = EVENT("").replace("DTSTART:20261201T150000Z", "DTSTART;TZID=America/New_York:20260701T150000");
    expect(expectOk(parseInvite(ny, OPTIONS)).interview.start).toBe("2026-07-01T15:00:00-04:00");
    const pacific = EVENT("").replace("DTSTART:20261201T150000Z", "DTSTART;TZID=Pacific Standard Time:20261201T090000");
    expect(expectOk(parseInvite(pacific, OPTIONS)).interview.start).toBe("2026-12-01T09:00:00-08:00");
  });
  it("a zone name the runtime does not know is read through the file's VTIMEZONE (Exchange rules from 1601)", async () => {
    const outlook = (await calendarOf(fixture("outlook-request.eml")))!.replaceAll("Eastern Standard Time", "Customized Time Zone");
    const winter = expectOk(parseInvite(outlook, OPTIONS));
    expect([winter.interview.start, winter.warnings]).toEqual(["2026-12-03T10:00:00-05:00", []]);
    const summer = expectOk(parseInvite(outlook.replaceAll("20261203T", "20260701T"), OPTIONS));
    expect(summer.interview.end).toBe("2026-07-01T11:30:00-04:00");
  });
  it("an unknown TZID falls back with a warning", () => {
    const odd = EVENT("").replace("DTSTART:20261201T150000Z", "DTSTART;TZID=Mars/Olympus:20261201T090000");
    const invite = expectOk(parseInvite(odd, OPTIONS));
    expect(invite.interview.start).toBe("2026-12-01T09:00:00+00:00");
    expect(invite.warnings.join(" ")).toContain("Mars/Olympus");
  });
  it.each(["constructor", "toString", "__proto__"])("a TZID naming a property every object has (%s) is an unknown zone, not a crash", (tzid) => {
    const odd = EVENT("").replace("DTSTART:20261201T150000Z", `DTSTART;TZID=${tzid}:20261201T090000`);
    const invite = expectOk(parseInvite(odd, OPTIONS));
    expect(invite.interview.start).toBe("2026-12-01T09:00:00+00:00");
    expect(invite.warnings.join(" ")).toContain(tzid);
  });
  it("a repeating event gives its first occurrence; a recurrence exception never replaces the series", () => {
    const series = MINIMAL(
      "BEGIN:VEVENT\r\nUID:r-1\r\nRECURRENCE-ID:20261208T150000Z\r\nDTSTART:20261209T100000Z\r\nDTEND:20261209T110000Z\r\nATTENDEE;CN=Kim Park:mailto:kim.park@acme.example\r\nEND:VEVENT\r\n" +
        "BEGIN:VEVENT\r\nUID:r-1\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nDTSTART:20261201T150000Z\r\nDTEND:20261201T160000Z\r\nATTENDEE;CN=Kim Park:mailto:kim.park@acme.example\r\nEND:VEVENT\r\n",
    );
    const invite = expectOk(parseInvite(series, OPTIONS));
    expect(invite.interview.start).toBe("2026-12-01T15:00:00+00:00");
    expect(invite.warnings.join(" ")).toMatch(/repeating.*first occurrence/);
  });
  it("an event with only the owner and the checker is refused with a reason", () => {
    const lonely = MINIMAL(
      "BEGIN:VEVENT\r\nUID:l-1\r\nDTSTART:20261201T150000Z\r\nSUMMARY:Prep\r\nORGANIZER:mailto:alex.chen@candidate.example\r\nATTENDEE:mailto:check+prep@candidate.example\r\nEND:VEVENT\r\n",
    );
    expect(parseInvite(lonely, OPTIONS)).toEqual({ ok: false, error: expect.stringContaining("no interviewer") });
  });
  it("a company that makes calendars is still a company; a bracket after a name is not part of it", () => {
    const ics = MINIMAL(
      "BEGIN:VEVENT\r\nUID:g-2\r\nDTSTART:20261201T150000Z\r\nSUMMARY:Interview: Software Engineer\r\nORGANIZER;CN=Ravi Iyer (Google):mailto:raviiyer@google.com\r\n" +
        "ATTENDEE;CN=Alex Chen:mailto:alex.chen@candidate.example\r\nEND:VEVENT\r\n",
    );
    const invite = expectOk(parseInvite(ics, OPTIONS));
    expect([invite.interview.company, invite.interview.role]).toEqual(["Google", "Software Engineer"]);
    expect(people(invite)).toEqual([["Ravi Iyer", "raviiyer@google.com"]]);
  });
  it("a personal organizer domain says nothing: the guests' shared domain names the company", () => {
    const ics = MINIMAL(
      "BEGIN:VEVENT\r\nUID:g-1\r\nDTSTART:20261201T150000Z\r\nSUMMARY:Chat\r\nORGANIZER;CN=Kim:mailto:kim.recruits@gmail.com\r\n" +
        "ATTENDEE:mailto:lee.wu@acme-robotics.example\r\nATTENDEE:mailto:ana_silva2@acme-robotics.example\r\nATTENDEE:mailto:bo@other.example\r\nEND:VEVENT\r\n",
    );
    const invite = expectOk(parseInvite(ics, OPTIONS));
    expect([invite.interview.company, invite.interview.role]).toEqual(["Acme Robotics", "Interview"]);
    // The organizer at a personal domain is not "a person at the company": left out.
    expect(invite.interview.interviewers.map((p) => p.name)).toEqual(["Lee Wu", "Ana Silva", "Bo"]);
  });
});

describe("parseInvite: real third-party mail from the corpus", () => {
  it("Google Calendar invitation (postal-mime): Tallinn time, organizer as interviewer", async () => {
    const ics = await calendarOf(corpusEml("postal-mime__calendar-event.eml"));
    const invite = expectOk(parseInvite(ics!, { ...OPTIONS, ownerAddresses: ["andris@ethereal.email"] }));
    expect([invite.interview.start, invite.interview.end]).toEqual(["2024-04-11T11:00:00+03:00", "2024-04-11T12:00:00+03:00"]);
    expect(invite.interview.company).toBe("Postalsys");
    expect(people(invite)).toEqual([["Andris Reinman", "andris@postalsys.com"]]);
  });
  it("Exchange 2010 invitation (php-mime-mail-parser m0020): FLE Standard Time, newsletter organizer left out", async () => {
    const ics = await calendarOf(corpusEml("php-mime-mail-parser__m0020.eml"));
    const invite = expectOk(parseInvite(ics!, OPTIONS));
    expect([invite.interview.start, invite.interview.end]).toEqual(["2014-03-28T11:03:00+02:00", "2014-03-28T11:33:00+02:00"]);
    expect([invite.sequence, invite.interview.company, invite.interview.role]).toEqual([5, "Finntack", "Interview"]);
    expect(people(invite)).toEqual([["Clement Wong", "clement.wong@finntack.com"]]);
  });
});
