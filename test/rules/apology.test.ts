import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/apology.js";
import { makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const note = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. ${sentence}\n\nBest,\nAlex`;

describe("apology", () => {
  it.each([
    "Sorry I was so nervous.",
    "I wasn't my best self on Tuesday.",
    "I apologise for fumbling the system design question.",
    "I know I rambled.",
    "I blanked on the difference between RPO and RTO.",
    "I'm embarrassed about how I handled the SQL exercise.",
    "Apologies for my long-winded answers!",
    "My mind went blank during the whiteboard round.",
    "I don't think I did very well in the coding exercise.",
    "Please excuse my nerves during the panel.",
    "I'm so sorry my explanation of the error-budget policy was such a mess.",
    "I totally froze when you asked about budgets.",
    "I know I came across poorly in the second half.",
    "I wish I'd answered your question on forecasting more clearly.",
    "My mind went completely blank on the SQL question.",
    "My whiteboard solution was all over the place, which isn't like me.",
    "I was below par in the case-study round.",
  ])("flags %j, quoting it", (sentence) => {
    const findings = rule.check(makeContext(note(sentence)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "apology", severity: "warning", excerpt: sentence });
    expect(findings[0]?.message).toMatch(/better answer/);
  });

  it.each([
    "Sorry for the delay in sending the template.",
    "On reflection, a better answer to your caching question is to version the keys.",
    "Apologies for the late reply; I was travelling.",
    "Sorry to hear the team is struggling with alert fatigue.",
    "I forgot to mention that I also hold a CKA certification.",
    "Sorry for any confusion about my start date.",
    "The incident where the dashboards went blank sounded painful.",
    "I came across your team's blog post on alert fatigue last year.",
    "The old rota was a mess until you introduced self-scheduling.",
    "I wish we'd had more time to talk about the Looker migration.",
    "Our ward froze admissions during the outbreak, so I rebuilt the rota from scratch.",
    "I could have talked about telemetry all day!",
  ])("does not flag %j", (sentence) => {
    expect(rule.check(makeContext(note(sentence)))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("dwelling on arriving late", () => {
  const note = (sentence: string) => `Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. ${sentence}\n\nBest,\nAlex`;
  it.each(["Sorry again for turning up so late, I know it was not a great first impression.", "I hope my being late did not count against me."])("flags %s", (s) => {
    expect(rule.check(makeContext(note(s)))).toHaveLength(1);
  });
  it("not a late reply", () => {
    expect(rule.check(makeContext(note("Sorry this is a day late; the template is attached.")))).toEqual([]);
  });
});
