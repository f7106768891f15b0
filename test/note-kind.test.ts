/** What kind of note a message is: a thank-you, a note to the recruiter, a check-in after the decision date, or a reply after the outcome. */
import { describe, expect, it } from "vitest";
import { interviewSchema } from "../src/facts/schema.js";
import { addressesRecruiter, endingOf, knownPeople, noteKindOf, noteReader, recruiterPerson, sendKindOf, waitingPastDecision } from "../src/note-kind.js";
import type { Note, SendRecord } from "../src/types.js";
import { interview } from "./helpers/context.js";

// northwind-sre ended Tue 17 Nov 16:00 −05:00; its decision date, 24 Nov, ends 25 Nov 04:59:59Z.
const northwind = interviewSchema.parse({ ...interview("northwind-sre"), recruiter: { name: "Dana Shaw", email: "Dana@TalentBridge.example", agency: "TalentBridge" } });
const [priya] = northwind.interviewers;
const BEFORE = new Date("2026-11-18T15:00:00Z");
const AFTER = new Date("2026-11-26T15:00:00Z");

const note = (over: Partial<Note> = {}): Note => ({ text: "", greeting: null, to: [], cc: [], subject: "", from: null, attachments: [], forwarded: false, ...over });
const toDana = note({ to: [{ name: "Dana Shaw", address: "dana@talentbridge.example" }], greeting: "Hi Dana," });
const kind = (n: Note, at: Date, recipients = [] as typeof northwind.interviewers, i = northwind) => noteKindOf({ interview: i, note: n, recipients, addressee: recipients[0] ?? null, at });
const send = (over: Partial<SendRecord>): SendRecord => ({ interviewId: "northwind-sre", messageId: "<x@y>", sentAt: "2026-11-17T23:00:00Z", recipients: [], interviewers: [], subject: "", fingerprint: [], ...over });

describe("noteKindOf", () => {
  it("a note to the recruiter's address, in any case, or greeting them with no panel address, is for the recruiter", () => {
    expect(kind(toDana, BEFORE)).toBe("recruiter");
    expect(kind(note({ cc: [{ name: "", address: "DANA@talentbridge.example" }] }), BEFORE)).toBe("recruiter");
    expect(kind(note({ greeting: "Hi Dana," }), BEFORE)).toBe("recruiter");
  });

  it("a note to a panel member is a thank-you, also when it copies the recruiter or greets them", () => {
    const both = note({ to: [{ name: "Priya", address: "priya.raman@northwind.example" }], cc: toDana.to });
    expect(kind(both, BEFORE, [priya!])).toBe("thank-you");
    expect(addressesRecruiter(northwind, note({ greeting: "Hi Dana," }), [], priya!)).toBe(false);
  });

  it("after the decision date, with no outcome or 'still waiting' marked, a note to the panel or the recruiter is a check-in", () => {
    expect(kind(note(), AFTER, [priya!])).toBe("check-in");
    expect(kind(toDana, AFTER)).toBe("check-in");
    expect(kind(toDana, AFTER, [], { ...northwind, outcome: "waiting" })).toBe("check-in");
  });

  it("once an ending is marked, a note to the panel or the recruiter is a reply after the outcome, before the decision date too", () => {
    for (const outcome of ["offer", "rejected", "withdrawn"] as const) {
      const ended = { ...northwind, outcome };
      for (const at of [BEFORE, AFTER]) {
        expect(kind(note(), at, [priya!], ended)).toBe("after-outcome");
        expect(kind(toDana, at, [], ended)).toBe("after-outcome");
      }
      expect(kind(note(), AFTER, [], ended)).toBe("thank-you");
      expect(endingOf(ended)).toBe(outcome);
    }
    expect(endingOf(northwind)).toBeNull();
    expect(endingOf({ ...northwind, outcome: "waiting" })).toBeNull();
  });

  it("a note to no one in particular is no check-in, nor is one of an interview without a decision date", () => {
    expect(kind(note(), AFTER)).toBe("thank-you");
    expect(kind(note(), AFTER, [priya!], { ...northwind, decisionBy: null })).toBe("thank-you");
    expect(noteKindOf({ interview: null, note: toDana, recipients: [], addressee: null, at: AFTER })).toBe("thank-you");
  });

  it("the decision date ends with its day in the interview's offset", () => {
    expect(waitingPastDecision(northwind, new Date("2026-11-25T04:59:00Z"))).toBe(false);
    expect(waitingPastDecision(northwind, new Date("2026-11-25T05:00:00Z"))).toBe(true);
  });
});

describe("the recruiter as a person the rules know", () => {
  it("is one object per interview, titled by the agency, with nothing of the conversation", () => {
    const dana = recruiterPerson(northwind);
    expect(dana).toEqual({ name: "Dana Shaw", email: "Dana@TalentBridge.example", title: "Recruiter, TalentBridge", topics: [], requests: [] });
    expect(recruiterPerson(northwind)).toBe(dana);
    expect(recruiterPerson({ ...northwind, recruiter: { name: "Lee Park" } })?.title).toBe("Recruiter");
    expect(recruiterPerson(interview("northwind-sre"))).toBeNull();
    expect(knownPeople(northwind).at(-1)).toBe(dana);
  });

  it("reads a note to the recruiter as written to them, and any other note as match.ts found it", () => {
    const dana = recruiterPerson(northwind);
    expect(noteReader({ interview: northwind, note: toDana, recipients: [], addressee: null })).toEqual({ recipients: [dana], addressee: dana });
    expect(noteReader({ interview: northwind, note: note({ greeting: "Hi Dana," }), recipients: [], addressee: null })).toEqual({ recipients: [], addressee: dana });
    expect(noteReader({ interview: northwind, note: note(), recipients: [priya!], addressee: priya! })).toEqual({ recipients: [priya], addressee: priya });
  });
});

describe("sendKindOf", () => {
  it("a logged send to the recruiter alone is theirs; one that also reached the panel is a thank-you", () => {
    expect(sendKindOf(send({ recipients: ["dana@talentbridge.example"] }), northwind)).toBe("recruiter");
    expect(sendKindOf(send({ recipients: ["dana@talentbridge.example", "priya.raman@northwind.example"], interviewers: ["Priya Raman"] }), northwind)).toBe("thank-you");
  });

  it("one sent after the decision date is a check-in, whatever outcome was marked since", () => {
    const late = { sentAt: "2026-11-26T15:00:00Z" };
    expect(sendKindOf(send({ ...late, interviewers: ["Priya Raman"] }), { ...northwind, outcome: "offer" })).toBe("check-in");
    expect(sendKindOf(send({ ...late, recipients: ["dana@talentbridge.example"] }), northwind)).toBe("check-in");
  });
});
