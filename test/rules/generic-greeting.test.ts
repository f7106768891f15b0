import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/generic-greeting.js";
import { interview, makeContext } from "../helpers/context.js";
import good from "../fixtures/notes/good.json" with { type: "json" };

const BODY = "\n\nThank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";

describe("generic-greeting", () => {
  it.each([
    ["Dear Hiring Manager,", "Dear Hiring Manager"],
    ["To whom it may concern,", "To whom it may concern"],
    ["Dear Sir or Madam,", "Dear Sir or Madam"],
    ["Dear Sir/Madam,", "Dear Sir/Madam"],
    ["Dear hiring team,", "Dear hiring team"],
  ])("flags the form greeting %j, naming the addressee", (greeting, generic) => {
    const findings = rule.check(makeContext(greeting + BODY));
    expect(findings).toEqual([
      { rule: "generic-greeting", severity: "warning", message: `Greet Priya Raman by name ("Dear Priya,") instead of "${generic}".`, excerpt: greeting },
    ]);
  });

  it("suggests the title and surname for a titled interviewer, whatever the note's tone", () => {
    const options = { interviewId: "contoso-pm", to: "Dr. Amara Okafor" };
    for (const greeting of ["Hi,", "Dear Hiring Manager,", "Hello team,"]) {
      const [f] = rule.check(makeContext(`${greeting}\n\nThank you for the discussion of reminder texts.\n\nAlex`, options));
      expect(f?.message).toMatch(/^Greet Dr\. Amara Okafor by name \("Dear Dr\. Okafor,"\) instead of /);
    }
  });

  it("keeps a casual note casual: \"Hi Priya,\" for \"Hi there,\"", () => {
    const [f] = rule.check(makeContext(`Hi there,${BODY}`));
    expect(f?.message).toBe(`Greet Priya Raman by name ("Hi Priya,") instead of "Hi there".`);
  });

  it("flags a form greeting even when the note matched no interview", () => {
    const [f] = rule.check(makeContext(`To whom it may concern,${BODY}`, { interviewId: null }));
    expect(f?.message).toBe(`Greet the interviewer by name instead of "To whom it may concern".`);
  });

  it.each(["Hi,", "Hello!", "Good morning,", "Hi team,", "Hello all,", "Hi there,", "Hey folks —"])(
    "flags %j in a note to one known interviewer",
    (greeting) => {
      const [f] = rule.check(makeContext(greeting + BODY, { to: "José Álvarez" }));
      // Quoted as written, without the closing punctuation, like a form greeting ("Dear Hiring Manager").
      expect(f?.message).toBe(`Greet José Álvarez by name ("Hi José,") instead of "${greeting.replace(/[\s,!\u2014]+$/u, "")}".`);
      expect(f?.excerpt).toBe(greeting);
    },
  );

  it("flags a note with no greeting at all when the addressee is known", () => {
    const text = "Thank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";
    const [f] = rule.check(makeContext(text, { note: { greeting: null } }));
    expect(f?.message).toBe(`Greet Priya Raman by name ("Hi Priya,") at the top of the note; it opens without a greeting.`);
    expect(f?.excerpt).toBe("Thank you for walking me through the on-call rotation redesign.");
  });

  it.each([
    ["Hi Priya,", {}],
    ["Dear Dr. Okafor,", { interviewId: "contoso-pm" }],
    ["Hello Ms. Raman,", {}],
    ["Priya,", {}],
    ["hi priya,", {}],
    ["Hi Tomek,", { to: "Tomasz Kowalski-Nowak" }],
    ["Hi Sgt. Raman,", {}],
    // No addressee known and no form greeting: nothing to suggest.
    ["Hi,", { interviewId: null }],
    ["Hi team,", { interviewId: null }],
  ])("is silent on %j", (greeting, options) => {
    expect(rule.check(makeContext(greeting + BODY, options))).toEqual([]);
  });

  it("accepts a group greeting in a note addressed to several interviewers", () => {
    const panel = interview("northwind-sre").interviewers;
    expect(rule.check(makeContext(`Hi all,${BODY}`, { recipients: panel.slice(0, 2) }))).toEqual([]);
  });

  it("accepts a note without a greeting line that opens with the name", () => {
    const text = "Priya — thank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";
    expect(rule.check(makeContext(text, { note: { greeting: null } }))).toEqual([]);
  });

  it("is silent on every good note", () => {
    for (const n of good) {
      const ctx = makeContext(n.text, { interviewId: n.interview, to: n.to, note: { subject: n.subject, attachments: n.attachments ?? [] } });
      expect(rule.check(ctx)).toEqual([]);
    }
  });
});

describe("a greeting in another language", () => {
  it.each(["Kia ora Priya,", "Sawubona Priya,", "Dear Puan Priya Raman,"])("%j greets the addressee by name", (greeting) => {
    expect(rule.check(makeContext(greeting + BODY))).toEqual([]);
  });
});

