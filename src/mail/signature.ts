/**
 * Drops the signature block below a note, keeping the sign-off and the writer's name.
 *
 * Everything here only ever removes lines at the END of the note, and only when what
 * would be removed looks like a signature (short, contact-like). A note's own paragraph
 * that starts "Thanks again for…" is never a sign-off: sign-offs match whole lines.
 */
import { isSignOffLine } from "./sign-off-line.js";

/** At most this many non-blank lines may follow a "-- " or "Sent from my iPhone" line. */
const MAX_SIGNATURE_LINES = 12;

/** The conventional signature delimiter "-- " (trailing space often lost in transit). */
const DELIMITER = /^--\s*$/;

/** Lines mail apps append by themselves. */
const APP_LINES = [
  /^Sent from (?:my |Mail |Yahoo |Outlook |Samsung |AOL |the )?.{0,40}$/i,
  /^Sent with .{1,40}$/i,
  /^Sent via .{1,40}$/i,
  /^Get Outlook for .{1,30}$/i,
  /^(?:Von meinem|Gesendet von) .{1,40}$/i,
  /^(?:Envoyé de mon|Envoyé depuis) .{1,40}$/i,
  /^(?:Enviado desde mi|Enviado do meu) .{1,40}$/i,
  /^(?:Inviato da|Verzonden (?:vanaf|met)|Verstuurd vanaf) .{1,40}$/i,
];

/** Lines of a contact block: phone, link, address, "Title | Company", a short title. */
const CONTACT_PARTS = [
  /\+?\d[\d\s().-]{6,}\d/, // phone number
  /(?:https?:\/\/|www\.|linkedin|github\.com)/i,
  /\S@\S/,
  /\s[|·•]\s/,
];

/** A title line ("Senior Site Reliability Engineer") is at most this many words. */
const MAX_TITLE_WORDS = 7;

function isContactLine(line: string): boolean {
  const trimmed = line.trim();
  if (/^p\.?\s?s\b/i.test(trimmed)) return false;
  if (CONTACT_PARTS.some((re) => re.test(trimmed))) return true;
  const words = trimmed.split(/\s+/);
  // A title or company line: short, capitalised, not a sentence.
  return words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(trimmed) && !/[.?!:]$/.test(trimmed);
}

const nonBlank = (lines: string[]): number => lines.filter((l) => l.trim() !== "").length;

/**
 * Index of the first line of a "-- " or app-appended signature, or -1. Only a line with at
 * most MAX_SIGNATURE_LINES non-blank lines below it can start one: those lines are a suffix
 * of the note, found by one walk up from the end.
 */
function delimitedSignature(lines: string[]): number {
  const nonBlankAt = (i: number) => (lines[i]!.trim() === "" ? 0 : 1);
  let first = lines.length - 1;
  for (let below = 0; first > 1 && below + nonBlankAt(first) <= MAX_SIGNATURE_LINES; first--) below += nonBlankAt(first);
  for (let i = Math.max(1, first); i < lines.length; i++) {
    if (DELIMITER.test(lines[i]!) || APP_LINES.some((re) => re.test(lines[i]!.trim()))) return i;
  }
  return -1;
}

/**
 * Index where a contact block after "Best,\nJordan Lee" starts, or -1. The sign-off line
 * and the name line stay; what follows goes only if every line of it is contact-like.
 */
function contactBlock(lines: string[]): number {
  for (let i = lines.length - 1; i > 0; i--) {
    if (!isSignOffLine(lines[i]!.trim())) continue;
    if (nonBlank(lines.slice(i + 1)) > MAX_SIGNATURE_LINES) return -1;
    const ownName = /,\s*\p{Lu}/u.test(lines[i]!) || /[–—-]\s*\p{Lu}/u.test(lines[i]!);
    let start = i + 1;
    if (!ownName) {
      while (start < lines.length && lines[start]!.trim() === "") start++;
      start++; // the writer's name
    }
    const rest = lines.slice(start).filter((l) => l.trim() !== "");
    return rest.length > 0 && rest.every(isContactLine) ? start : -1;
  }
  return -1;
}

/**
 * Removes a trailing signature block: a "-- " delimiter and what follows, a
 * "Sent from my iPhone"-style line and what follows, and the phone/title/link lines
 * after the sign-off and name. The greeting, body, sign-off and name always stay.
 */
export function stripSignature(text: string): string {
  let lines = text.split("\n");
  const delimited = delimitedSignature(lines);
  if (delimited > 0) lines = lines.slice(0, delimited);
  const contact = contactBlock(lines);
  if (contact > 0) lines = lines.slice(0, contact);
  return lines.join("\n");
}
