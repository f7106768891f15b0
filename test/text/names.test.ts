import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPerson, firstSentence, greetingExcerpt, greetingNames, matchName, maxNameEdits, nameForms, nameWords } from "../../src/text/names.js";

const priya = { name: "Priya Raman" };
const tomasz = { name: "Tomasz Kowalski-Nowak" };
const jose = { name: "José Álvarez" };
const amara = { name: "Dr. Amara Okafor" };
const people = [priya, tomasz, jose, amara];

describe("greetingNames", () => {
  it.each<[string, string[]]>([
    ["Hi Priya,", ["Priya"]],
    ["Dear Dr. Okafor,", ["Okafor"]],
    ["Hello Ms. Raman and Mr. Kowalski-Nowak,", ["Raman", "Kowalski-Nowak"]],
    ["Hi Priya and Tomasz,", ["Priya", "Tomasz"]],
    ["Hi Priya, Tomasz & José,", ["Priya", "Tomasz", "José"]],
    ["Dear Hiring Manager,", []],
    ["Hi all,", []],
    ["Hello team,", []],
    ["Good morning,", []],
    ["Hi there!", []],
    ["Dear Sir or Madam,", []],
    ["Dear Sir/Madam,", []],
    ["To whom it may concern,", []],
    ["Priya,", ["Priya"]],
    ["Hi José Álvarez,", ["José Álvarez"]],
    ["Good morning Priya and team,", ["Priya"]],
    ["Hi Priya, I hope you had a good weekend.", ["Priya"]],
    ["Hi Priya. Thanks again", ["Priya"]],
    ["hi priya,", ["priya"]],
    ["Dear Ana de la Cruz,", ["Ana de la Cruz"]],
    ["Dear Northwind Logistics team,", []],
    // a salutation of another language, then the name
    ["Kia ora Mere,", ["Mere"]],
    // the full stop of any title's abbreviation ends no sentence
    ["Good evening Engr. Okonjo,", ["Okonjo"]],
    ["Dear Hon. Raman and Smt. Iyer,", ["Raman", "Iyer"]],
    ["Hello to the whole team,", []],
  ])("%j → %j", (greeting, names) => {
    expect(greetingNames(greeting)).toEqual(names);
  });
});

describe("nameForms and nameWords", () => {
  it("lists first name, surname parts, full surname and full name, without titles", () => {
    expect(nameForms(tomasz).map((f) => f.text)).toEqual(["Tomasz", "Tomasz Kowalski-Nowak", "Kowalski-Nowak", "Kowalski", "Nowak"]);
    expect(nameWords(amara)).toEqual(["Amara", "Okafor"]);
    expect(nameForms(jose).map((f) => f.folded)).toContain("jose alvarez");
  });
});

describe("matchName", () => {
  it.each<[string, { name: string }]>([
    ["Priya", priya],
    ["Raman", priya],
    ["Priya Raman", priya],
    ["Ms. Raman", priya],
    ["Priya's", priya],
    ["Kowalski", tomasz],
    ["Nowak", tomasz],
    ["Kowalski-Nowak", tomasz],
    ["Mr. Kowalski-Nowak", tomasz],
    ["Jose", jose],
    ["ALVAREZ", jose],
    ["jose alvarez", jose],
    ["Dr. Okafor", amara],
    ["Amara", amara],
    // Nicknames: a clear shortening, or a common pairing.
    ["Tom", tomasz],
    ["Tomek", tomasz],
    ["Bob", { name: "Robert Smith" }],
    ["Alex", { name: "Alexander Petrov" }],
  ])("%j is exactly %j", (written, person) => {
    expect(matchName(written, person)).toBe("exact");
  });

  it.each<[string, { name: string }]>([
    ["Pryia", priya],
    ["Prya", priya],
    ["Tomas", tomasz],
    ["Kowalsky", tomasz],
    ["Kowalsky-Nowek", tomasz],
    ["Alvares", jose],
    ["Okafer", amara],
  ])("%j is a misspelling of %j", (written, person) => {
    expect(matchName(written, person)).toBe("close");
  });

  it.each<[string, { name: string }]>([
    ["Sarah", priya],
    ["Tomasz", priya],
    ["Tim", { name: "Tom Baker" }],
    ["Amy", { name: "Ann Lee" }],
    ["Dr.", amara],
    ["", priya],
  ])("%j is not %j", (written, person) => {
    expect(matchName(written, person)).toBeNull();
  });

  it("allows more edits for longer names", () => {
    expect([3, 4, 5, 7, 8, 14].map(maxNameEdits)).toEqual([0, 1, 1, 1, 2, 2]);
  });
});

describe("findPerson", () => {
  it("prefers an exact match over a close one", () => {
    const tomas = { name: "Tomas Berg" };
    expect(findPerson("Tomas", [tomasz, tomas])).toEqual({ person: tomas, match: "exact" });
    expect(findPerson("Tomas", [tomasz, priya])).toEqual({ person: tomasz, match: "close" });
  });

  it("finds by surname, title or accent-free spelling", () => {
    expect(findPerson("Dr. Okafor", people)).toEqual({ person: amara, match: "exact" });
    expect(findPerson("Alvarez", people)?.person).toBe(jose);
  });

  it("returns null when nobody matches or two people match equally", () => {
    expect(findPerson("Sarah", people)).toBeNull();
    expect(findPerson("Priya", [priya, { name: "Priya Shah" }])).toBeNull();
  });
});

describe("greetingExcerpt", () => {
  it("quotes the greeting line as written, or nothing", () => {
    expect(greetingExcerpt({ text: "Dear Dr. Okafor,\n\nThanks.", greeting: "Dear Dr. Okafor," })).toBe("Dear Dr. Okafor,");
    expect(greetingExcerpt({ text: "Thanks.", greeting: null })).toBe("");
  });
});

describe("firstSentence", () => {
  /** The pattern the reader replaced, with the titles as it wrote them: its answers are the reader's. */
  const TITLES = String.raw`mr|mrs|ms|miss|mx|dr|doctor|prof|professor|sir|madam|madame|ma['’]?am|dame|rev|reverend|pastor|father|sister|mme|mlle|herr|frau|sr|sra|srta|principal|coach|chef|judge|capt|captain|officer|superintendent|respected|esteemed|hon|honou?rable|lt|lieut|lieutenant|sgt|sergeant|cpl|corporal|col|colonel|maj|major|cmdr|commander|det|detective|insp|inspector|chief|rabbi|imam|khun|ibu|bapak|shri|smt|shrimati|alhaji|alhaja|engr|w/ro|meneer|mevrouw|mevr|pani|doña|signor|signora|senhor|senhora|sheikh|shaikh|ustadh|ustaz|st|fr`;
  const GREETING_END = new RegExp(String.raw`(?<!\b(?:${TITLES}))[.!?](?:\s|$)`, "i");

  it("ends at the first full stop that ends no title", () => {
    expect(firstSentence("Dr. Okafor. Thanks for today")).toBe("Dr. Okafor");
    expect(firstSentence("Ms. Raman and St. Clair! More")).toBe("Ms. Raman and St. Clair");
    expect(firstSentence("Walter thanks for today")).toBe("Walter thanks for today");
    expect(firstSentence("Ma\u2019am. Hello")).toBe("Ma\u2019am. Hello");
  });

  it("answers as the pattern did, for any text of titles, names and marks", () => {
    const pieces = ["Dr", "dr", "DR", "Mr", "mrs", "St", "fr", "Ma'am", "ma\u2019am", "maam", "Honourable", "honorable", "Do\u00f1a", "DO\u00d1A", "W/ro", "\u017ft", "\u212ar", "Priya", "Adr", "Mr_", "3dr", "Raman", "x", ""];
    const marks = [".", "!", "?", ". ", "! ", "? ", ".\n", " ", "  ", "-", ",", "\u00a0", ".."];
    const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...marks)), { maxLength: 8 }).map((parts) => parts.map(([p, m]) => p + m).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(firstSentence(t), JSON.stringify(t)).toBe(t.split(GREETING_END)[0]);
      }),
      { numRuns: 30_000 },
    );
  });
});
