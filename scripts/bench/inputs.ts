/**
 * The messages the benchmark runs: the shared corpus as it is, and realistic follow-up notes
 * (the good fixture notes) as inline-forwarded drafts, Cc'd drafts and Bcc'd sent copies, with
 * attachments of growing size to fill every size class up to the Worker's 4.5 MiB parse limit (MAX_MESSAGE_BYTES).
 */
import { readFileSync, readdirSync } from "node:fs";
import { rawMessage } from "../../test/helpers/raw-message.js";

const ROOT = new URL("../../", import.meta.url);
const CORPUS = new URL("../shared/corpus/", ROOT);

export const OWNER = "alex@candidate.example";
export const FACTS_JSON: unknown = JSON.parse(readFileSync(new URL("test/fixtures/facts.json", ROOT), "utf8"));
/** Three hours after the northwind-sre interview ended: inside every timing window. */
export const NOW = new Date("2026-11-17T19:00:00-05:00");

export interface BenchMessage {
  name: string;
  /** "typical" marks a realistic forwarded note: the group the 1 ms median target is about. */
  group: "corpus" | "typical" | "draft" | "sent" | "attachment" | "client";
  raw: Uint8Array;
  envelope: { from: string; to: string };
}

interface GoodNote { interview: string; to: string; subject: string; text: string }
const GOOD: GoodNote[] = JSON.parse(readFileSync(new URL("test/fixtures/notes/good.json", ROOT), "utf8"));
const FACTS = FACTS_JSON as { interviews: Array<{ id: string; interviewers: Array<{ name: string; email?: string }> }> };

const encode = (text: string) => new TextEncoder().encode(text);
const checker = (interview: string) => ({ from: OWNER, to: `check+${interview}@example.com` });

/** Deterministic incompressible bytes as wrapped base64 (like a real PDF or image attachment). */
export function base64Blob(bytes: number, seed = 1): string {
  const data = new Uint8Array(bytes);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    data[i] = x & 0xff;
  }
  return Buffer.from(data).toString("base64").replace(/.{76}/g, "$&\r\n");
}

function recipient(note: GoodNote): string {
  const person = FACTS.interviews.find((i) => i.id === note.interview)!.interviewers.find((p) => p.name === note.to)!;
  return `${person.name} <${person.email}>`;
}

/** A Gmail-style inline forward of `note`, as most users send a draft to the checker. */
function gmailForward(note: GoodNote, to: string): string {
  const header = `---------- Forwarded message ---------\nFrom: Alex Chen <${OWNER}>\nDate: Tue, Nov 17, 2026 at 6:40 PM\nSubject: ${note.subject}\nTo: ${recipient(note)}\n\n`;
  return rawMessage({ to, subject: `Fwd: ${note.subject}`, body: `${header}${note.text}\n` });
}

function noteMessages(): BenchMessage[] {
  return GOOD.flatMap((note, i): BenchMessage[] => {
    const env = checker(note.interview);
    const pdf = { filename: "postmortem-template.pdf", mimeType: "application/pdf" };
    const withFile = (bytes: number) => rawMessage({ to: env.to, cc: recipient(note), subject: note.subject, body: note.text, attachments: [{ ...pdf, base64: base64Blob(bytes, i + bytes) }] });
    return [
      { name: `forward ${i}`, group: "typical", raw: encode(gmailForward(note, env.to)), envelope: env },
      { name: `cc draft ${i}`, group: "draft", raw: encode(rawMessage({ to: env.to, cc: recipient(note), subject: note.subject, body: note.text })), envelope: env },
      {
        name: `sent ${i}`,
        group: "sent",
        raw: encode(rawMessage({ to: recipient(note), subject: note.subject, date: "Tue, 17 Nov 2026 18:45:00 -0500", messageId: `<bench-sent-${i}@candidate.example>`, body: note.text })),
        envelope: { from: OWNER, to: "check@example.com" },
      },
      { name: `20 KB file ${i}`, group: "attachment", raw: encode(withFile(20_000)), envelope: env },
      { name: `300 KB file ${i}`, group: "attachment", raw: encode(withFile(300_000)), envelope: env },
      { name: `2 MB file ${i}`, group: "attachment", raw: encode(withFile(2_000_000)), envelope: env },
      { name: `3 MB file ${i}`, group: "attachment", raw: encode(withFile(3_000_000)), envelope: env },
    ];
  });
}

/** The inline-forward bodies of many clients and languages, each as the text of a forwarded draft. */
function forwardBodyMessages(): BenchMessage[] {
  const dir = new URL("forward-bodies/", CORPUS);
  return readdirSync(dir).sort().map((file) => ({
    name: `forward-bodies/${file}`,
    group: "corpus",
    raw: encode(rawMessage({ to: "check@example.com", subject: "Fwd: Thank you", body: readFileSync(new URL(file, dir), "utf8") })),
    envelope: { from: OWNER, to: "check@example.com" },
  }));
}

function corpusMessages(): BenchMessage[] {
  const dir = new URL("eml/", CORPUS);
  return readdirSync(dir).sort().map((file) => ({
    name: `eml/${file}`,
    group: "corpus",
    raw: new Uint8Array(readFileSync(new URL(file, dir))),
    envelope: { from: OWNER, to: "check@example.com" },
  }));
}

/** The address in a header of `raw` (the first one whose address contains `needle`), lower case. */
function headerAddress(raw: string, fields: RegExp, needle = ""): string | undefined {
  const values = raw.split(/\r?\n\r?\n/)[0]!.split(/\r?\n(?![ \t])/).filter((line) => fields.test(line));
  return values.flatMap((line) => line.match(/[\w.+-]+@[\w.-]+/g) ?? []).map((a) => a.toLowerCase()).find((a) => a.includes(needle));
}

/**
 * The test fixtures' mail from each common client (test/fixtures/mail: Gmail, Outlook, Apple
 * Mail, Thunderbird, Yahoo, HTML-only, attachments, a forward as attachment, a bounce, an
 * auto-reply) and their calendar invitations (test/fixtures/calendar: Google, Outlook), each
 * with the envelope its own headers give: the shapes a user's first emails take.
 */
export function clientMessages(): BenchMessage[] {
  return ["mail", "calendar"].flatMap((folder) => {
    const dir = new URL(`test/fixtures/${folder}/`, ROOT);
    return readdirSync(dir).filter((file) => file.endsWith(".eml")).sort().map((file): BenchMessage => {
      const raw = readFileSync(new URL(file, dir));
      const text = raw.toString("latin1");
      const to = headerAddress(text, /^(to|cc|bcc):/i, "check") ?? "check@example.com";
      return { name: `fixtures/${folder}/${file}`, group: "client", raw: new Uint8Array(raw), envelope: { from: headerAddress(text, /^from:/i) ?? OWNER, to } };
    });
  });
}

/** Every benchmark message, plus the sample draft that `npm run demo` sends. */
export function benchMessages(): BenchMessage[] {
  const sample: BenchMessage = { name: "scripts/samples/draft.eml", group: "typical", raw: new Uint8Array(readFileSync(new URL("scripts/samples/draft.eml", ROOT))), envelope: checker("northwind-sre") };
  return [sample, ...noteMessages(), ...forwardBodyMessages(), ...corpusMessages()];
}
