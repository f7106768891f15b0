/**
 * The raw MIME of a message the Worker sends (a report, a receipt, a reminder): RFC 5322
 * headers over a multipart/alternative body of plain text and HTML, both quoted-printable
 * UTF-8, every line ending in CRLF, folded to 76 characters wherever a space allows and never
 * over 998. Email Routing's reply() and the send_email binding take an EmailMessage built from
 * raw MIME, so the message is written here, whole. Pure: the Message-ID and the date come in
 * with the message.
 *
 * No library is used: the MIME builders that run in workerd without Node built-ins (mimetext,
 * mail-mime-builder) write a body as it is under "7bit", a subject as one unbounded
 * encoded-word, and a header value with a line break in it as two headers.
 */
import { headerValue } from "./header-value.js";

/** What a message says, and between whom: the envelope of the EmailMessage uses the same two addresses. */
export interface OutgoingMail {
  from: string;
  to: string;
  /** Plain text, any characters: made one encoded line here (header-value.ts). */
  subject: string;
  text: string;
  html: string;
  /** Further header fields of our own (markers such as Auto-Submitted), by name. */
  headers: Record<string, string>;
}

/** The headers of the message being answered that threading reads; null where it had none. */
export interface AnsweredMessage {
  messageId: string | null;
  references: string | null;
}

/** What makes one message of an OutgoingMail: its own Message-ID, when it is sent, and what it answers. */
export interface Stamp {
  messageId: string;
  date: Date;
  /** The message this one answers: In-Reply-To and References are set from it. */
  answering?: AnsweredMessage;
}

/** RFC 5322 §2.1: every line ends in CRLF; some servers refuse a bare LF. */
const CRLF = "\r\n";

/**
 * RFC 2047 §2: a header line holding an encoded-word is at most 76 characters (RFC 5322 asks
 * 78 of any line); every header is folded at a space to stay within it where a word allows.
 */
const FOLD_AT = 76;

/** RFC 5322 §2.1.1: a line MUST be at most 998 characters. */
const MAX_LINE = 998;

/** RFC 2045 §6.7 (5): a quoted-printable line is at most 76 characters, a soft break's "=" included. */
const QP_LINE = 76;

/**
 * The boundary between the two parts. Quoted-printable never writes "=_" (an "=" there always
 * starts an escape of two hex digits or a soft break), so a fixed boundary cannot occur in a body.
 */
const BOUNDARY = "=_followup-check-alternative";

/** Header fields this module writes itself; an extra header may not set them a second time. */
const OWN_FIELDS = new Set(["from", "to", "subject", "date", "message-id", "in-reply-to", "references", "mime-version", "content-type", "content-transfer-encoding"]);

/** RFC 5322 §3.6.4 msg-id, as we write and accept it: "<", printable ASCII without angle brackets or spaces, one "@", ">". */
const MSG_ID = /<[\x21-\x3b\x3d\x3f\x41-\x7e]+@[\x21-\x3b\x3d\x3f\x41-\x7e]+>/g;

/** An address we can write bare in a header: printable ASCII, no spaces or specials, one "@" (quoted local parts are not supported). */
const ADDRESS = /^[^\s<>()[\]\\,;:"@\u0000-\u001f\u007f-\uffff]+@[^\s<>()[\]\\,;:"@\u0000-\u001f\u007f-\uffff]+$/;

/** RFC 5322 §3.6.8 field-name: printable ASCII except ":". */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Runs of characters quoted-printable does not write as they are (RFC 2045 §6.7 (2), (3)): each becomes "=XX" per UTF-8 byte. */
const NOT_LITERAL = /[^\t\x20-\x3c\x3e-\x7e]+/gu;

/** "=XX" for each byte value, so escaping costs a look-up per byte. */
const BYTE_ESCAPES = Array.from({ length: 256 }, (_, byte) => `=${byte.toString(16).toUpperCase().padStart(2, "0")}`);

const utf8 = new TextEncoder();

/**
 * `name: value` folded at its spaces so each line stays within FOLD_AT where a word allows. A
 * first word too long to follow the name starts the next line where that helps: a full
 * encoded-word after "Subject: " would pass FOLD_AT, a very long Message-ID after
 * "In-Reply-To: " MAX_LINE. A word longer than a line is refused.
 */
function field(name: string, value: string): string {
  if (!FIELD_NAME.test(name)) throw new Error(`"${name}" cannot be the name of a mail header`);
  const lines: string[] = [];
  let line = `${name}:`;
  let words = 0;
  for (const word of value.split(" ")) {
    const after = line.length + 1 + word.length;
    if (after > FOLD_AT && (words > 0 || 1 + word.length <= FOLD_AT || after > MAX_LINE)) {
      lines.push(line);
      line = "";
      words = 0;
    }
    line += ` ${word}`;
    words++;
  }
  lines.push(line);
  if (lines.some((l) => l.length > MAX_LINE)) throw new Error(`the ${name} header has a word too long for a mail header line`);
  return lines.join(CRLF);
}

function address(role: string, value: string): string {
  if (!ADDRESS.test(value)) throw new Error(`"${value}" cannot be written as the ${role} address of a mail`);
  return value;
}

/** RFC 5322 §3.3 date-time in UTC ("+0000": "GMT" is an obsolete zone). */
function dateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error("a mail needs a valid date");
  return date.toUTCString().replace("GMT", "+0000");
}

/** The msg-ids in a header value that fit on one folded line; anything else in it is left out. */
function messageIds(value: string | null): string[] {
  return (value?.match(MSG_ID) ?? []).filter((id) => id.length < MAX_LINE);
}

/**
 * RFC 5322 §3.6.4: In-Reply-To names the message answered, References its References and then
 * it. Without a Message-ID of its own the original cannot be threaded under, and no header is set.
 */
function threading(answering: AnsweredMessage): string[] {
  const [parent] = messageIds(answering.messageId);
  if (!parent) return [];
  const references = messageIds(answering.references);
  if (!references.includes(parent)) references.push(parent);
  return [field("In-Reply-To", parent), field("References", references.join(" "))];
}

/** `run` as quoted-printable escapes: one UTF-8 encoding per run, not per character (a reply may quote long runs of non-ASCII text). */
function escapeRun(run: string): string {
  // Most runs are one ASCII character (an "=" of the HTML's attributes): its escape is in the table.
  if (run.length === 1 && run.charCodeAt(0) < 0x80) return BYTE_ESCAPES[run.charCodeAt(0)]!;
  const bytes = utf8.encode(run);
  let escaped = "";
  for (let i = 0; i < bytes.length; i++) escaped += BYTE_ESCAPES[bytes[i]!];
  return escaped;
}

/**
 * One line of text as quoted-printable lines, pushed onto `out`: soft breaks ("=" CRLF) keep
 * each within QP_LINE, never inside an escape. The whole message is pieces joined once, so a
 * body is not copied again for every level that wraps it.
 */
function pushQuotedPrintableLine(out: string[], line: string): void {
  let rest = line.replace(NOT_LITERAL, escapeRun);
  // RFC 2045 §6.7 (3): white space ending a line would be lost in transport, so it is escaped.
  if (rest.endsWith(" ") || rest.endsWith("\t")) rest = `${rest.slice(0, -1)}${escapeRun(rest.slice(-1))}`;
  let at = 0;
  while (rest.length - at > QP_LINE) {
    let cut = at + QP_LINE - 1;
    const escape = rest.lastIndexOf("=", cut - 1);
    if (escape > cut - 3) cut = escape;
    out.push(rest.slice(at, cut), "=", CRLF);
    at = cut;
  }
  out.push(at === 0 ? rest : rest.slice(at));
}

/** A body part, quoted-printable, onto `out`: its line breaks (any of CRLF, CR, LF) written as CRLF. */
function pushPart(out: string[], type: "text/plain" | "text/html", body: string): void {
  out.push(`--${BOUNDARY}`, CRLF, `Content-Type: ${type}; charset=utf-8`, CRLF, "Content-Transfer-Encoding: quoted-printable", CRLF, CRLF);
  body.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) out.push(CRLF);
    pushQuotedPrintableLine(out, line);
  });
  out.push(CRLF);
}

/** `<token@domain>`: a Message-ID of our own at the domain of the address `from`. */
export function messageIdAt(from: string, token: string): string {
  return `<${token}@${from.slice(from.lastIndexOf("@") + 1)}>`;
}

/**
 * The message as raw MIME. Throws, saying which, when an address, the Message-ID, the date or
 * an extra header cannot be written safely: nothing a sender chose can end a header line.
 */
export function outgoingMime(mail: OutgoingMail, stamp: Stamp): string {
  const [messageId] = messageIds(stamp.messageId);
  if (messageId !== stamp.messageId) throw new Error(`"${stamp.messageId}" cannot be the Message-ID of a mail`);
  const extra = Object.entries(mail.headers).map(([name, value]) => {
    if (OWN_FIELDS.has(name.toLowerCase())) throw new Error(`the ${name} header is written from the mail itself`);
    return field(name, headerValue(value));
  });
  const head = [
    field("From", address("sender", mail.from)),
    field("To", address("recipient", mail.to)),
    field("Subject", headerValue(mail.subject)),
    field("Date", dateTime(stamp.date)),
    field("Message-ID", messageId),
    ...(stamp.answering ? threading(stamp.answering) : []),
    ...extra,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${BOUNDARY}"`,
  ];
  const out = [head.join(CRLF), CRLF, CRLF];
  pushPart(out, "text/plain", mail.text);
  pushPart(out, "text/html", mail.html);
  out.push(`--${BOUNDARY}--`, CRLF);
  return out.join("");
}
