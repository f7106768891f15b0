import { describe, expect, it } from "vitest";
import { findPerson, greetingExcerpt, greetingNames, matchName, maxNameEdits, nameForms, nameWords } from "../../src/text/names.js";

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
