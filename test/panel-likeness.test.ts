import { describe, expect, it } from "vitest";
import { comparePanelNotes, likenessOf, OVERLAP_SIMILARITY } from "../src/panel-likeness.js";
import { DUPLICATE_SIMILARITY } from "../src/rules/duplicate-note.js";
import { fingerprint } from "../src/text/fingerprint.js";
import { tokenize } from "../src/text/tokens.js";
import type { Interview, SendRecord } from "../src/types.js";
import { interview } from "./helpers/context.js";

const PANEL: Interview = { ...interview("northwind-sre"), decisionBy: "2026-11-27", recruiter: { name: "Dana Whitfield", email: "dana@agency.example" } };

const NAMES = new Set(["priya", "raman", "tomasz", "kowalski", "nowak", "jose", "alvarez", "alex"]);
const print = (text: string) => fingerprint(tokenize(text), NAMES);

const TEMPLATE = (name: string) =>
  `Hi ${name},\n\nThank you for taking the time to meet with me today. I really enjoyed learning about the on-call rotation redesign and the way your team approaches reliability. I am confident my experience running incident response at scale would help the team, and I am very excited about the opportunity.\n\nBest,\nAlex`;

const OWN_NOTE =
  "Dear José,\n\nYour question about capacity planning for peak season made me revisit how we load-tested before every holiday spike at Fernhill. I sketched how the dispatch service could shed load gracefully, and would be glad to walk through it.\n\nKind regards,\nAlex";

/** Two of the template's sentences copied into a note that is otherwise its own. */
const PARTLY_COPIED =
  "Hi Tomasz,\n\nI keep thinking about the migration of the dispatch service to Kubernetes you described. I really enjoyed learning about the on-call rotation redesign and the way your team approaches reliability. I am confident my experience running incident response at scale would help the team. At Fernhill we moved forty services in two quarters with a canary per team.\n\nBest,\nAlex";

let sequence = 0;
function send(to: keyof typeof ADDRESSES, sentAt: string, print: number[], extra: Partial<SendRecord> = {}): SendRecord {
  const [name, address] = ADDRESSES[to];
  return { interviewId: PANEL.id, messageId: `<m${++sequence}@candidate.example>`, sentAt, recipients: [address], interviewers: name ? [name] : [], subject: "Thank you", fingerprint: print, ...extra };
}
const ADDRESSES = {
  priya: ["Priya Raman", "priya.raman@northwind.example"],
  tomasz: ["Tomasz Kowalski-Nowak", "tomasz.kowalski@northwind.example"],
  jose: ["José Álvarez", "jose.alvarez@northwind.example"],
  dana: ["", "dana@agency.example"],
} as const;

describe("likenessOf", () => {
  it("uses the duplicate-note rule's threshold for the same note", () => {
    expect(likenessOf(DUPLICATE_SIMILARITY)).toBe("same");
    expect(likenessOf(DUPLICATE_SIMILARITY - 0.01)).toBe("overlapping");
    expect(likenessOf(OVERLAP_SIMILARITY)).toBe("overlapping");
    expect(likenessOf(OVERLAP_SIMILARITY - 0.01)).toBe("distinct");
  });
});

describe("comparePanelNotes", () => {
  it("compares every pair of notes to different panel members, most alike first", () => {
    const toPriya = send("priya", "2026-11-17T22:30:00Z", print(TEMPLATE("Priya")));
    const toTomasz = send("tomasz", "2026-11-17T22:40:00Z", print(TEMPLATE("Tomasz")));
    const toJose = send("jose", "2026-11-17T23:00:00Z", print(OWN_NOTE));
    const { notes, pairs, uncompared } = comparePanelNotes(PANEL, [toJose, toTomasz, toPriya]);
    expect(notes).toEqual([toPriya, toTomasz, toJose]);
    expect(uncompared).toEqual([]);
    expect(pairs.map((p) => [p.first.interviewers[0], p.second.interviewers[0], p.likeness])).toEqual([
      ["Priya Raman", "Tomasz Kowalski-Nowak", "same"],
      ["Priya Raman", "José Álvarez", "distinct"],
      ["Tomasz Kowalski-Nowak", "José Álvarez", "distinct"],
    ]);
    // Names aside the template is word for word the same note.
    expect(pairs[0]!.similarity).toBe(1);
    expect(pairs[1]!.similarity).toBeLessThan(OVERLAP_SIMILARITY);
  });

  it("tells passages copied into an otherwise new note from the same note", () => {
    const [pair] = comparePanelNotes(PANEL, [send("priya", "2026-11-17T22:30:00Z", print(TEMPLATE("Priya"))), send("tomasz", "2026-11-17T22:40:00Z", print(PARTLY_COPIED))]).pairs;
    expect(pair!.likeness).toBe("overlapping");
  });

  it("does not compare a note with one sent again to the same person", () => {
    const first = send("priya", "2026-11-17T22:30:00Z", print(TEMPLATE("Priya")));
    const again = send("priya", "2026-11-18T10:00:00Z", print(TEMPLATE("Priya")));
    // The second copy went to Priya's address only: the address alone makes it the same person.
    const byAddress = { ...send("priya", "2026-11-18T11:00:00Z", print(OWN_NOTE)), interviewers: [] };
    expect(comparePanelNotes(PANEL, [first, again, byAddress]).pairs).toEqual([]);
  });

  it("lists notes entered by hand or too short to fingerprint as not compared, rather than as distinct", () => {
    const toPriya = send("priya", "2026-11-17T22:30:00Z", print(TEMPLATE("Priya")));
    const byHand = send("tomasz", "2026-11-17T23:00:00Z", [], { enteredByHand: true });
    const short = send("jose", "2026-11-17T23:10:00Z", print("Thanks José!"));
    const { pairs, uncompared } = comparePanelNotes(PANEL, [toPriya, byHand, short]);
    expect(pairs).toEqual([]);
    expect(uncompared).toEqual([
      { send: byHand, why: "entered by hand" },
      { send: short, why: "too short" },
    ]);
  });

  it("leaves out check-ins after the decision date and notes to the recruiter", () => {
    const toPriya = send("priya", "2026-11-17T22:30:00Z", print(TEMPLATE("Priya")));
    const checkIn = send("tomasz", "2026-11-30T15:00:00Z", print(TEMPLATE("Tomasz")));
    const toRecruiter = send("dana", "2026-11-18T15:00:00Z", print(TEMPLATE("Dana")));
    const { notes, pairs } = comparePanelNotes(PANEL, [toPriya, checkIn, toRecruiter]);
    expect(notes).toEqual([toPriya]);
    expect(pairs).toEqual([]);
  });
});
