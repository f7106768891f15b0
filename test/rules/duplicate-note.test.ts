import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokens.js";
import { rule } from "../../src/rules/duplicate-note.js";
import { fingerprint } from "../../src/text/fingerprint.js";
import type { SendRecord } from "../../src/types.js";
import { makeContext } from "../helpers/context.js";

const names = new Set(["priya", "raman", "tomasz", "kowalski", "nowak", "alex"]);
const body = (name: string) =>
  `Hi ${name},\n\nThank you for the conversation today about peak season traffic. I enjoyed hearing how the team plans capacity, and my experience load-testing a dispatch system before holiday spikes would transfer directly. I'm excited about the role.\n\nBest,\nAlex`;
const sentToPriya: SendRecord = {
  interviewId: "northwind-sre",
  messageId: "<a@mail.example>",
  sentAt: "2026-11-17T22:10:00Z",
  recipients: ["priya.raman@northwind.example"],
  interviewers: ["Priya Raman"],
  subject: "Thank you",
  fingerprint: fingerprint(tokenize(body("Priya")), names),
};

describe("duplicate-note", () => {
  it("fires when the same note, names aside, already went to another interviewer", () => {
    const text = body("Tomasz");
    const [f] = rule.check(makeContext(text, { to: "Tomasz Kowalski-Nowak", sends: [sentToPriya], fingerprint: fingerprint(tokenize(text), names) }));
    expect(f).toMatchObject({ rule: "duplicate-note", severity: "error" });
    expect(f!.message).toContain("you sent Priya Raman on Tue 17 Nov 17:10 (UTC−05:00)");
    expect(f!.message).toContain("Write Tomasz Kowalski-Nowak a note of their own");
    expect(f!.excerpt).toBe("Thank you for the conversation today about peak season traffic.");
  });

  it("does not fire for the same interviewer (a resend or a second check)", () => {
    const text = body("Priya");
    expect(rule.check(makeContext(text, { sends: [sentToPriya], fingerprint: fingerprint(tokenize(text), names) }))).toEqual([]);
  });

  it("does not fire for a different note to another interviewer", () => {
    const text =
      "Dear Tomasz,\n\nYour question about migrating the dispatch service to Kubernetes stayed with me: I wrote up how I'd stage the cut-over by region, with a rollback at each step.\n\nKind regards,\nAlex";
    expect(rule.check(makeContext(text, { to: "Tomasz Kowalski-Nowak", sends: [sentToPriya], fingerprint: fingerprint(tokenize(text), names) }))).toEqual([]);
  });

  it("does not fire without a known addressee or without earlier sends", () => {
    const text = body("Tomasz");
    const print = fingerprint(tokenize(text), names);
    expect(rule.check(makeContext(text, { addressee: null, sends: [sentToPriya], fingerprint: print }))).toEqual([]);
    expect(rule.check(makeContext(text, { to: "Tomasz Kowalski-Nowak", sends: [], fingerprint: print }))).toEqual([]);
  });
});
