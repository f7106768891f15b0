/**
 * The parser's entry: one raw message in, one ParsedMessage out, never an exception.
 */
import PostalMime, { type Address as MimeAddress, type Attachment, type Email } from "postal-mime";
import { calendarText } from "../calendar/extract.js";
import type { Address, Note, ParsedMessage } from "../types.js";
import { charsetProblems, replacementProblem } from "./charsets.js";
import { isAttachedMessage, stripSubjectPrefixes, unwrapInlineForward } from "./forward.js";
import { findGreeting } from "./greeting.js";
import { htmlToText } from "./html-to-text.js";
import { headerBlock } from "./mime-head.js";
import { normalizeText } from "./normalize.js";
import { stripQuotes } from "./quotes.js";
import { stripSignature } from "./signature.js";
import { slimMessage } from "./slim.js";
import { structuralProblems } from "./structure.js";
import { withCommas } from "../text/count.js";

/** Our reports carry this header; a message with it is one of ours coming back (a loop). */
export const REPORT_MARKER_HEADER = "x-followup-check";

/**
 * Real mail nests a handful of multiparts; hundreds is an attack on the parser's CPU
 * budget in a Worker. postal-mime rejects the parse past this (we then report it).
 */
export const MAX_NESTING_DEPTH = 50;

/** Received/DKIM/ARC chains stay well under 100 KiB; more is abuse, not mail. */
export const MAX_HEADERS_SIZE = 512 * 1024;

/**
 * A message forwarded as an attachment is parsed again to read the original; a chain of
 * attached messages past this depth is not followed (each level costs a full parse).
 */
export const MAX_ATTACHED_DEPTH = 3;

const MIME_OPTIONS = {
  // Attached messages stay attachments (raw bytes, not copied or re-encoded) instead of
  // being merged into the body: the original is then re-parsed on its own as the note.
  forceRfc822Attachments: true,
  attachmentEncoding: "arraybuffer",
  maxNestingDepth: MAX_NESTING_DEPTH,
  maxHeadersSize: MAX_HEADERS_SIZE,
} as const;

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** How the problem begins that makes a whole message unreadable (see unreadableReason). */
const UNREADABLE = "the message could not be read";

/** The problem for a parse that failed, in plain words for the parser's own limits. */
function unreadableProblem(err: unknown): string {
  const why = describe(err);
  if (/nesting depth/i.test(why)) return `${UNREADABLE}: its parts are nested more than ${MAX_NESTING_DEPTH} levels deep`;
  if (/header size/i.test(why)) return `${UNREADABLE}: its headers are over ${MAX_HEADERS_SIZE / 1024} KB`;
  return `${UNREADABLE} (${why})`;
}

/**
 * Why the message as a whole could not be read, or null when it could (an unreadable attached
 * message does not count: the outer one is checked instead). Such a message carries only what
 * its header block says (see parseMessage): it is answered, never checked or logged.
 */
export function unreadableReason(message: ParsedMessage): string | null {
  return message.problems.find((p) => p.startsWith(UNREADABLE)) ?? null;
}

/** The raw message as text for our own structural and charset scans (bytes as UTF-8). */
function rawText(raw: string | ArrayBuffer | Uint8Array): string {
  return typeof raw === "string" ? raw : new TextDecoder().decode(raw);
}

function toAddresses(list: MimeAddress[] | MimeAddress | undefined): Address[] {
  const flat = (Array.isArray(list) ? list : list ? [list] : []).flatMap((a) => (a.group ? a.group : [a]));
  return flat
    .filter((a) => a.address)
    .map((a) => ({ name: (a.name ?? "").trim(), address: a.address!.trim().toLowerCase() }));
}

/** Every <id> in a References/In-Reply-To value; bare tokens when none are bracketed. */
function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  return value.match(/<[^<>\s]+>/g) ?? value.split(/\s+/).filter(Boolean);
}

/**
 * Characters of a body read. The rules read at most the note's first 16,000 (text/checked-part.ts);
 * four times that leaves room for a forward's header block, quotes and whitespace above and
 * in the note, and bounds the forward, quote and signature readers on any input.
 */
export const MAX_BODY_CHARS = 64_000;

/** The message's own text: the text/plain body, else its HTML turned into text; only its first MAX_BODY_CHARS are kept. */
async function bodyText(email: Email, problems: string[]): Promise<string> {
  const text = normalizeText(email.text?.trim() ? email.text : email.html ? await htmlToText(email.html) : "");
  if (text.length <= MAX_BODY_CHARS) return text;
  problems.push(`the text is over ${withCommas(MAX_BODY_CHARS)} characters, so only its first ${withCommas(MAX_BODY_CHARS)} were read`);
  // At the last line break before the limit when there is one, so no line is read in half.
  const lineEnd = text.lastIndexOf("\n", MAX_BODY_CHARS);
  const end = lineEnd > MAX_BODY_CHARS / 2 ? lineEnd : MAX_BODY_CHARS;
  return text.slice(0, /[\ud800-\udbff]/.test(text[end - 1]!) ? end - 1 : end);
}

/** The note's own text: quotes and signature removed, whitespace normalised. */
const cleanNote = (body: string): string => normalizeText(stripSignature(stripQuotes(normalizeText(body))));

/** Attachments the writer attached (not inline images referenced from the HTML). */
const ownAttachments = (attachments: Attachment[]) =>
  attachments.filter((a) => !a.related).map((a) => ({ filename: a.filename, mimeType: a.mimeType }));

function makeNote(text: string, fields: Omit<Note, "text" | "greeting">): Note {
  const clean = cleanNote(text);
  return { ...fields, text: clean, greeting: findGreeting(clean) };
}

/** The original of a forward-as-attachment, parsed as a message of its own, or null. */
async function attachedOriginal(email: Email, problems: string[], depth: number): Promise<Note | null> {
  const attachment = email.attachments.find(isAttachedMessage);
  if (!attachment || depth >= MAX_ATTACHED_DEPTH) return null;
  const innerProblems: string[] = [];
  const inner = await parseAt(attachment.content, innerProblems, depth + 1);
  problems.push(...innerProblems.map((p) => `in the attached message: ${p}`));
  if (!inner.from && !inner.subject && !inner.note.text) {
    problems.push("the attached message could not be read; the outer message was checked instead");
    return null;
  }
  return { ...inner.note, forwarded: true };
}

async function buildNote(email: Email, isReport: boolean, problems: string[], depth: number): Promise<Note> {
  const subject = (email.subject ?? "").trim();
  const body = await bodyText(email, problems);
  const attachments = email.attachments.filter((a) => !isAttachedMessage(a));
  if (!isReport) {
    const inline = unwrapInlineForward(body, subject);
    if (inline) {
      return makeNote(inline.body, {
        to: inline.to,
        cc: inline.cc,
        subject: inline.subject ?? stripSubjectPrefixes(subject),
        from: inline.from,
        attachments: ownAttachments(attachments),
        forwarded: true,
      });
    }
    const original = await attachedOriginal(email, problems, depth);
    if (original) return original;
  }
  return makeNote(body, {
    to: toAddresses(email.to),
    cc: toAddresses(email.cc),
    subject: stripSubjectPrefixes(subject),
    from: toAddresses(email.from)[0] ?? null,
    attachments: ownAttachments(email.attachments),
    forwarded: false,
  });
}

function emptyMessage(problems: string[]): ParsedMessage {
  return {
    messageId: null, inReplyTo: null, references: [], from: null, to: [], cc: [], subject: "",
    date: null, autoSubmitted: null, precedence: null, reportMarker: null,
    isDeliveryReport: false, hasCalendar: false, calendar: null, problems,
    note: { text: "", greeting: null, to: [], cc: [], subject: "", from: null, attachments: [], forwarded: false },
  };
}

async function parseAt(raw: string | ArrayBuffer | Uint8Array, problems: string[], depth: number): Promise<ParsedMessage> {
  const text = rawText(raw);
  problems.push(...structuralProblems(text), ...charsetProblems(text));
  let email: Email;
  try {
    email = await new PostalMime(MIME_OPTIONS).parse(raw);
  } catch (err) {
    problems.push(unreadableProblem(err));
    return emptyMessage(problems);
  }
  const header = (key: string): string | null => email.headers.find((h) => h.key === key)?.value.trim() || null;
  const contentType = (header("content-type") ?? "").toLowerCase();
  const isDeliveryReport =
    /^(?:multipart\/report|message\/delivery-status)\b/.test(contentType) ||
    email.attachments.some((a) => a.mimeType === "message/delivery-status");
  const date = email.date ? new Date(email.date) : null;
  if (email.date && Number.isNaN(date!.getTime())) problems.push(`the Date header "${email.date}" is not a valid date`);
  const from = toAddresses(email.from)[0] ?? null;
  if (!from) problems.push("the message has no From address");
  const note = await buildNote(email, isDeliveryReport, problems, depth);
  problems.push(...replacementProblem(note.text));
  return {
    messageId: messageIds(email.messageId)[0] ?? null,
    inReplyTo: messageIds(email.inReplyTo)[0] ?? null,
    references: messageIds(email.references),
    from,
    to: toAddresses(email.to),
    cc: toAddresses(email.cc),
    subject: (email.subject ?? "").trim(),
    date: date && !Number.isNaN(date.getTime()) ? date : null,
    autoSubmitted: header("auto-submitted")?.toLowerCase() ?? null,
    precedence: header("precedence")?.toLowerCase() ?? null,
    reportMarker: header(REPORT_MARKER_HEADER),
    isDeliveryReport,
    hasCalendar: email.attachments.some(
      (a) => a.mimeType === "text/calendar" || a.mimeType === "application/ics" || /\.ics$/i.test(a.filename ?? ""),
    ),
    calendar: calendarText(email.attachments),
    note,
    problems,
  };
}

/**
 * The message as bytes. A string is encoded as UTF-8, as postal-mime would encode it itself,
 * so it parses the same bytes and a string with a large attachment (the CLI, tests) is slimmed
 * like bytes from the Worker.
 */
function messageBytes(raw: string | ArrayBuffer | Uint8Array): Uint8Array {
  if (typeof raw === "string") return new TextEncoder().encode(raw);
  return raw instanceof Uint8Array ? raw : new Uint8Array(raw);
}

/**
 * An unreadable message as its header block alone says it is (sender, recipients, subject,
 * Message-ID, Date, loop signals), so it can be classified and answered; `problems` say why
 * the rest could not be read. As it was when even the header block cannot be parsed.
 */
async function fromHeaderBlock(bytes: Uint8Array, unreadable: ParsedMessage): Promise<ParsedMessage> {
  try {
    const head = await parseAt(headerBlock(bytes, MAX_HEADERS_SIZE), [], 0);
    return unreadableReason(head) ? unreadable : { ...head, problems: unreadable.problems };
  } catch {
    // parseMessage never throws: a header block that breaks the reader leaves the message as it was.
    return unreadable;
  }
}

async function parseOnce(raw: string | ArrayBuffer | Uint8Array): Promise<ParsedMessage> {
  const problems: string[] = [];
  const bytes = messageBytes(raw);
  let parsed: ParsedMessage;
  try {
    parsed = await parseAt(slimMessage(bytes, problems), problems, 0);
  } catch (err) {
    problems.push(unreadableProblem(err));
    parsed = emptyMessage(problems);
  }
  if (unreadableReason(parsed)) parsed = await fromHeaderBlock(bytes, parsed);
  return { ...parsed, problems: [...new Set(parsed.problems)] };
}

/**
 * Messages already parsed, by their bytes: the Worker asks whether a message can be read
 * before the pipeline checks it, and both get the one parse. Held only as long as the bytes.
 */
const parsedBytes = new WeakMap<ArrayBuffer | Uint8Array, Promise<ParsedMessage>>();

/**
 * Parses a raw RFC 5322 message into a ParsedMessage: the envelope headers, and the note
 * inside it (forwards unwrapped, quotes and signature dropped). Binary attachment bodies are
 * dropped unread first (slimMessage): only their names and types are checked. Never throws:
 * malformed input yields empty fields and a human-readable entry in `problems` for each defect;
 * a message the parser gives up on is read from its header block alone (unreadableReason).
 * The same bytes are parsed once; the result is shared, so it is never to be changed.
 */
export function parseMessage(raw: string | ArrayBuffer | Uint8Array): Promise<ParsedMessage> {
  if (typeof raw === "string") return parseOnce(raw);
  let parsed = parsedBytes.get(raw);
  if (!parsed) parsedBytes.set(raw, (parsed = parseOnce(raw)));
  return parsed;
}
