/**
 * Hostile 100 KB notes: long runs of one character class (ending in another character, which
 * is what makes a backtracking pattern fail late), repeated tokens and lines, lines of words
 * that differ every time, many MIME parts, each as a draft with the checker in Cc and as a
 * forward. The fuzz suite runs them all with a per-input bound; the bench reports the worst
 * (adversarialMaxMs).
 */
import { WORDS } from "../../src/spelling/words.generated.js";
import { GMAIL_FORWARD_HEAD, rawMessage } from "../helpers/raw-message.js";

/** The size the hardening target names: any 100 KB note within 50 ms of pipeline time. */
export const HOSTILE_BYTES = 100 * 1024;

/** One character of each class a text path treats specially. */
export const CHARACTER_RUNS = [" ", "\u00a0", "\t", "\u200b", ".", "!", "-", "_", "*", ",", ":", ">", "<", "[", "(", "|", '"', "'", "a", "A", "1", "é", "😀", "\n", " \n", ">\n"];

/** Tokens and lines a reader of mail or notes matches on, repeated. */
export const REPEATED_UNITS = [
  "a-", "a.", "the ", "Priya ", "rotation ", "ABC ", "Thank you. ", "[Name] ", "well-known ", "http://a.example/ ", "a@b.example ",
  "a <b@c.example> wrote: ", "On Mon, Nov 17, 2026 at 3:00 PM Priya <p@x.example> wrote:\n", "> quoted line\n", "From: x\n",
  "---------- Forwarded message ---------\n", "-- \n", "Best,\n", "Sent from my iPhone\n", "Dear Hiring Manager, ", "<a> ", "a:", "a\n", "Attached, as you asked:\n- ",
];

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/**
 * Lines and sentences of words that differ every time, which no cache of a repeated unit
 * helps with: "W" is a capitalised dictionary word, "w" one in lower case, "T" a capitalised
 * word with two letters swapped (a slip the spelling rule looks up suggestions for).
 */
export const DISTINCT_UNITS = ["w\n", "W\n", "Dear W,\n", "- w\n", "W. ", "T\n"];

/** The dictionary words the placeholders draw from: split out of the 1.1 M-character list once, not once per unit. */
let placeholderWords: readonly string[] | null = null;

/** `unit` repeated to `bytes`, each placeholder a word drawn in a fixed pseudo-random order. */
function fillDistinct(unit: string, bytes: number): string {
  const words = (placeholderWords ??= WORDS.split(" ").filter((w) => w.length >= 5 && w.length <= 9));
  let state = 20261207;
  const next = () => words[(state = (state * 1103515245 + 12345) & 0x7fffffff) % words.length]!;
  const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const slip = (w: string) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`;
  const placeholders: Record<string, () => string> = { w: next, W: () => capital(next()), T: () => capital(slip(next())) };
  let text = "";
  while (text.length < bytes) text += unit.replace(/[wWT]/g, (p) => placeholders[p]!());
  return text.slice(0, bytes);
}

export type HostileForm = "cc" | "forward";

/** A draft to Priya (northwind-sre in the test facts) whose body holds `text`. */
export function hostileDraft(text: string, form: HostileForm, checker = "check+northwind-sre@example.com"): string {
  const note = `Hi Priya,\n\n${text}\n\nBest,\nAlex`;
  return form === "cc"
    ? rawMessage({ to: checker, cc: "Priya Raman <priya.raman@northwind.example>", body: note })
    : rawMessage({ to: checker, subject: "Fwd: Thank you", body: GMAIL_FORWARD_HEAD + note });
}

/** A multipart message of `count` small text parts. */
export function manyParts(count: number, checker = "check+northwind-sre@example.com"): string {
  const parts = Array.from({ length: count }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join("");
  return `From: Alex Chen <alex@candidate.example>\r\nTo: ${checker}\r\nCc: Priya Raman <priya.raman@northwind.example>\r\nSubject: Thank you\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${parts}--b--\r\n`;
}

/** Every named hostile input: a label and the raw message. */
export function hostileInputs(bytes = HOSTILE_BYTES): Array<[string, string]> {
  const bodies = [
    ...CHARACTER_RUNS.flatMap((c) => [[`run of ${JSON.stringify(c)}`, fill(c, bytes)], [`run of ${JSON.stringify(c)} then a word`, `${fill(c, bytes)}x`]]),
    ...REPEATED_UNITS.map((u) => [`repeated ${JSON.stringify(u)}`, fill(u, bytes)]),
    ...DISTINCT_UNITS.map((u) => [`distinct ${JSON.stringify(u)}`, fillDistinct(u, bytes)]),
  ];
  const forms: HostileForm[] = ["cc", "forward"];
  return [
    ...bodies.flatMap(([label, text]) => forms.map((form): [string, string] => [`${label} (${form})`, hostileDraft(text!, form)])),
    ["20,000 MIME parts", manyParts(20_000)],
  ];
}
