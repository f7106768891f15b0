import { describe, expect, it } from "vitest";
import { parseInvite, type Invite } from "../../src/calendar/invite.js";
import { mergeInvite } from "../../src/calendar/merge.js";
import { interviewSchema, type Interview } from "../../src/facts/schema.js";
import { calendarOf, fixture, OPTIONS } from "./helpers.js";

function parse(ics: string): Invite {
  const result = parseInvite(ics, OPTIONS);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const invite = (name: string): Invite => parse(fixture(name));


/** The Google request as first imported, then edited by the user in the web app. */
function edited(): Interview {
  const created = mergeInvite(null, originalInvite(), null);
  const base = created.interview!;
  return {
    ...base,
    company: "Northwind Logistics Inc.",
    role: "Senior SRE",
    topics: ["peak season traffic"],
    concerns: ["limited Go experience"],
    news: ["shipped the on-call handbook"],
    decisionBy: "2026-11-24",
    sendBy: "2026-11-19",
    companyAliases: ["Northwind", "NWL"],
    interviewers: base.interviewers.map((p) =>
      p.name === "Priya Raman"
        ? { ...p, name: "Priya Raman", title: "Director of Infrastructure", topics: ["on-call rotation redesign"], requests: ["send the postmortem template"] }
        : p,
    ).concat({ name: "Wei Zhang", topics: ["dispatch latency"], requests: [] }, { name: "Olu Ade", topics: [], requests: [] }),
  };
}

/** The original request, from the calendar part of the Google invitation email. */
const requestIcs = (await calendarOf(fixture("google-request.eml")))!;
const originalInvite = (): Invite => parse(requestIcs);

describe("mergeInvite", () => {
  it("creates the interview when none is saved", () => {
    const first = originalInvite();
    expect(mergeInvite(null, first, null)).toEqual({ action: "create", interview: first.interview });
    expect(first.interview.start).toBe("2026-11-17T13:00:00-05:00");
  });

  it("an update moves the time and keeps everything the user entered", () => {
    const saved = edited();
    const result = mergeInvite(saved, invite("google-update.ics"), 0);
    expect(result.action).toBe("update");
    const next = result.interview!;
    expect(interviewSchema.safeParse(next).success).toBe(true);
    expect([next.start, next.end]).toEqual(["2026-11-18T10:00:00-05:00", "2026-11-18T13:00:00-05:00"]);
    const { start, end, interviewers, ...rest } = next;
    const { start: _s, end: _e, interviewers: _i, ...savedRest } = saved;
    expect(rest).toEqual(savedRest);
    expect(next.id).toBe(saved.id);
    // Priya keeps her title, topics and request; Tomasz left the invitation and had nothing
    // saved, so he goes; Wei (user-added, with a topic) stays; Olu (no facts) goes; José is new.
    expect(interviewers.map((p) => p.name)).toEqual(["Maria Lopez", "Priya Raman", "Wei Zhang", "José Álvarez"]);
    expect(interviewers[1]).toEqual(saved.interviewers[1]);
  });

  it("the same sequence again is applied again (harmless), an older one is ignored", () => {
    const saved = edited();
    expect(mergeInvite(saved, invite("google-update.ics"), 1).action).toBe("update");
    expect(mergeInvite(saved, originalInvite(), 1)).toEqual({ action: "ignore-stale", interview: saved });
  });

  it("a cancellation cancels the saved interview; a stale one does not", () => {
    const saved = edited();
    expect(mergeInvite(saved, invite("google-cancel.ics"), 1)).toEqual({ action: "cancel", interview: saved });
    expect(mergeInvite(null, invite("google-cancel.ics"), null)).toEqual({ action: "cancel", interview: null });
    const oldCancel = { ...invite("google-cancel.ics"), sequence: 0 };
    expect(mergeInvite(saved, oldCancel, 1).action).toBe("ignore-stale");
  });

  it("matches interviewers by address first, then by name when the saved entry has no address", () => {
    const saved = edited();
    const noEmail = { ...saved, interviewers: saved.interviewers.map((p) => (p.name === "Priya Raman" ? { ...p, email: undefined } : p)) };
    const merged = mergeInvite(noEmail, invite("google-update.ics"), 0).interview!;
    const priya = merged.interviewers.filter((p) => p.name === "Priya Raman");
    expect(priya).toHaveLength(1);
    expect(priya[0]).toMatchObject({ email: "priya.raman@northwind.example", topics: ["on-call rotation redesign"] });
  });
});
