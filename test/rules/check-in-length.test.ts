import { describe, expect, it } from "vitest";
import { CHECK_IN_WORDS, rule } from "../../src/rules/check-in-length.js";
import { makeContext } from "../helpers/context.js";

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? "update." : "timeline")).join(" ");
const note = (body: string) => `Hi Priya,\n\n${body}\n\nBest,\nAlex`;
const check = (text: string) => rule.check(makeContext(text, { noteKind: "check-in" }));

describe("check-in-length", () => {
  it.each([
    [
      "a second thank-you letter",
      `Thank you again for the conversation about the on-call rotation redesign on Tuesday 17 November. Since then I have thought a great deal about how my years at Fernhill would carry over to your team. We rebuilt our paging policy from scratch, moved our runbooks into version control, trained every engineer on incident command and cut the pages each shift by forty per cent within two quarters. I also mentored two junior engineers through their first on-call weeks, which I understand is something José cares about. I would love to bring that experience to Northwind, and I am still very excited about the Senior Site Reliability Engineer role. I know decisions like this take time, and I appreciate everyone's care. If there is anything else I can send, from references to a sample postmortem, please let me know, and I would be happy to talk again at any point that suits the team. Thank you once more for your time and consideration; I hope to hear from you soon about the next steps.`,
    ],
    ["a rambling update", words(CHECK_IN_WORDS + 5)],
  ])("flags %s as a warning", (_label, body) => {
    const [finding, ...rest] = check(note(body));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "check-in-length", severity: "warning" });
    expect(finding!.message).toMatch(new RegExp(`over ${CHECK_IN_WORDS}`));
    expect(finding!.excerpt.length).toBeGreaterThan(0);
  });

  it("is an error once the check-in is as long as a thank-you that is already too long", () => {
    expect(check(note(words(260)))[0]?.severity).toBe("error");
  });

  it.each([
    ["a three-line check-in", "I wanted to follow up on my interview for the SRE role on 17 November. I'm still very keen, and wondered whether there is any news on the timeline."],
    ["a terse phone note", "any update on the sre role? still really keen. thanks!"],
    ["one with a line of news", "Following up on my Senior SRE interview last Tuesday week: I remain very interested. Since we spoke I have passed my CKA exam, in case that is useful. Is there an update you can share on next steps? Thank you for your time."],
    ["one just under the limit", words(CHECK_IN_WORDS - 5)],
  ])("is silent on %s", (_label, body) => {
    expect(check(note(body))).toEqual([]);
  });
});
