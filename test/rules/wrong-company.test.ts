import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/wrong-company.js";
import { FACTS, makeContext, type ContextOptions } from "../helpers/context.js";
import good from "../fixtures/notes/good.json" with { type: "json" };

const check = (text: string, options: ContextOptions = {}) => rule.check(makeContext(text, options));
const messages = (text: string, options: ContextOptions = {}) => check(text, options).map((f) => f.message);

describe("wrong-company", () => {
  it.each<[string, ContextOptions, string]>([
    ["I'm excited about the role at Contoso Health.", {}, `"Contoso Health" is the company of another interview you saved (Contoso Health); this note is for Northwind Logistics: use the right name.`],
    ["I would love to help Contoso grow.", {}, `"Contoso" is the company of another interview you saved (Contoso Health); this note is for Northwind Logistics: use the right name.`],
    ["Northwind's clinics would benefit.", { interviewId: "contoso-pm" }, `"Northwind" is the company of another interview you saved (Northwind Logistics); this note is for Contoso Health: use the right name.`],
    ["I'd love to join Northwnd and help.", {}, `"Northwnd" looks like a misspelling of "Northwind": write the company's name exactly.`],
    ["I'd love to join Nortwind Logistics and help.", {}, `"Nortwind Logistics" looks like a misspelling of "Northwind Logistics": write the company's name exactly.`],
    ["Contosso's patients deserve better.", { interviewId: "contoso-pm" }, `"Contosso" looks like a misspelling of "Contoso": write the company's name exactly.`],
    ["The team at Northwind Logistic impressed me.", {}, `"Northwind Logistic" looks like a misspelling of "Northwind Logistics": write the company's name exactly.`],
  ])("flags %j", (text, options, message) => {
    const findings = check(text, options);
    expect(findings).toEqual([{ rule: "wrong-company", severity: "error", message, excerpt: text }]);
  });

  it("reports each wrong name once per spelling", () => {
    expect(messages("Northwnd is great. I love Northwnd.")).toHaveLength(1);
  });

  it.each<[string, ContextOptions]>([
    ["I'm excited about Northwind Logistics and Northwind's dispatch work.", {}],
    ["Northwind's peak season sounds intense; NORTHWIND rocks.", {}],
    ["The north wind blew and the contact form worked; northward we go.", {}],
    ["Contoso Health's clinics and Contoso's roadmap.", { interviewId: "contoso-pm" }],
    // An unmatched note has no "right" company to compare with.
    ["I'd love to join Contoso Health or Northwnd.", { interviewId: null }],
    ["At Fernhill I worked with Northrop and Contour teams.", {}],
  ])("is silent on %j", (text, options) => {
    expect(check(text, options)).toEqual([]);
  });

  it("does not flag another interview's company that is also this one's name", () => {
    const contoso = FACTS.interviews.find((i) => i.id === "contoso-pm")!;
    const sibling = { ...contoso, id: "contoso-2", companyAliases: ["Northwind"] };
    expect(check("Northwind is a partner of ours.", { otherInterviews: [sibling] })).toEqual([]);
  });

  it("is silent on every good note", () => {
    for (const n of good) {
      const ctx = makeContext(n.text, { interviewId: n.interview, to: n.to, note: { subject: n.subject, attachments: n.attachments ?? [] } });
      expect(rule.check(ctx)).toEqual([]);
    }
  });
});
