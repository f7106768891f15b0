import { describe, expect, it } from "vitest";
import { stripQuotes } from "../../src/mail/quotes.js";
import { stripSignature } from "../../src/mail/signature.js";

const NOTE = [
  "Hi Priya,",
  "",
  "Thanks again for walking me through the on-call rotation redesign.",
  "From the way you described the pager load, I think my work at Contoso fits.",
  "On Tuesday you mentioned the migration; here is what I wrote:",
  "a short plan for draining nodes before peak season.",
  "",
  "Best regards,",
  "Jordan Lee",
].join("\n");

describe("stripQuotes", () => {
  it("never cuts a real note", () => {
    expect(stripQuotes(NOTE)).toBe(NOTE);
  });

  it.each([
    ["On Mon, Nov 16, 2026 at 9:12 AM Priya Raman <priya@northwind.example> wrote:\n> See you tomorrow."],
    ["On Mon, Nov 16, 2026 at 9:12 AM Priya Raman <priya@northwind.example>\nwrote:\n\n> See you tomorrow."],
    ["Am 16.11.2026 um 09:12 schrieb Priya Raman <priya@northwind.example>:\n> Bis morgen."],
    ["Le lun. 16 nov. 2026 à 09:12, Priya Raman <priya@northwind.example> a écrit :\n> À demain."],
    ["-----Original Message-----\nFrom: Priya Raman\nSent: Monday, November 16, 2026 9:12 AM\nSubject: Tomorrow"],
    ["________________________________\nFrom: Priya Raman <priya@northwind.example>\nSent: Monday, November 16, 2026 9:12 AM\nTo: Jordan Lee\nSubject: Tomorrow\n\nSee you."],
    ["From: Priya Raman [mailto:priya@northwind.example]\nSent: Monday, November 16, 2026 9:12 AM\nTo: Jordan Lee\nSubject: Tomorrow"],
    ["Von: Priya Raman <priya@northwind.example>\nGesendet: Montag, 16. November 2026 09:12\nAn: Jordan Lee\nBetreff: Morgen"],
  ])("drops the quote in %#", (quote) => {
    expect(stripQuotes(`${NOTE}\n\n${quote}`).trimEnd()).toBe(NOTE);
  });

  it("keeps a bottom-posted answer and drops the quote above it", () => {
    const text = "On 11/16/2026 09:12, Priya Raman wrote:\n> Can you send the template?\n\nSure, attached.";
    expect(stripQuotes(text).trim()).toBe("Sure, attached.");
  });

  it("keeps a line that mentions From: in passing", () => {
    const text = "Hi Priya,\nFrom: my notes, the rotation had three tiers.\nTo: be honest, I loved it.";
    expect(stripQuotes(text)).toBe(text);
  });
});

describe("stripSignature", () => {
  it("never cuts the sign-off, the name or a P.S.", () => {
    const text = `${NOTE}\n\nP.S. I attached the template.`;
    expect(stripSignature(text)).toBe(text);
    expect(stripSignature(NOTE)).toBe(NOTE);
  });

  it("keeps a mid-note paragraph that starts like a sign-off", () => {
    const text = "Hi Priya,\n\nThanks again,\nfor the tour of the ops floor.\nIt was the highlight of my day.";
    expect(stripSignature(text)).toBe(text);
  });

  it("drops a '-- ' block, app lines and a contact block after the name", () => {
    const text = `${NOTE}\nSenior SRE | Contoso\n+1 312 555 0147\n\n-- \nJordan Lee\nhttps://jordanlee.example\n\nSent from my iPhone`;
    expect(stripSignature(text).trimEnd()).toBe(NOTE);
  });

  it("drops Outlook's app line", () => {
    expect(stripSignature("Hi Priya,\n\nThank you!\n\nGet Outlook for iOS").trimEnd()).toBe("Hi Priya,\n\nThank you!");
  });
});

describe("a header block with nothing above it", () => {
  it("heads a forward: the note below it stays", () => {
    const text = "From: alex@candidate.example\nSent: Mon, 07 Dec 2026 20:00:00 +0000\nTo: Priya Raman <priya@northwind.example>\nSubject:\n\nPriya – thank you for the rotation chat.\n\nAlex";
    expect(stripQuotes(text)).toBe("Priya – thank you for the rotation chat.\n\nAlex");
  });

  it("below a note, still starts the quoted original", () => {
    const text = "Thanks!\n\nFrom: Priya Raman <priya@northwind.example>\nSent: Monday\nTo: Alex\nSubject: Re: rota\n\nSee you then.";
    expect(stripQuotes(text)).toBe("Thanks!\n");
  });
});
