import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/spelling.js";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import { interview, makeContext } from "../helpers/context.js";
import good from "../fixtures/notes/good.json" with { type: "json" };

const check = (text: string, options = {}) => rule.check(makeContext(text, options));
const flagged = (text: string, options = {}) => check(text, options).map((f) => f.message.match(/"([^"]+)"/)?.[1]);

describe("spelling", () => {
  it.each([
    ["I look forward to hearing from you once you recieve the template.", "recieve", "receive"],
    ["I am definately interested in the role.", "definately", "definitely"],
    ["Thank you for the oppurtunity to meet the team.", "oppurtunity", "opportunity"],
    ["I was truely impressed by the rotation design.", "truely", "truly"],
    ["I hope to acheive the same results on your team.", "acheive", "achieve"],
    ["The staging enviroment you described sounds familiar.", "enviroment", "environment"],
    ["I admired how the engineers shared thier runbooks.", "thier", "their"],
    ["I dont think the migration will be hard.", "dont", "don't"],
    ["The outage occured during peak season.", "occured", "occurred"],
    ["We stoped paging people for warnings.", "stoped", "stopped"],
    ["I'm excitied about the dispatch work.", "excitied", "excited"],
  ])("flags %j", (text, word, suggestion) => {
    const findings = check(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      `Check the spelling of "${word}" (did you mean "${suggestion}"?). If it is right, add it to your personal words.`,
    );
    expect(findings[0]!.severity).toBe("warning");
    expect(text).toContain(findings[0]!.excerpt);
  });

  it.each([
    // a phrase of another language: two unknown words side by side, one of them no slip from a word
    "My beurre blanc split twice during the trial, which I still regret.",
    "We talked about the dim sum brunch you run on Sundays.",
    // a term the dictionary lacks, whose only neighbour is a rare word with another first letter
    "I kept a shelf of miso and garums going at my last kitchen.",
    // new compounds, derived and prefixed forms of known words, and everyday workplace shorthand
    "Volunteers drifted away after the lockdown, and the Thursday befrienders noticed.",
    "I ran the anticoagulation clinic and moved our team onto the new tech stack.",
    // a unit after its number
    "We used mesh cores with 35 µm and 1 µm windows and sieved at 2 mm.",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("still flags a typo after a number when it is a word, not a unit", () => {
    expect(flagged("I ran 3 recieving docks on nights.")).toEqual(["recieving"]);
  });

  it("still flags two typos side by side, each one slip from a word", () => {
    expect(flagged("I realy apreciate the time you took.")).toEqual(["realy", "apreciate"]);
  });

  it("flags a capitalised sentence opener only as a near miss, keeping its case", () => {
    const [f] = check("Hi Priya,\n\nThier approach to paging was clever. Best,\nAlex");
    expect(f?.message).toContain(`"Thier" (did you mean "Their"?)`);
  });

  it("reports each distinct word once, and typos inside hyphenated words and possessives", () => {
    expect(flagged("I recieve a lot. You recieve a lot too. Our folow-up and the comittee's notes.")).toEqual([
      "recieve",
      "folow-up",
      "comittee's",
    ]);
  });

  it.each([
    "I'd love to help, and you're right that we don't need another tool.",
    "Northwind's dispatch incidents are a great follow-up topic for the on-call team.",
    "We ran Kubernetes, set OKRs and shipped an API for iOS in 2026, e.g. for Q4.",
    "I'd prioritise the colour-coded dashboard and organise the backlog; I realised it helps.",
    "I'd prioritize the color-coded dashboard and organize the backlog.",
    "Onboarding, postmortems, roadmaps, standups and the devops backend/frontend split came up.",
    "My teammates at the startup emailed me about the hackathon and our microservices.",
    "Reach me at alex.chen@candidate.example or https://alex.example/{slug}/portfolio or @alexchen.",
    "I attached postmortem-template.pdf and notes_v2.docx.",
    "Sunita and Marguerite from Fernhill said hello. Grafana dashboards helped.",
    "Our learnings from the rebookings and walkthroughs were timeboxed.",
    "It's a well-known, high-impact, self-starter kind of co-founder role, i.e. a 24-hour job.",
    "Best regards,\nAlex Chen",
    "I loved geeking out over your dashboarding setup, and I've since googled the whiteboarded diagram.",
    "We reprioritised the backlog, deprioritized two epics and onboarded three upskilling cohorts.",
    "Thanks,\nKasia",
  ])("is silent on %j", (text) => {
    expect(check(text)).toEqual([]);
  });

  it("accepts words from the facts and the personal word list", () => {
    expect(check("The dispatch migration used terraformm modules.")).toHaveLength(1);
    const settings = { ...DEFAULT_SETTINGS, personalWords: ["terraformm"] };
    expect(check("The dispatch migration used terraformm modules.", { settings })).toEqual([]);
    // "prioritisation" and "HealthTech" come from another interview's facts.
    expect(check("the healthtech roadmap prioritisation example")).toEqual([]);
  });

  it("does not flag names at the start of a sentence or a sign-off", () => {
    expect(check("Priyanka mentioned the rotation. Alex Chen")).toEqual([]);
    expect(check("Thanks again,\nAlec")).toEqual([]);
    expect(check("I met Dr. Brandt and Ms. Kellen on the team.")).toEqual([]);
  });

  it("is silent on every good note", () => {
    for (const n of good) {
      const findings = check(n.text, { interviewId: n.interview, to: n.to, note: { subject: n.subject, attachments: n.attachments ?? [] } });
      expect(findings, n.text.slice(0, 40)).toEqual([]);
    }
  });
});

describe("spelling: notes not in English", () => {
  it("leaves a note in another language alone rather than flag every word", () => {
    const german =
      "Hallo Priya,\n\nvielen Dank für das angenehme Gespräch heute über die Umgestaltung der Rufbereitschaft. Ich freue mich sehr auf die nächsten Schritte und würde gerne mit Ihrem Team zusammenarbeiten.\n\nViele Grüße\nAlex";
    expect(rule.check(makeContext(german))).toEqual([]);
  });

  it("still checks an English note with a few typos", () => {
    const text = "Hi Priya,\n\nThank you for the conversation about the rotation. I definately enjoyed it and I recieve your points about handovers and the team.\n\nBest,\nAlex";
    expect(rule.check(makeContext(text)).map((f) => f.excerpt)).toHaveLength(2);
  });
});

describe("spelling: loan phrases and coined words", () => {
  it("accepts Latin and French phrases of everyday English, but only as whole phrases", () => {
    expect(flagged("The backlog is not a blocker per se, and the ad hoc fixes kept the status quo for a while, and vice versa.")).toEqual([]);
    expect(flagged("My bona fide interest in the role is a fait accompli, and I would say that in situ.")).toEqual([]);
    expect(flagged("I liked the hoc approach you described.")).toEqual(["hoc"]);
  });

  it("flags a typo of a word coined with a productive suffix, and leaves the coined word alone", () => {
    expect(check("I care a lot about explainabilty in the alerts we write.")[0]?.message).toContain('did you mean "explainability"');
    expect(flagged("I care a lot about explainability in the alerts we write.")).toEqual([]);
  });
});

describe("everyday words of care, teaching and trades, and a phone note's lower-case months", () => {
  it("accepts them", () => {
    expect(flagged("Hi Priya,\n\nI ran the barcode hotline post-op, and i can start in january or on a monday.\n\nBest,\nAlex")).toEqual([]);
  });
  it("still flags a slip among them", () => {
    expect(flagged("Hi Priya,\n\nI ran the barcode hotlien and can start in january.\n\nBest,\nAlex")).toEqual(["hotlien"]);
  });
});

describe("the writer's own name under the note", () => {
  it("is not judged, typed in lower case or run on to the last sentence", () => {
    expect(flagged("hi priya\n\nthanks for walking me through the rota, i really want this job\n\ncheers\nkez")).toEqual([]);
    expect(flagged("hi priya thanks for walking me through the rota i really want this job hope we talk soon kez")).toEqual([]);
  });
  it("a slip in the sign-off itself still is", () => {
    expect(flagged("Hi Priya,\n\nThanks for walking me through the rota.\n\nKind regrads,\nAlex")).toEqual(["regrads"]);
    expect(flagged("Hi Priya,\n\nThanks for walking me through the rota.\n\nYours sincerly\nAlex Chen")).toEqual(["sincerly"]);
    expect(flagged("Hi Priya,\n\nThanks for walking me through the rota.\n\nWarm wishs,\nAlex")).toEqual(["wishs"]);
  });
  it("a sign-off in the writer's own language is not, unless it is a slip of an English one", () => {
    const note = (signOff: string) => `Hi Priya,\n\nThanks for walking me through the rota and the handover checklist.\n\n${signOff}\nAlex Moreau`;
    for (const signOff of ["Cordiali saluti,", "Met vriendelijke groet,", "Saludos cordiales,", "Pozdrawiam serdecznie,", "Srdačan pozdrav", "Vänliga hälsningar,", "Un abrazo,"]) {
      expect(flagged(note(signOff)), signOff).toEqual([]);
    }
    // Only the short closing line: the same words in the body are read as prose.
    expect(flagged("Hi Priya,\n\nThanks for walking me through the rota; the handover groet was useful.\n\nBest,\nAlex")).toEqual(["groet"]);
  });
});

describe("workplace words the word list lacks", () => {
  it.each(["the comms team", "a short readme", "the reqs we discussed", "the admin side", "our kanban board", "the mockups", "her meds round", "the daily checkin", "the threat intel team", "a crowd watching lol"])("%j is not flagged", (phrase) => {
    expect(flagged(`Hi Priya,\n\nThanks for walking me through ${phrase} and the rota.\n\nBest,\nAlex`)).toEqual([]);
  });
});

describe("titles typed in lower case", () => {
  it("are not misspellings", () => {
    expect(flagged("hi mr okafor, just wondering if there is any news on the rota role? thanks, alex")).toEqual([]);
    expect(flagged("dear dr raman and mrs kowalski, thanks for the rota chat. alex")).toEqual([]);
  });
});

describe("what a slip cannot be told from", () => {
  it("a two-letter word no list holds is an abbreviation or another language, not a slip", () => {
    expect(flagged("Hi Priya,\n\nI would bring that calm as an FO on the rota, or as a fo on nights.\n\nE se gan ni,\nAlex")).toEqual([]);
  });
  it("in a note typed without capitals, only a slip of a common word is flagged (names come lower case too)", () => {
    expect(flagged("hi priya thanks for the rota chat i fly the seneca most weekends and i recieve the roster on fridays thanks alex")).toEqual(["recieve"]);
  });
  it("a name with a particle opens a line as a name", () => {
    expect(flagged("Hi Priya,\n\nHere are my two references:\n- Jan de Boer, Leeuwarden\n- Ana da Silva, Porto\n\nBest,\nAlex")).toEqual([]);
  });
  it("a British spelling SCOWL files among its rarer variants is a word", () => {
    expect(flagged("Hi Priya,\n\nI rebuilt an old moped with my grandad over two summers.\n\nBest,\nAlex")).toEqual([]);
  });
});

describe("words of the facts and of science", () => {
  it("a word the facts clip is known in the singular too", () => {
    const iv = { ...interview("northwind-sre"), concerns: ["never managed team of 4+ somms"] };
    expect(flagged("Hi Priya,\n\nI've trained every junior somm we hired for four years.\n\nBest,\nAlex", { interview: iv })).toEqual([]);
    expect(flagged("Hi Priya,\n\nI've trained every junior somm we hired for four years.\n\nBest,\nAlex")).toEqual(["somm"]);
  });
  it("a species written with its genus initial is a name", () => {
    expect(flagged("Hi Priya,\n\nThe kids queuing to hold the T. rex tooth cast made my day.\n\nBest,\nAlex")).toEqual([]);
    expect(flagged("Hi Priya,\n\nThe kids queuing to hold the T. rex tooth cast made my dya.\n\nBest,\nAlex")).toEqual(["dya"]);
  });
});

describe("a greeting in another language", () => {
  it("is not judged word by word", () => {
    expect(flagged("Kia ora Priya,\n\nThank you for the walk through the on-call rotation.\n\nBest,\nAlex")).toEqual([]);
    expect(flagged("Kia ora Priya,\n\nThank you for the walk through the on-call rotaton.\n\nBest,\nAlex")).toEqual(["rotaton"]);
    // a greeting that runs on into the note is read like the note
    expect(flagged("hey priya thanks for teh tour today, the rota was great\n\nbest,\nalex")).toEqual(["teh"]);
  });
});

describe("a phrase of another language in an English sentence", () => {
  it("is three unknown words side by side, however near each is to a word", () => {
    expect(flagged("Hi Priya,\n\nDiolch yn fawr for this morning and the tour of the new CT suite.\n\nBest,\nAlex")).toEqual([]);
    expect(flagged("Hi Priya,\n\nThank you for teh tour of the new CT suite.\n\nBest,\nAlex")).toEqual(["teh"]);
  });
});

describe("terms of another language or field", () => {
  it("a term in quotation marks is named, not used", () => {
    expect(flagged("Hi Priya,\n\nYour point that every 'velayet' must become the right kind of custody stayed with me, and I added a note on “hisseli tapu”.\n\nBest,\nAlex")).toEqual([]);
    expect(flagged("Hi Priya,\n\nI don't think the recieve step is hard, and the team's rota is 'very well run'.\n\nBest,\nAlex")).toEqual(["recieve"]);
  });
  it("a word with letters no English keyboard types is another language's", () => {
    expect(flagged("Hi Priya,\n\nI have translated birth records from the nüfus registry for years.\n\nBest,\nAlex")).toEqual([]);
    expect(flagged("Hi Priya,\n\nI can’t wait to recieve the rota.\n\nBest,\nAlex")).toEqual(["recieve"]);
  });
});

