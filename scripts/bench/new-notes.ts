/**
 * New notes: what a user pays for a draft the checker has never seen. Every note of the
 * development set (test/dev-set, hundreds of notes in many voices) becomes the email its
 * writer would send: a Cc'd draft, a forward (Gmail, Outlook or Apple Mail, see eml.ts), or
 * the sent copy the user Bcc'd; every tenth carries a file so every size class has notes. Each
 * group's interviews are that user's facts, with the settings of a user who has chosen a time
 * zone (the web app asks at the first login), and each note is checked at the time it was written.
 */
import { loadDevSet } from "../eval/dev-set.js";
import { toEml } from "../eval/eml.js";
import { base64Blob } from "./inputs.js";

/** A note as a message to check once, with its user's facts and the time it arrives. */
export interface NewNote {
  id: string;
  form: "forward" | "cc" | "sent";
  raw: Uint8Array;
  envelope: { from: string; to: string };
  /** The facts of the note's group: { interviews, settings }. */
  facts: { interviews: unknown[]; settings: { timeZone: string } };
  now: Date;
}

const CHECKER = "check@example.com";
const WRITER = "candidate@mail.example";
/** When a note says nothing of its timing: three hours after the interview, inside every send window. */
const DEFAULT_HOURS_AFTER_END = 3;
/** Every this many notes, one carries a file, cycling through these sizes (bytes). */
const FILE_EVERY = 10;
const FILE_SIZES = [20_000, 300_000, 2_000_000];

const encoder = new TextEncoder();

/** A zone for the offset a group's first interview is written in, as its user would have chosen it. */
const ZONE_OF_OFFSET: Readonly<Record<string, string>> = {
  "+00:00": "Europe/London", "+01:00": "Europe/Berlin", "+02:00": "Europe/Berlin", "+05:30": "Asia/Kolkata", "+08:00": "Asia/Singapore", "+11:00": "Australia/Sydney",
  "-04:00": "America/New_York", "-05:00": "America/New_York", "-06:00": "America/Chicago", "-07:00": "America/Denver", "-08:00": "America/Los_Angeles",
};

/** The time zone a group's user lives in, read off their first interview's offset (UTC when none fits). */
const zoneOf = (interviews: readonly { end: string }[]) => ZONE_OF_OFFSET[interviews[0]?.end.slice(-6) ?? ""] ?? "UTC";

/** A Cc'd draft as the sent copy the user Bcc'd: the checker is in no visible header. */
const asSentCopy = (eml: string) => eml.replace(/^Cc: .*\r?\n/m, "");

/** `eml` with a PDF of `bytes` added (multipart/mixed around the original body). */
function withFile(eml: string, bytes: number, seed: number): string {
  const split = eml.search(/\r?\n\r?\n/);
  const head = eml.slice(0, split).split(/\r?\n/);
  const body = eml.slice(split).replace(/^\r?\n\r?\n/, "");
  const isContent = (line: string) => /^content-(type|transfer-encoding):/i.test(line);
  const boundary = `bench-file-${seed}`;
  return [
    ...head.filter((line) => !isContent(line)),
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    ...head.filter(isContent),
    "",
    body,
    `--${boundary}`,
    'Content-Type: application/pdf; name="portfolio.pdf"',
    'Content-Disposition: attachment; filename="portfolio.pdf"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Blob(bytes, seed),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** Every development-set note as a new message, in the set's order. */
export function newNotes(): NewNote[] {
  const notes: NewNote[] = [];
  for (const group of loadDevSet()) {
    const facts = { interviews: group.interviews as unknown[], settings: { timeZone: zoneOf(group.interviews) } };
    for (const note of group.notes) {
      const index = notes.length;
      const interview = group.interviews.find((i) => i.id === note.interview)!;
      // A note goes to an interviewer or to the interview's recruiter.
      const person = interview.interviewers.find((p) => p.name === note.to) ?? interview.recruiter!;
      const now = new Date(Date.parse(interview.end) + (note.hoursAfterEnd ?? DEFAULT_HOURS_AFTER_END) * 3600_000);
      let eml = toEml(note, { name: person.name, address: person.email ?? "" }, CHECKER, now, index);
      // Every other Cc'd draft is the sent copy instead: the same note, the checker Bcc'd.
      const form = note.form === "cc" && index % 2 === 1 ? "sent" : note.form;
      if (form === "sent") eml = asSentCopy(eml);
      if (index % FILE_EVERY === FILE_EVERY - 1) eml = withFile(eml, FILE_SIZES[Math.floor(index / FILE_EVERY) % FILE_SIZES.length]!, index);
      notes.push({ id: note.id, form, raw: encoder.encode(eml), envelope: { from: WRITER, to: CHECKER }, facts, now });
    }
  }
  return notes;
}

/** The drafts among `notes` (what a user forwards or Cc's to have checked), not sent copies. */
export const drafts = (notes: readonly NewNote[]) => notes.filter((n) => n.form !== "sent");

/**
 * `notes` per user (a development-set group's notes share its user's facts), each user's in
 * `notes`' order, the users in the order of their first note: a Worker runs on one user's
 * domain, so an isolate only ever checks that user's mail.
 */
export function notesByUser(notes: readonly NewNote[]): NewNote[][] {
  const users = new Map<object, NewNote[]>();
  for (const note of notes) users.set(note.facts, [...(users.get(note.facts) ?? []), note]);
  return [...users.values()];
}

/** The drafts among `notes` per user, as notesByUser. */
export const draftsByUser = (notes: readonly NewNote[]) => notesByUser(drafts(notes));
