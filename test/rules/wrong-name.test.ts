import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/wrong-name.js";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import { interview, makeContext, type ContextOptions } from "../helpers/context.js";
import good from "../fixtures/notes/good.json" with { type: "json" };

const BODY = "\n\nThank you for the conversation about the on-call rotation redesign.\n\nBest,\nAlex Chen";
const check = (text: string, options: ContextOptions = {}) => rule.check(makeContext(text, options));
const panel = interview("northwind-sre").interviewers;

describe("wrong-name", () => {
  it.each<[string, ContextOptions, string, string]>([
    ["Hi Pryia,", {}, `"Pryia" looks like a misspelling of Priya Raman's name: write "Priya".`, "Hi Pryia,"],
    ["Dear Dr. Okafer,", { interviewId: "contoso-pm" }, `"Okafer" looks like a misspelling of Dr. Amara Okafor's name: write "Okafor".`, "Dear Dr. Okafer,"],
    [
      "Hello Mr. Kowalsky-Nowak,",
      { to: "Tomasz Kowalski-Nowak" },
      `"Kowalsky-Nowak" looks like a misspelling of Tomasz Kowalski-Nowak's name: write "Kowalski-Nowak".`,
      "Hello Mr. Kowalsky-Nowak,",
    ],
    ["Hi Tomas,", { to: "Tomasz Kowalski-Nowak" }, `"Tomas" looks like a misspelling of Tomasz Kowalski-Nowak's name: write "Tomasz".`, "Hi Tomas,"],
    ["Hi Amara,", {}, `"Amara" is Dr. Amara Okafor from your Contoso Health interview, not this one: check who this note is for.`, "Hi Amara,"],
    [
      "Hi Priya,",
      { to: "Tomasz Kowalski-Nowak" },
      "You greet Priya Raman, but the note is addressed to Tomasz Kowalski-Nowak: greet the person you are sending it to.",
      "Hi Priya,",
    ],
    [
      "Hi Sarah,",
      {},
      `"Sarah" is not on this interview's panel (Priya Raman, Tomasz Kowalski-Nowak, José Álvarez): greet Priya Raman by name.`,
      "Hi Sarah,",
    ],
  ])("flags the greeting %j", (greeting, options, message, excerpt) => {
    expect(check(greeting + BODY, options)).toEqual([{ rule: "wrong-name", severity: "error", message, excerpt }]);
  });

  it.each([
    ["Hi Priya,\n\nI enjoyed talking with Tomas about Kubernetes.", "Tomas", "Tomasz"],
    ["Hi Priya,\n\nPlease pass my thanks to Jose Alvares as well.", "Alvares", "Álvarez"],
    ["Hi Priya,\n\nPriyas point about pairing stayed with me.", "Priyas", "Priya"],
    ["Hi Priya,\n\nI hope Ms. Ramann enjoys the template.", "Ramann", "Raman"],
  ])("flags a misspelled interviewer in the body: %j", (text, written, right) => {
    const findings = check(text + BODY);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(`"${written}" looks like a misspelling`)]);
    expect(findings[0]!.message).toContain(`write "${right}"`);
    expect(text).toContain(findings[0]!.excerpt);
  });

  it("flags someone from another interview named in the body, once", () => {
    const findings = check(`Hi Priya,\n\nOkafor's point about reminders stayed with me, as did Okafor's roadmap.${BODY}`);
    expect(findings.map((f) => f.message)).toEqual([
      `"Okafor" is Dr. Amara Okafor from your Contoso Health interview, not this one: check who this note is for.`,
    ]);
  });

  it.each([
    // A place named after a saint or a mountain is no person: "St. Amara's ward".
    ["the winter surge on St. Amara's children's ward", {}],
    ["my years at Mount Amara Hospital", {}],
    // One part of a double surname is not that person's name ("Nowak" could be anyone's).
    ["a depot manager called Nowak", { interviewId: "contoso-pm" }],
  ] as [string, ContextOptions][])("does not blame someone from another interview for %j", (sentence, options) => {
    expect(check(`Hello,\n\nIn my last job I learned a lot from ${sentence}.${BODY}`, options).filter((f) => f.message.includes("from your"))).toEqual([]);
  });

  it("still blames another interview's person named by first name or whole surname", () => {
    const findings = check(`Hi Priya,\n\nI agree with Amara that the pager matters.${BODY}`, { interviewId: "northwind-sre" });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('"Amara" is Dr. Amara Okafor')]);
    const other = check(`Dear Dr. Okafor,\n\nI agree with Kowalski-Nowak that the pager matters.${BODY}`, { interviewId: "contoso-pm" });
    expect(other.map((f) => f.message)).toEqual([expect.stringContaining('"Kowalski-Nowak" is Tomasz Kowalski-Nowak')]);
  });

  it("reports a misspelled full name in the greeting once", () => {
    expect(check(`Hi Pryia Raman,${BODY}`)).toHaveLength(1);
  });

  it.each<[string, ContextOptions]>([
    ["Hi José,", { to: "José Álvarez" }],
    ["Hi Jose,", { to: "José Álvarez" }],
    ["Dear Mr. ALVAREZ,", { to: "José Álvarez" }],
    ["Dear Ms. Raman,", {}],
    ["Hello Mr. Kowalski-Nowak,", { to: "Tomasz Kowalski-Nowak" }],
    ["Dear Mr. Nowak,", { to: "Tomasz Kowalski-Nowak" }],
    ["Hi Tom,", { to: "Tomasz Kowalski-Nowak" }],
    ["Dear Dr. Okafor,", { interviewId: "contoso-pm" }],
    ["Hi Tomasz and José,", { recipients: panel.slice(1) }],
    ["Hi all,", {}],
    ["Dear Northwind Logistics team,", {}],
    ["Hi Amara,", { interviewId: null }],
    ["Hi Sarah,", { interviewId: "northwind-sre", addressee: null, recipients: [] }],
  ])("is silent on the greeting %j", (greeting, options) => {
    expect(check(greeting + BODY, options)).toEqual([]);
  });

  it.each([
    // "Ramen" is an English word: a misspelling only a reader can catch.
    "Hi Priya,\n\nWe had ramen. Ramen is great.",
    "Hi Priya,\n\nThe Roman numerals in your runbook made me smile. Will you share it?",
    "Hi Priya,\n\nNorthwind's dispatch team and Priya's rotation impressed me; Raman-style pairing works.",
    "Hi Priya,\n\nKubernetes came up with Tomasz, and José mentioned mentoring.",
  ])("is silent on correct or ordinary words in %j", (text) => {
    expect(check(text + BODY)).toEqual([]);
  });

  it("does not flag the writer's own name in the sign-off", () => {
    const note = { from: { name: "Tomas Berg", address: "tomas@candidate.example" } };
    expect(check("Hi Priya,\n\nThanks again.\n\nBest,\nTomas", { note })).toEqual([]);
    const settings = { ...DEFAULT_SETTINGS, personalWords: ["Prija"] };
    expect(check("Hi Priya,\n\nI used the Prija framework.", { settings })).toEqual([]);
  });

  it("is silent on every good note", () => {
    for (const n of good) {
      const ctx = makeContext(n.text, { interviewId: n.interview, to: n.to, note: { subject: n.subject, attachments: n.attachments ?? [] } });
      expect(rule.check(ctx)).toEqual([]);
    }
  });
});

describe("names that only share a word with someone else's", () => {
  const BODY_END = "\n\nBest,\nAlex";
  it("does not blame a different whole name on the person it shares a surname with", () => {
    expect(check(`Hi Priya,\n\nMy mentor Chidi Okafor suggested the postmortem format I use.${BODY_END}`)).toEqual([]);
  });

  it("still names someone else's whole name", () => {
    expect(check(`Hi Priya,\n\nI enjoyed what Amara Okafor said about the on-call rota.${BODY_END}`).map((f) => f.message)).toEqual([
      `"Amara Okafor" is Dr. Amara Okafor from your Contoso Health interview, not this one: check who this note is for.`,
    ]);
  });

  it("leaves the writer's own name under the sign-off alone", () => {
    expect(check("Hi Priya,\n\nThe rotation redesign is the work I want to do.\n\nThanks,\nSandra Okafor, SRE")).toEqual([]);
  });

  it("does not take a different first letter for a misspelling", () => {
    expect(check("Hi Priya,\n\nBriya from my old team would back that up.\n\nBest,\nAlex")).toEqual([]);
    expect(check("Hi Priya,\n\nPryia from my old team would back that up.\n\nBest,\nAlex")).toHaveLength(1);
  });
});

describe("greetings as people write them", () => {
  it.each([
    ["a title other than Mr or Dr", "Respected Ms. Raman,"],
    ["a job title as a title", "Dear Principal Raman,"],
    ["a rank written short", "Hi Lt. Raman,"],
    ["a greeting in another language", "Bonjour Priya,"],
    ["a run-on lower-case greeting", "hey priya thanks for this morning. the rota idea stuck with me,"],
  ])("accepts %s", (_, greeting) => {
    expect(check(`${greeting}\n\nThank you for the rotation chat.\n\nBest,\nAlex`)).toEqual([]);
  });

  it("still flags a run-on greeting to someone off the panel", () => {
    expect(check("hey marcus thanks for this morning. the rota idea stuck with me\n\nbest,\nalex")).toHaveLength(1);
  });
});

describe("honorifics of other languages", () => {
  it.each(["Dear Khun Priya,", "Dear Bapak Tomasz,", "Dear Shri Tomasz,", "Dear Meneer Kowalski-Nowak,", "Dear Pani Raman,", "Dear Alhaji Tomasz,"])("%j greets the person, not someone called by the honorific", (greeting) => {
    const to = greeting.includes("Raman") ? "Priya Raman" : greeting.includes("Priya") ? "Priya Raman" : "Tomasz Kowalski-Nowak";
    expect(check(`${greeting}${BODY}`, { to })).toEqual([]);
  });
  it("but a name that is also an honorific elsewhere is still a name", () => {
    const iv = interview("northwind-sre");
    const withDon = { ...iv, interviewers: [{ ...iv.interviewers[0]!, name: "Don Ferreira" }] };
    expect(check(`Dear Don,${BODY}`, { interview: withDon, to: "Don Ferreira" })).toEqual([]);
  });
});

describe("a panel member's name written whole with the first name wrong", () => {
  const iv = interview("northwind-sre");
  const panelOf = (...names: string[]) => ({ ...iv, interviewers: names.map((name, i) => ({ ...iv.interviewers[i % iv.interviewers.length]!, name })) });
  const body = (sentence: string) => `Dear Fiona,\n\nThank you for arranging the interview. ${sentence}\n\nBest,\nAlex Chen`;
  it("is a misspelling when the first name is near theirs", () => {
    const findings = check(body("I very much enjoyed meeting Graham Whitcombe and Nina Patel this morning."), { interview: panelOf("Graham Whitcombe", "Nisha Patel"), to: "Graham Whitcombe" });
    expect(findings.map((f) => f.message)).toEqual([`"Nina" looks like a misspelling of Nisha Patel's name: write "Nisha".`]);
  });
  it("is someone else when the first name is nothing like theirs", () => {
    expect(check(body("My old manager Raj Patel says hello to the team."), { interview: panelOf("Graham Whitcombe", "Nisha Patel"), to: "Graham Whitcombe" })).toEqual([]);
  });
});

describe("a name that is part of a place's", () => {
  const iv = interview("northwind-sre");
  const panel = { ...iv, interviewers: [{ ...iv.interviewers[0]!, name: "Gwen Madoc" }, iv.interviewers[1]!] };
  it.each(["Siân Rowlands, Tŷ Gwyn Farm, Carmarthen", "the depot on Gwyn Road", "Gwyn Hall in Neath"])("is no misspelling of a panel member's name: %j", (place) => {
    expect(check(`Dear Gwen,\n\nThank you for the tour. My reference is ${place}.\n\nBest,\nAlex Chen`, { interview: panel, to: "Gwen Madoc" })).toEqual([]);
  });
  it("but a place noun that is a panel member's surname is a surname", () => {
    const parks = { ...iv, interviewers: [{ ...iv.interviewers[0]!, name: "Sarah Park" }] };
    expect(check(`Dear Sarah,\n\nThank you for the tour. I enjoyed meeting Sara Park.\n\nBest,\nAlex Chen`, { interview: parks, to: "Sarah Park" }).map((f) => f.message)).toEqual([`"Sara" looks like a misspelling of Sarah Park's name: write "Sarah".`]);
  });
  it("while the same word alone still is", () => {
    const findings = check(`Dear Tomasz,\n\nThank you for the tour. Please pass my thanks to Gwyn as well.\n\nBest,\nAlex Chen`, { interview: panel, to: "Tomasz Kowalski-Nowak" });
    expect(findings.map((f) => f.message)).toEqual([`"Gwyn" looks like a misspelling of Gwen Madoc's name: write "Gwen".`]);
  });
});

describe("a full name sharing one name with someone of another interview", () => {
  it("is someone else", () => {
    const amara = "Hi Priya,\n\nThank you for the rota chat. My references are Amara Lindqvist and Tomasz Berg.\n\nBest,\nAlex Chen";
    expect(check(amara)).toEqual([]);
  });
  it("while their first name alone is still them", () => {
    expect(check("Hi Priya,\n\nThank you for the rota chat. Please thank Amara for the coffee.\n\nBest,\nAlex Chen").map((f) => f.rule)).toEqual(["wrong-name"]);
  });
});

describe("a salutation or honorific no list holds, before a panel member's name", () => {
  it.each(["Sawubona Priya,", "Shwmae Priya,", "G'day Priya,", "Kia ora Priya,", "Dear Puan Priya Raman,", "Good evening Ma Priya,"])("%j greets the person", (greeting) => {
    expect(check(`${greeting}${BODY}`, { to: "Priya Raman" })).toEqual([]);
  });
  it.each(["Sawubona Marcus,", "Dear Puan Marcus Lee,"])("%j still greets someone off the panel", (greeting) => {
    expect(check(`${greeting}${BODY}`, { to: "Priya Raman" })).toHaveLength(1);
  });
});

describe("one note to two panel members", () => {
  it("greets the addressee and the other panel member", () => {
    expect(check(`Dear Priya and Tomasz,${BODY}`, { to: "Priya Raman" })).toEqual([]);
  });
  it("still tells a greeting of another panel member alone", () => {
    expect(check(`Dear Tomasz,${BODY}`, { to: "Priya Raman" })).toHaveLength(1);
  });
});

describe("an honorific written after the name", () => {
  it.each(["Dear Priya Hanım,", "Dear Priya-ji,", "Dear Priya ji,", "Priya-san,"])("%j greets the person", (greeting) => {
    expect(check(`${greeting}${BODY}`, { to: "Priya Raman" })).toEqual([]);
  });
  it("while a wrong surname after the first name is still wrong", () => {
    expect(check(`Dear Priya Sharma,${BODY}`, { to: "Priya Raman" })).toHaveLength(1);
  });
});

