import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/missing-request.js";
import type { NoteAttachment } from "../../src/types.js";
import { interview, makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const BODY = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";
const pdf = (filename: string): NoteAttachment => ({ filename, mimeType: "application/pdf" });

describe("missing-request", () => {
  it("names the addressee's request that is neither mentioned nor attached", () => {
    expect(rule.check(makeContext(BODY))).toEqual([
      {
        rule: "missing-request",
        severity: "error",
        message: "Priya asked you to “send the postmortem template”: attach it or say in the note when it will follow.",
        excerpt: "",
      },
    ]);
  });

  it.each([
    ["an attachment named after it", BODY, [pdf("postmortem-template.pdf")]],
    ["a camel-case attachment", BODY, [pdf("PostmortemTemplate_v2.docx")]],
    ["a loose mention", BODY.replace("redesign.", "redesign. I'll send the template over on Monday."), []],
    ["a hyphenated spelling", BODY.replace("redesign.", "redesign. The post-mortem doc is attached."), []],
  ])("is satisfied by %s", (_label, text, attachments) => {
    expect(rule.check(makeContext(text, { note: { attachments } }))).toEqual([]);
  });

  it("does not count an unrelated attachment", () => {
    expect(rule.check(makeContext(BODY, { note: { attachments: [pdf("resume.pdf")] } }))).toHaveLength(1);
  });

  it("checks the interview's own requests too, one finding each", () => {
    const base = interview("northwind-sre");
    const withRequests = { ...base, requests: ["share references from two managers", "send your availability for next week"] };
    const findings = rule.check(makeContext(BODY, { interview: withRequests }));
    expect(findings.map((f) => f.message)).toEqual([
      "Priya asked you to “send the postmortem template”: attach it or say in the note when it will follow.",
      "The panel asked you to “share references from two managers”: attach it or say in the note when it will follow.",
      "The panel asked you to “send your availability for next week”: attach it or say in the note when it will follow.",
    ]);
    const answered = BODY.replace("redesign.", "redesign. My two references are attached, and I'm available any afternoon next week.");
    expect(rule.check(makeContext(answered, { interview: withRequests })).map((f) => f.message)).toEqual([
      "Priya asked you to “send the postmortem template”: attach it or say in the note when it will follow.",
    ]);
  });

  it("is silent for an interviewer who asked for nothing, and without an interview", () => {
    expect(rule.check(makeContext(BODY, { to: "José Álvarez" }))).toEqual([]);
    expect(rule.check(makeContext(BODY, { interviewId: null }))).toEqual([]);
  });

  it("names Dr. Okafor properly", () => {
    const [f] = rule.check(makeContext("Dear Dr. Okafor,\n\nThank you.\n\nAlex", { interviewId: "contoso-pm", to: "Dr. Amara Okafor" }));
    expect(f?.message).toBe("Dr. Okafor asked you to “share the roadmap prioritisation example”: attach it or say in the note when it will follow.");
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});
