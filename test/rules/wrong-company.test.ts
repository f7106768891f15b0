import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/wrong-company.js";
import { fold } from "../../src/text/fold.js";
import { FACTS, interview, makeContext, type ContextOptions } from "../helpers/context.js";
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

/** An interview like northwind-sre, at another company. */
const at = (company: string, companyAliases: string[] = []) => ({ ...interview("northwind-sre"), id: fold(company), company, companyAliases });
const checkAt = (text: string, own: ReturnType<typeof at>, ...others: ReturnType<typeof at>[]) =>
  rule.check(makeContext(text, { interview: own, otherInterviews: others }));
const wordsQuoted = (findings: { message: string }[]) => findings.map((f) => f.message.match(/^"([^"]+)"/)?.[1]);

describe("wrong-company: names with &, St., dots, suffixes and possessives", () => {
  const marlow = at("Marlow & Quince");
  const aldhelm = at("St. Aldhelm's Community Hospital", ["St. Aldhelm's"]);
  const booking = at("Fareway.io");
  const acme = at("Brightwater Analytics, Inc.");
  const larkspur = at("The Larkspur Group");
  const phoenix = at("Phoenix Health");

  it.each<[string, ReturnType<typeof at>, ReturnType<typeof at>, string]>([
    ["I'd love to bring that to Marlow & Quince next spring.", aldhelm, marlow, "Marlow & Quince"],
    ["The analysts at Marlow and Quince were sharp.", aldhelm, marlow, "Marlow and Quince"],
    ["I admired Marlow & Quince's approach to pricing.", aldhelm, marlow, "Marlow & Quince"],
    ["I'm keen to join the nurses at St. Aldhelm's soon.", marlow, aldhelm, "St. Aldhelm's"],
    ["I'm keen to join the nurses at Saint Aldhelm's Community Hospital.", marlow, aldhelm, "Saint Aldhelm's Community Hospital"],
    ["Your work at Fareway.io on search ranking stood out.", marlow, booking, "Fareway.io"],
    ["I'd enjoy working on Brightwater Analytics' models.", marlow, acme, "Brightwater Analytics"],
    ["I'd love to help the Larkspur Group grow.", marlow, larkspur, "Larkspur Group"],
  ])("flags another saved interview's company in %j", (text, own, other, quote) => {
    const findings = checkAt(text, own, other);
    expect(wordsQuoted(findings)).toEqual([quote]);
    expect(findings[0]!.message).toContain(`(${other.company}); this note is for ${own.company}`);
    expect(text).toContain(findings[0]!.excerpt);
  });

  it.each<[string, ReturnType<typeof at>, string, string]>([
    ["I'd love to bring that to Marlow & Quinse next spring.", marlow, "Marlow & Quinse", "Marlow & Quince"],
    ["I'd love to bring that to Marlowe & Quince next spring.", marlow, "Marlowe & Quince", "Marlow & Quince"],
    ["I'm keen to join the nurses at St. Aldhelms.", aldhelm, "St. Aldhelms", "St. Aldhelm's"],
    ["I'm keen to join the nurses at St. Aldhem's soon.", aldhelm, "St. Aldhem's", "St. Aldhelm's"],
    ["Your work at Farway.io on search ranking stood out.", booking, "Farway.io", "Fareway.io"],
    ["I'd enjoy working on Brightwatter Analytics' models.", acme, "Brightwatter Analytics", "Brightwater Analytics, Inc."],
    // Spelled as it sounds: three letters off, but the same name said aloud.
    ["The clinicians at Feenix Health impressed me.", phoenix, "Feenix Health", "Phoenix Health"],
  ])("flags the misspelling in %j", (text, own, quote, name) => {
    const findings = checkAt(text, own, at("Contoso Health"));
    expect(findings.map((f) => f.message)).toEqual([`"${quote}" looks like a misspelling of "${name}": write the company's name exactly.`]);
  });

  it.each<[string, ReturnType<typeof at>]>([
    ["I'd love to bring that to Marlow & Quince, and Marlow and Quince's clients too.", marlow],
    ["MARLOW & QUINCE and Marlow+Quince are both fine.", marlow],
    ["I'm keen to join St Aldhelm's, Saint Aldhelm's and St. Aldhelm's Community Hospital.", aldhelm],
    ["Fareway.io's search team, and fareway.io itself.", booking],
    ["Brightwater Analytics Inc. and Brightwater Analytics, Inc were both on the offer letter; Brightwater Analytics' team too.", acme],
    ["The Larkspur Group and Larkspur Group's partners.", larkspur],
    ["Phoenix Health's clinics, and the Phoenix Health team.", phoenix],
    // Ordinary words and a dropped leading word are not misspellings.
    ["The market and quinces were lovely; Marlow is a town. Aldhelm's Community Hospital wing.", aldhelm],
  ])("is silent on %j", (text, own) => {
    expect(checkAt(text, own, at("Contoso Health"))).toEqual([]);
  });

  it("reads another company made of ordinary words only as a capitalised name mid-sentence", () => {
    const harbor = at("Harbor & Bridge");
    expect(checkAt("The harbor and bridge were lovely at dusk.", marlow, harbor)).toEqual([]);
    expect(wordsQuoted(checkAt("I once interned at Harbor & Bridge for a summer.", marlow, harbor))).toEqual(["Harbor & Bridge"]);
  });
});

describe("an employer named where the note says it wants to be", () => {
  const note = (sentence: string) => `Hi Priya,\n\nThank you for the chat about peak season traffic. ${sentence}\n\nBest,\nAlex`;
  const run = (sentence: string) => rule.check(makeContext(note(sentence)));
  it.each([
    "I'd love to join Harlow Dynamics and help with the on-call redesign.",
    "I would be proud to bring the same rigour to Fenwick Freight Systems.",
    "It would be a privilege to help Quayside Shipping grow its platform team.",
    "I'm excited about the internship with the Lakeland Port Authority.",
    "I'd be so grateful for a chance at Kittering Freight.",
    "I'd love to help grow the Quayside Shipping community.",
    "I'm confident I can hit the ground running at Harrowgate Logistics.",
    "I have long admired Bramble Outdoor Co.'s mission to get families hiking.",
    "Few firms live their values the way Cobalt Goods' founding story suggests.",
    "I'd be so proud to wear the Kestrel Air uniform.",
    "I could bring that same energy to the Fernbrook Living team at the depot.",
    "I would love to work for Quayside Shipping.",
    "I'd work at Harrowgate Logistics tomorrow if I could.",
  ])("fires on %s", (sentence) => {
    const [f] = run(sentence);
    expect(f?.message).toMatch(/is not Northwind Logistics: this note is for Northwind Logistics/);
  });

  it.each([
    "I'd love to join Northwind and help with the on-call redesign.",
    "I'd love to join the Platform team.",
    "I would love to join the SRE crew.",
    "I'd be glad to join the Night Team.",
    "I worked at Harlan Medical Center for three years.",
    "I'd love to help Priya's team with the rotation.",
    "I have long admired Northwind's mission to make freight greener.",
    "Northwind Logistics' values came through in every answer.",
    "I'd be proud to wear the Northwind uniform.",
    "I could bring that same energy to the Platform Reliability team.",
    "I'm excited about the role at the Harbour Point location of Northwind.",
    // "work" as a noun: what is being done for a place, not an employer
    "It was good to see the sectional title work for the Sea Point block in progress.",
    "The Trust's values felt like my own when we talked them through.",
  ])("does not fire on %s", (sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});

describe("another employer's offer named in the note", () => {
  const run = (sentence: string) => rule.check(makeContext(`Hi Priya,\n\nThank you for the chat about peak season traffic. ${sentence}\n\nBest,\nAlex`));
  it.each([
    "I should mention I have an offer from Quayside Shipping and owe them an answer by Monday.",
    "Full disclosure: Harlow Dynamics has made me an offer, due Friday.",
    "I have a competing offer on the table with Fenwick Freight Systems.",
  ])("fires on %s, saying why naming it does not help", (sentence) => {
    const [f] = run(sentence);
    expect(f?.message).toMatch(/Say you have another offer without naming the company/);
  });
  it.each([
    "I should mention I have another offer and owe an answer by Monday.",
    "I'd be glad to take an offer from Northwind over any other.",
    "Thanks for the offer from Priya to show me the control room.",
  ])("does not fire on %s", (sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});

describe("a company's short name as a person's surname", () => {
  it("is the person, not the company", () => {
    const other = (text: string) => rule.check(makeContext(text));
    expect(other("Hi Priya,\n\nSiobhan Contoso, my old lead, says hello.\n\nBest,\nAlex")).toEqual([]);
    expect(other("Hi Priya,\n\nI loved what Contoso does with reminders.\n\nBest,\nAlex")).toHaveLength(1);
  });
});

describe("a company name typed in lower case by a lower-case writer", () => {
  it("is checked for a misspelling too", () => {
    expect(check("hi priya thanks for today. really hope i can join the team at nortwind")).toHaveLength(1);
    expect(check("hi priya thanks for today. really hope i can join the team at northwind")).toEqual([]);
  });
});

describe("an employer's name beside the right short name", () => {
  const checkFor = (company: string, aliases: string[], text: string) => rule.check(makeContext(text, { interview: { ...interview("northwind-sre"), company, companyAliases: aliases } }));
  it("a longer wrong name that starts with the right one is still wrong", () => {
    const text = "Hi Priya,\n\nThank you for the call about the internship with the Lakeland State Department of Natural Resources.\n\nBest,\nAlex";
    expect(checkFor("Lakeland State Department of Water Resources", ["Lakeland DWR"], text)).toHaveLength(1);
  });
  it.each(["I would love to join Alder Point. Thanks again!", "I'd be happy to join the team at Alder Point and I hope to hear soon."])("the right short name ends where the sentence or clause does: %s", (sentence) => {
    expect(checkFor("Alder Point Software", ["Alder Point"], `Hi Priya,\n\n${sentence}\n\nBest,\nAlex`)).toEqual([]);
  });
});

describe("a long run of white space before what an employer owns", () => {
  it("is read once, not once per space", () => {
    // Template blanks ("_____") become spaces before the rules read a note.
    const text = `Hi Priya,\n\nI'd be proud to join the${" ".repeat(50_000)}team, and to wear the Northwind uniform.\n\nBest,\nAlex`;
    const started = performance.now();
    expect(rule.check(makeContext(text))).toEqual([]);
    // A generous bound: read once per space, this took seconds.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("an employer of the writer's own story", () => {
  it.each([
    "In my previous job with Parsa Air operations I watched long night sectors.",
    "I've been working at Skylift Cargo for two years on nights.",
    "After a lot of thought I've accepted a shift manager position at Contoso Health, closer to home.",
    "I have decided to join Contoso Health, so I must withdraw.",
  ])("is no name left from another letter: %j", (sentence) => {
    expect(check(`Hi Priya,\n\n${sentence}\n\nBest,\nAlex`)).toEqual([]);
  });
  it("but the employer the note wants to join still is", () => {
    expect(check("Hi Priya,\n\nIn my previous job I watched night sectors, and I would love to join Contoso Health.\n\nBest,\nAlex")).toHaveLength(1);
  });
});

describe("a company's coined name misspelt into an English word", () => {
  const iv = interview("northwind-sre");
  const lodestarr = { interview: { ...iv, company: "Lodestarr Realty", companyAliases: ["Lodestarr"] } };
  it("is a misspelling when capitalised mid-sentence", () => {
    expect(messages("Hi Priya,\n\nIt was great to see how the Lodestar team works the condo market.\n\nBest,\nAlex", lodestarr)).toEqual([
      `"Lodestar" looks like a misspelling of "Lodestarr": write the company's name exactly.`,
    ]);
  });
  it("is the word itself in lower case or at a sentence's start", () => {
    expect(check("Hi Priya,\n\nYour advice was a lodestar for me. Lodestar is the word I'd use for it.\n\nBest,\nAlex", lodestarr)).toEqual([]);
  });
});

describe("a misspelling made of words the facts use elsewhere", () => {
  const trams = at("Calder Valley Tramways", ["Calder Valley Trams"]);
  const academy = at("Ashdown Vale Academy", ["Ashdown Vale"]);
  it("is still a misspelling when the facts never write it whole", () => {
    expect(wordsQuoted(checkAt("I would be delighted to join Calder Vale Tramways as a trainee driver.", trams, academy))).toEqual(["Calder Vale Tramways"]);
  });
  it("is a name the user chose when the facts write it whole", () => {
    const depot = { ...trams, topics: ["calder vale tramways depot tour"] };
    expect(checkAt("I enjoyed the Calder Vale Tramways depot tour.", depot, academy)).toEqual([]);
  });
});
