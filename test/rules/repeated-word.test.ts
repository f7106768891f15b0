import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/repeated-word.js";
import { makeContext } from "../helpers/context.js";
import good from "../fixtures/notes/good.json" with { type: "json" };

const check = (text: string) => rule.check(makeContext(text));

describe("repeated-word", () => {
  it.each([
    ["I enjoyed the the discussion about paging.", "the the"],
    ["We talked about load tests and and autoscaling.", "and and"],
    ["The The rotation redesign was great.", "The The"],
    ["I would love to help your team with the\nthe on-call rotation.", "the\nthe"],
    ["I have been thinking about our conversation on the rotation and\nand the shadow engineer idea since Tuesday.", "and\nand"],
    ["It was great to to meet you.", "to to"],
  ])("flags %j", (text, pair) => {
    const findings = check(text);
    expect(findings).toHaveLength(1);
    const [first, second] = pair.split(/\s/);
    expect(findings[0]).toMatchObject({ rule: "repeated-word", severity: "error", message: `Delete the repeated "${second}" in "${first} ${second}".` });
    expect(findings[0]!.excerpt.replace(/\s+/g, " ")).toContain(pair.replace(/\s+/g, " "));
  });

  it("flags each slip", () => {
    expect(check("I I think the the plan works.")).toHaveLength(2);
  });

  it.each([
    "By then she had had a long day of interviews.",
    "I said that that approach would scale.",
    "What it is is a redesign of the rotation.",
    "I'm on call. Call me any time.",
    "We talked about the rotation redesign for on-call\n\nOn-call load was the next topic.",
    "It was a very very good conversation.",
    "Bye bye for now!",
    "We opened an office in Walla Walla last year.",
    "We cut pages from 40 40 to 12.",
    "Thanks, thanks again.",
  ])("is silent on %j", (text) => {
    expect(check(text)).toEqual([]);
  });

  it("is silent on every good note", () => {
    for (const n of good) {
      const ctx = makeContext(n.text, { interviewId: n.interview, to: n.to, note: { subject: n.subject, attachments: n.attachments ?? [] } });
      expect(rule.check(ctx)).toEqual([]);
    }
  });
});

describe("is is", () => {
  it("is a slip after an ordinary subject", () => {
    expect(rule.check(makeContext("Hi Priya,\n\nThe recall list is is a problem I have solved before.\n\nBest,\nAlex"))).toHaveLength(1);
  });
  it("is right after a clause that names a thing", () => {
    expect(rule.check(makeContext("Hi Priya,\n\nWhat it is is a rota problem, not a tooling one.\n\nBest,\nAlex"))).toEqual([]);
  });
});

describe("a pair of words doubled", () => {
  it.each([
    ["I would follow the same the same checklist at the depot.", "the same"],
    ["We could meet in the in the new year.", "in the"],
  ])("flags %j", (text, pair) => {
    const findings = check(text);
    expect(findings.map((f) => f.message)).toEqual([`Delete the repeated "${pair}" in "${pair} ${pair}".`]);
    expect(text).toContain(findings[0]!.excerpt);
  });
  it.each(["We went over it again and again.", "It grew more and more useful.", "Thank you. Thank you for the tour.", "I liked step by step guides."])("is silent on %j", (text) => {
    expect(check(text)).toEqual([]);
  });
});
