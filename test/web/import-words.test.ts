/**
 * An import in words: each problem of a refused file named by the file's own data (the
 * interview's company and role, the interviewer's place and name), never by a field path; and
 * what a finished import changed, counted.
 */
import { describe, expect, it } from "vitest";
import { importSummary } from "../../src/web/import-words.js";
import { parseJson, planImport, type ImportResult } from "../../src/web/transfer.js";
import facts from "../fixtures/facts.json";
import { SAMPLE_SEND } from "../helpers/send-record.js";

const [northwind, contoso] = facts.interviews as [(typeof facts.interviews)[0], (typeof facts.interviews)[0]];
const NORTHWIND = "Northwind Logistics, Senior Site Reliability Engineer";

/** The words of a file that must be refused. */
function words(input: unknown, known: ReadonlySet<string> = new Set()): string[] {
  const result = planImport(input, known);
  expect(result.ok).toBe(false);
  return (result as Extract<ImportResult, { ok: false }>).problems.map((p) => p.words);
}

const withInterviewer = (index: number, change: object) => ({ ...northwind, interviewers: northwind.interviewers.map((p, i) => (i === index ? { ...p, ...change } : p)) });

describe("a refused file's problems in words", () => {
  it("names the interview by company and role and the interviewer by place and name", () => {
    expect(words({ interviews: [withInterviewer(1, { email: "tomasz@" })] })).toEqual([`${NORTHWIND}, interviewer 2 (Tomasz Kowalski-Nowak): the email “tomasz@” is not an address`]);
    expect(words({ interviews: [northwind, { ...withInterviewer(2, { name: " " }), id: "northwind-sre-2" }] })).toEqual([
      // Two interviews of one name are told apart by their place in the file; an empty name leaves the interviewer's place alone.
      `${NORTHWIND} (interview 2 in the file), interviewer 3: the name is empty`,
    ]);
  });

  it("falls back on the id, then the place in the file, when company and role are missing or bad", () => {
    const { company: _, role: __, ...nameless } = northwind;
    expect(words({ interviews: [contoso, nameless] })).toEqual(["The interview “northwind-sre”: the company is missing", "The interview “northwind-sre”: the role is missing"]);
    expect(words({ interviews: [contoso, 4] })).toEqual(["Interview 2: it should be an object, not the number 4"]);
  });

  it("says what is wrong with each kind of value, quoting it", () => {
    expect(words({ interviews: [{ ...northwind, id: "Northwind SRE", start: "tomorrow", decisionBy: "soon", topics: ["", 3] }] })).toEqual([
      `${NORTHWIND}: the id “Northwind SRE” can only be 1 to 64 of a-z, 0-9 and -`,
      `${NORTHWIND}: the start “tomorrow” is not a date and time with an offset, like 2026-11-17T13:00:00-05:00`,
      `${NORTHWIND}: topic 1 is empty`,
      `${NORTHWIND}: topic 2 should be text, not the number 3`,
      `${NORTHWIND}: the decision date “soon” must be a date (2026-11-24) or an ISO-8601 date-time with an offset`,
    ]);
    expect(words({ interviews: [{ ...northwind, interviewers: [], role: "r".repeat(201) }] })).toEqual([
      `Northwind Logistics, ${"r".repeat(59)}…: the role is longer than 200 characters`,
      `Northwind Logistics, ${"r".repeat(59)}…: the list of interviewers is empty: it needs at least one entry`,
    ]);
    expect(words({ interviews: [{ ...northwind, end: "2026-11-17T12:00:00-05:00" }] })).toEqual([
      `${NORTHWIND}: the end “2026-11-17T12:00:00-05:00” is not after the start “2026-11-17T13:00:00-05:00”`,
    ]);
  });

  it("names a duplicated id's first interview", () => {
    expect(words({ interviews: [northwind, { ...contoso, id: "northwind-sre" }] })).toEqual([
      `Contoso Health, Product Manager, Patient Scheduling: the id “northwind-sre” is also the id of ${NORTHWIND}: each interview needs its own`,
    ]);
  });

  it("names unknown fields, suggesting the field meant", () => {
    expect(words({ interviews: [northwind], send: [] })).toEqual(["The file: “send” (did you mean “sends”?) is not a field a file has"]);
    expect(words({ interviews: [{ ...withInterviewer(0, { emial: "x" }), salary: 1, compnay: "x" }] })).toEqual([
      `${NORTHWIND}, interviewer 1 (Priya Raman): “emial” (did you mean “email”?) is not a field an interviewer has`,
      `${NORTHWIND}: “salary”, “compnay” (did you mean “company”?) are not fields an interview has`,
    ]);
  });

  it("names settings by the settings page's labels and a list's entries by their place", () => {
    expect(words({ interviews: [northwind], settings: { tooEarlyMinutes: 5000, reminders: "yes", ownerAddresses: ["me@mine.example", "nope"], disabledRules: ["no-such-rule"] } })).toEqual([
      "The settings, “Your addresses”: address 2 “nope” is not an address",
      "The settings: “Too early: minutes after the end” is the number 5000: it can be at most 1440",
      "The settings, “Rules turned off”: rule 1 “no-such-rule” is not one the app knows",
      "The settings: “Email reminders” should be true or false, not the text “yes”",
    ]);
  });

  it("names a send by its subject and who it went to", () => {
    expect(words({ interviews: [northwind], sends: [{ ...SAMPLE_SEND, sentAt: "x" }] })).toEqual([`Send log entry 1 (“Thank you”, to Priya Raman): the time sent “x” is not a date and time with an offset, like 2026-11-17T13:00:00-05:00`]);
    expect(words({ interviews: [northwind], sends: [SAMPLE_SEND, { ...SAMPLE_SEND, interviewId: "ghost" }] })).toEqual([
      "Send log entry 2 (“Thank you”, to Priya Raman): it is for the interview “ghost”, which is neither in this file nor saved",
    ]);
  });

  it("says what is wrong with the file as a whole", () => {
    expect(words({})).toEqual(["The file: the list of interviews is missing"]);
    expect(words([])).toEqual(["The file: it should be an object, not a list"]);
    expect(words({ interviews: [northwind], sends: {} })).toEqual(["The file: the send log should be a list, not an object"]);
    const notJson = parseJson('{"interviews": [}');
    expect(notJson.ok).toBe(false);
    expect((notJson as { problems: { words: string }[] }).problems[0]!.words).toMatch(/^The file is not JSON the app can read \(.+\): choose a file exported from this app's settings page$/);
    expect((parseJson("  ") as { problems: { words: string }[] }).problems[0]!.words).toBe("No file was chosen, or the file is empty");
  });

  it("never names a field by its path", () => {
    const bad = { interviews: [{ ...withInterviewer(1, { email: "x", nick: 1 }), topics: [1] }, 3], settings: { foo: 1 }, sends: [{ ...SAMPLE_SEND, extra: 1 }] };
    for (const sentence of words(bad)) expect(sentence).not.toMatch(/\w\[\d+\]|\.\w+:|interviews\b(?! in)|\(top level\)/);
  });
});

describe("importSummary", () => {
  const none = { added: [], replaced: [], unchanged: [], sendsLogged: 0, sendsAlreadyLogged: 0, settings: null };
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `i-${i}`);

  it("counts interviews added, replaced and unchanged, and sends logged", () => {
    expect(importSummary({ ...none, added: ids(3), replaced: ids(1), sendsLogged: 12 })).toBe("3 interviews added, 1 replaced, 12 sends logged.");
    expect(importSummary({ ...none, replaced: ids(1), unchanged: ids(2), sendsLogged: 1, sendsAlreadyLogged: 4, settings: "replaced" })).toBe(
      "1 interview replaced, 2 unchanged, 1 send logged (4 more in the file were logged already), settings replaced.",
    );
  });

  it("says when an import found everything in place", () => {
    expect(importSummary({ ...none, unchanged: ids(4), sendsAlreadyLogged: 12, settings: "unchanged" })).toBe("4 interviews unchanged, no new sends (the 12 in the file were logged already), settings unchanged.");
    expect(importSummary({ ...none, unchanged: ids(1), sendsAlreadyLogged: 1 })).toBe("1 interview unchanged, no new sends (the one in the file was logged already).");
    expect(importSummary(none)).toBe("No interviews.");
  });
});
