import { describe, expect, it } from "vitest";
import { matchInterview } from "../src/match.js";
import { FACTS, interview } from "./helpers/context.js";
import { makeParsed } from "./helpers/message.js";

const at = new Date("2026-11-18T12:00:00Z");
const note = (text: string, subject = "Thank you") => {
  const greeting = text.split("\n", 1)[0]!;
  return makeParsed({ note: { text, greeting: /,$/.test(greeting) ? greeting : null, subject } }).note;
};

describe("matchInterview", () => {
  it("takes the +tag first, even when the recipients point elsewhere", () => {
    const m = matchInterview(FACTS.interviews, note("Hi Amara,\n\nThanks."), ["priya.raman@northwind.example"], "contoso-pm", at);
    expect(m).toMatchObject({ matchedBy: "tag", interview: { id: "contoso-pm" } });
  });

  it("falls through an unknown tag to the recipients", () => {
    const m = matchInterview(FACTS.interviews, note("Hi Priya,\n\nThanks."), ["priya.raman@northwind.example"], "no-such-id", at);
    expect(m).toMatchObject({ matchedBy: "recipients", interview: { id: "northwind-sre" }, addressee: { name: "Priya Raman" } });
  });

  it("matches recipient addresses case-insensitively and lists every panel recipient", () => {
    const m = matchInterview(FACTS.interviews, note("Hi both,\n\nThanks."), ["priya.raman@northwind.example", "tomasz.kowalski@northwind.example"], null, at);
    expect(m.interview?.id).toBe("northwind-sre");
    expect(m.recipients.map((p) => p.name)).toEqual(["Priya Raman", "Tomasz Kowalski-Nowak"]);
    expect(m.addressee).toBeNull();
  });

  it("with two recipients, takes the greeted one as the addressee", () => {
    const m = matchInterview(FACTS.interviews, note("Hi Tomasz,\n\nThanks."), ["priya.raman@northwind.example", "tomasz.kowalski@northwind.example"], null, at);
    expect(m.addressee?.name).toBe("Tomasz Kowalski-Nowak");
  });

  it("matches by the greeted interviewer's name when there is no address", () => {
    const m = matchInterview(FACTS.interviews, note("Dear Dr. Okafor,\n\nThank you for Thursday."), [], null, at);
    expect(m).toMatchObject({ matchedBy: "names", interview: { id: "contoso-pm" }, addressee: { name: "Dr. Amara Okafor" } });
  });

  it("matches a greeting without accents to an accented name", () => {
    const m = matchInterview(FACTS.interviews, note("Hi Jose,\n\nThanks for the chat."), [], null, at);
    expect(m).toMatchObject({ matchedBy: "names", addressee: { name: "José Álvarez" } });
  });

  it("matches by a company name or alias in the text", () => {
    const m = matchInterview(FACTS.interviews, note("Hello,\n\nI enjoyed learning how Contoso approaches scheduling."), [], null, at);
    expect(m).toMatchObject({ matchedBy: "names", interview: { id: "contoso-pm" }, addressee: null });
  });

  it("stays unmatched when names and companies point to more than one interview", () => {
    const m = matchInterview(FACTS.interviews, note("Hello,\n\nI compared Northwind and Contoso."), [], null, at);
    expect(m).toMatchObject({ matchedBy: "none", interview: null });
  });

  it("stays unmatched when nothing points anywhere", () => {
    expect(matchInterview(FACTS.interviews, note("Hi Sam,\n\nThanks for the chat."), ["sam@elsewhere.example"], null, at).interview).toBeNull();
  });

  it("prefers the interview that ended most recently before the note when an interviewer sat on two", () => {
    const first = interview("northwind-sre");
    const second = { ...first, id: "northwind-sre-final", start: "2026-11-25T13:00:00-05:00", end: "2026-11-25T15:00:00-05:00" };
    const m = matchInterview([first, second], note("Hi Priya,"), ["priya.raman@northwind.example"], null, new Date("2026-11-26T10:00:00Z"));
    expect(m.interview?.id).toBe("northwind-sre-final");
    const early = matchInterview([first, second], note("Hi Priya,"), ["priya.raman@northwind.example"], null, new Date("2026-11-18T10:00:00Z"));
    expect(early.interview?.id).toBe("northwind-sre");
  });
});
