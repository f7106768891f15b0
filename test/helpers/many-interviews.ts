/**
 * A store's worth of distinct interviews for scale tests: every one with its own company, its
 * own interviewers (names and addresses) and its own day, the newest first, all before the
 * fixture interview northwind-sre (2026-11-17).
 */
import type { Interview } from "../../src/types.js";

const FIRST = ["Ada", "Bram", "Cleo", "Dario", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kemal", "Lena", "Milo", "Nadia", "Oskar", "Pia", "Quinn", "Rafa", "Sanne", "Teo"];
const LAST = ["Abara", "Brandt", "Castell", "Duval", "Eriksen", "Falk", "Gallo", "Holm", "Ivers", "Janek", "Kaur", "Lindqvist", "Moreau", "Novak", "Okonjo", "Petrov", "Quist", "Rinaldi", "Sato", "Tamm"];
const DAY_MS = 24 * 3600 * 1000;
/** The day before the fixture interview: generated interview i is i days before it. */
const NEWEST_START = Date.parse("2026-11-16T14:00:00Z");

/** Interview `i` of a generated store (0 is the newest). */
export function generatedInterview(i: number): Interview {
  const start = new Date(NEWEST_START - i * DAY_MS);
  const end = new Date(start.getTime() + 3600 * 1000);
  const person = (k: number) => {
    const n = i * 2 + k;
    const first = FIRST[n % FIRST.length]!;
    // A first name, a surname and, past the 400 pairs of those, a second surname: no two alike among the first 4,000 interviews.
    const pairs = FIRST.length * LAST.length;
    const last = `${LAST[Math.floor(n / FIRST.length) % LAST.length]!}${n >= pairs ? `-${LAST[Math.floor(n / pairs) % LAST.length]!}` : ""}`;
    return { name: `${first} ${last}`, email: `${first}.${last}.${i}@firm${i}.example`.toLowerCase(), topics: [`the ${i}th migration`], requests: [] };
  };
  return {
    id: `firm-${String(i).padStart(4, "0")}`,
    company: `Firm${i} Holdings`,
    companyAliases: [`Firm${i}`],
    role: "Platform Engineer",
    start: start.toISOString(),
    end: end.toISOString(),
    interviewers: [person(0), person(1)],
    topics: ["deploy pipeline"],
    requests: [],
    concerns: [],
    news: [],
    decisionBy: null,
    sendBy: null,
  };
}

/** Interviews 0 … count-1. */
export const generatedInterviews = (count: number): Interview[] => Array.from({ length: count }, (_, i) => generatedInterview(i));
