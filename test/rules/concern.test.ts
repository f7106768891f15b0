import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/concern.js";
import { interview, makeContext } from "../helpers/context.js";
import { GOOD_NOTES } from "../helpers/good-notes.js";

const BODY = "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign.\n\nBest,\nAlex";

describe("concern", () => {
  it("suggests addressing an untouched concern", () => {
    expect(rule.check(makeContext(BODY))).toEqual([
      {
        rule: "concern",
        severity: "info",
        message: "Address the concern “limited Go experience” in one brief, confident sentence, e.g. what you have done about it since the interview.",
        excerpt: "",
      },
    ]);
  });

  it.each([
    "I've been writing Go every evening since we spoke.",
    "On Go: I shipped a small CLI in it last weekend.",
    "My Go is improving quickly thanks to a side project.",
  ])("is satisfied by %j", (sentence) => {
    expect(rule.check(makeContext(BODY.replace("redesign.", `redesign. ${sentence}`)))).toEqual([]);
  });

  it("does not take the verb \"go\" for the language Go", () => {
    const text = BODY.replace("redesign.", "redesign. I'd love to go deeper on it.");
    expect(rule.check(makeContext(text))).toHaveLength(1);
  });

  it("gives one finding per untouched concern", () => {
    const iv = { ...interview("northwind-sre"), concerns: ["limited Go experience", "no people-management background"] };
    expect(rule.check(makeContext(BODY, { interview: iv }))).toHaveLength(2);
    const text = BODY.replace("redesign.", "redesign. I have informally managed two interns.");
    expect(rule.check(makeContext(text, { interview: iv })).map((f) => f.message)).toEqual([
      "Address the concern “limited Go experience” in one brief, confident sentence, e.g. what you have done about it since the interview.",
    ]);
  });

  describe("needs the concern's own words, not the company's or one common word", () => {
    const base = interview("northwind-sre");
    const at = (company: string, role: string, concern: string) => ({
      interview: { ...base, company, companyAliases: [company.split(" ")[0]!], role, concerns: [concern] },
      to: "José Álvarez",
    });
    const note = (sentence: string) => `Hi José,\n\nThanks for the tour of the trading floor. ${sentence}\n\nBest,\nAlex`;
    const bank = at("Harbourside Savings Bank", "Data Engineer, Commercial Banking", "no banking industry experience");
    const cpa = at("Lindqvist Audit", "Senior Auditor", "has not passed the CPA exam yet");
    const gap = at("Orchard Health", "Clinic Coordinator", "one-year career break to care for a relative");

    it.each([
      ["the company's name", bank, "I'd be proud to build pipelines at Harbourside Savings Bank."],
      ["the role title", bank, "The Data Engineer, Commercial Banking role fits my skills."],
      ["one of two telling words", cpa, "I passed my driving test last spring."],
      ["only a number of years", gap, "I spent a year running the front desk at a dental practice."],
    ])("is not addressed by %s", (_label, options, sentence) => {
      expect(rule.check(makeContext(note(sentence), options))).toHaveLength(1);
    });

    it.each([
      ["banking + experience", bank, "My banking experience is thin, so I've started the IBF fundamentals course."],
      ["every telling word", cpa, "I sit the final CPA section in January."],
      ["half the telling words + a content word", gap, "The career break was time spent caring for my mother, and I'm ready to return full time."],
      ["a telling word backed by the span of time", gap, "You asked about the year I spent caring for my dad; I kept up my coding courses throughout."],
    ])("is addressed by %s", (_label, options, sentence) => {
      expect(rule.check(makeContext(note(sentence), options))).toEqual([]);
    });
  });

  it("is silent without an interview or without concerns", () => {
    expect(rule.check(makeContext(BODY, { interviewId: null }))).toEqual([]);
    expect(rule.check(makeContext(BODY, { interviewId: "contoso-pm", to: "Dr. Amara Okafor" }))).toEqual([]);
  });

  it.each(GOOD_NOTES)("is silent on the good note %s", (_label, ctx) => {
    expect(rule.check(ctx)).toEqual([]);
  });
});

describe("a concern answered in one word of it", () => {
  const base = interview("northwind-sre");
  const options = { interview: { ...base, concerns: ["no kubernetes certification yet"] }, to: "Priya Raman" };
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it.each([
    "On the certification: I have booked the exam for the 14th.",
    "The certification gap does not worry me; I have been studying for it since we spoke.",
  ])("is answered by %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence), options))).toEqual([]);
  });

  it.each([
    "I passed the first aid course last year.",
    "Certification matters a lot in this field.",
  ])("is not answered by %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence), options))).toHaveLength(1);
  });
});

describe("a concern typed in shorthand", () => {
  const base = interview("northwind-sre");
  const options = { interview: { ...base, concerns: ["only 12 hrs/wk during semester"] }, to: "Priya Raman" };
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it("is answered in full words", () => {
    expect(rule.check(makeContext(note("About the hours: twelve a week is my limit during the semester, and I am free all summer."), options))).toEqual([]);
  });
  it("is not answered by a span of years alone", () => {
    expect(rule.check(makeContext(note("I have spent six years on call."), options))).toHaveLength(1);
  });
});

describe("a gap owned in the field's own words", () => {
  const base = interview("northwind-sre");
  // The field is the role's own word, so naming it alone settles nothing.
  const options = {
    interview: { ...base, company: "Brookside Animal Clinic", companyAliases: ["Brookside"], role: "Veterinary Receptionist", concerns: ["no veterinary background"] },
    to: "Priya Raman",
  };
  const note = (sentence: string) => `Hi Priya,\n\nThanks for showing me the new booking screens. ${sentence}\n\nBest,\nAlex`;
  it.each([
    "I know I'm new to veterinary work, but twelve years on a GP surgery desk taught me the same calm with worried callers.",
    "The veterinary terms are the part I'd need to learn, and I've bought a nursing primer to start on them.",
    "I'd be coming to veterinary practice from outside, after a decade of hotel front desks.",
    "I haven't worked in a veterinary practice before, though I fostered dogs for the shelter for three years.",
  ])("is answered by %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence), options))).toEqual([]);
  });

  it.each([
    "Veterinary work is what I have wanted to do for years.",
    "I'm new to the area and would need to learn the bus routes.",
    "I love how your veterinary team explains each bill to owners.",
  ])("is not answered by %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence), options))).toHaveLength(1);
  });
});

describe("a concern told by its numbers", () => {
  const base = interview("northwind-sre");
  const options = { interview: { ...base, concerns: ["only done 8s, never 12s"] }, to: "Priya Raman" };
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it("is reported when the note never touches it", () => {
    expect(rule.check(makeContext(note("I'd love to join the team."), options))).toHaveLength(1);
  });
  it("is answered by a sentence on those shifts", () => {
    expect(rule.check(makeContext(note("On the 12-hour shifts: I have booked two trial 12s with my current manager this month."), options))).toEqual([]);
  });
});

describe("a concern owned or answered in other forms of its words", () => {
  const base = interview("northwind-sre");
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it("is answered when the facts say certified and the note says certificate", () => {
    const options = { interview: { ...base, company: "Keystone Captioning", companyAliases: ["Keystone"], role: "Live Captioner", concerns: ["certified 180 wpm, not 225 yet"] }, to: "Priya Raman" };
    expect(rule.check(makeContext(note("On my certification: I hold the 180 certificate."), options))).toEqual([]);
    expect(rule.check(makeContext(note("I type quickly and accurately."), options))).toHaveLength(1);
  });
  it("is owned by saying one has none of it yet, in the role's own word", () => {
    const options = {
      interview: { ...base, company: "Marlow Motors", companyAliases: ["Marlow"], role: "Car Sales Executive", concerns: ["no sales record - was a chef 5 yrs"] },
      to: "Priya Raman",
    };
    expect(rule.check(makeContext(note("I know I have no sales record yet."), options))).toEqual([]);
    expect(rule.check(makeContext(note("Five years running a kitchen pass taught me pace."), options))).toHaveLength(1);
  });
});

describe("a concern typed clipped", () => {
  const base = interview("northwind-sre");
  const options = {
    interview: { ...base, company: "The Aldergrove", companyAliases: ["Aldergrove"], role: "Head Sommelier", concerns: ["never managed team of 4+ somms"] },
    to: "Priya Raman",
  };
  const note = (sentence: string) => `Hi Priya,\n\nThank you for the tasting this afternoon. ${sentence}\n\nBest,\nAlex`;
  it.each([
    "On the team side, I've managed four sommeliers across two sites for the last two years.",
    "About the team: I have led three sommeliers at a hotel in Budapest, and I know how I would organise five.",
  ])("is answered in the words written out: %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence), options))).toEqual([]);
  });
  it.each(["I'd love to join the team.", "The Jura with the trout was a delight, and I managed to guess the vintage."])("is not answered by %s", (sentence) => {
    expect(rule.check(makeContext(note(sentence), options))).toHaveLength(1);
  });
});

describe("a gap owned or a plan told in other words", () => {
  const base = interview("northwind-sre");
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  it("is owned by saying it would be new to the writer", () => {
    const options = { interview: { ...base, company: "Harrowgate Zoo", companyAliases: ["Harrowgate"], role: "Keeper", concerns: ["no big cat exp, only small mammals + reptiles"] }, to: "Priya Raman" };
    expect(rule.check(makeContext(note("I know big cats would be new for me, but I've already done my dangerous-animals course."), options))).toEqual([]);
    expect(rule.check(makeContext(note("The big cat house was a highlight of the tour."), options))).toHaveLength(1);
  });
  it("is answered by a test the writer has booked", () => {
    const options = { interview: { ...base, company: "Fellside Midwifery", companyAliases: ["Fellside"], role: "Community Midwife", concerns: ["doesn't drive yet - rural patch"] }, to: "Priya Raman" };
    expect(rule.check(makeContext(note("I have my driving test booked for next month."), options))).toEqual([]);
    expect(rule.check(makeContext(note("I loved driving out to the birth centre with you."), options))).toHaveLength(1);
  });
});

describe("a doubt met with reassurance", () => {
  const base = interview("northwind-sre");
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  const nights = { interview: { ...base, concerns: ["hasnt worked nights - rota is nights 1 wk in 4"] }, to: "Priya Raman" };
  it("is answered by saying it is no problem", () => {
    expect(rule.check(makeContext(note("Nights aren't a problem for me; I covered an overnight desk for a year."), nights))).toEqual([]);
    expect(rule.check(makeContext(note("The rota looked fair to me."), nights))).toHaveLength(1);
  });
});

describe("a doubt typed with an aside, owned in the note's own words", () => {
  const base = interview("northwind-sre");
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  const litigation = { interview: { ...base, role: "Litigation Paralegal", concerns: ["no litigation exp (5 yrs residential conveyancing)"] }, to: "Priya Raman" };
  const college = { interview: { ...base, role: "Commis Chef", concerns: ["no college/formal training (KP 3 yrs)"] }, to: "Priya Raman" };
  it("is owned as coming from another field", () => {
    expect(rule.check(makeContext(note("I know I'm coming from conveyancing rather than litigation, but I already index bundles of 300 pages."), litigation))).toEqual([]);
    expect(rule.check(makeContext(note("Litigation support is what I want to do next."), litigation))).toHaveLength(1);
  });
  it("is owned by saying what the writer did not do", () => {
    expect(rule.check(makeContext(note("I did not go to college, this is true, but I learned from the chefs around me."), college))).toEqual([]);
    expect(rule.check(makeContext(note("My sister went to catering college in Leeds."), college))).toHaveLength(1);
  });
});

describe("a doubt owned in its own everyday words", () => {
  const base = interview("northwind-sre");
  const note = (sentence: string) => `Hi Priya,\n\nThanks for the walk through the on-call rotation. ${sentence}\n\nBest,\nAlex`;
  const team = { interview: { ...base, concerns: ["never led a team bigger than 2"] }, to: "Priya Raman" };
  const publicFacing = { interview: { ...base, concerns: ["no customer-facing work since 2019"] }, to: "Priya Raman" };
  it("is owned by saying how much of it there has been", () => {
    expect(rule.check(makeContext(note("Although I've only run a team of two, I'm ready for four."), team))).toEqual([]);
    expect(rule.check(makeContext(note("Our team of two ran the night shift."), team))).toHaveLength(1);
  });
  it("is owned by saying what the writer has not done since", () => {
    expect(rule.check(makeContext(note("I know I have not dealt with customers since 2019, but 22 years on a round meant talking to people all day."), publicFacing))).toEqual([]);
    expect(rule.check(makeContext(note("I have not been to Leeds since 2019."), publicFacing))).toHaveLength(1);
  });
});
