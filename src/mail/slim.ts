/**
 * A byte-level pre-pass before postal-mime: empties the bodies of parts no check reads.
 *
 * postal-mime decodes every attachment (base64 at ~30–50 ms of CPU per MB), but the checks
 * only use an attachment's name and type, which live in the part's headers. So the MIME tree
 * is walked here on raw bytes (RFC 2045/2046), and the body of every binary leaf part
 * (application/*, image/*, audio/*, video/*, font/*, model/*) is dropped while its headers stay,
 * except a calendar's (read as an invitation) and an attached message's (read as the original):
 * postal-mime still reports the attachment, with its filename and type, and 0 bytes.
 *
 * Delimiter lines are recognised exactly as postal-mime recognises them ("--" + boundary at a
 * line start, an optional "--", then only spaces/tabs before CR/LF), so a cut is always a whole
 * leaf body in postal-mime's reading too. Anything not understood is kept as it is.
 */
import { CALENDAR_TYPES } from "../calendar/extract.js";
import { CR, LF, parseContentType, readHead, SP, TAB } from "./mime-head.js";
import { withCommas } from "../text/count.js";

/** postal-mime rejects nesting past 50 (MAX_NESTING_DEPTH in parse.ts); deeper parts are kept whole. */
const MAX_DEPTH = 50;

/** Media types whose bodies no check reads (the top-level type, before "/"). */
const OPAQUE_TYPES = new Set(["application", "image", "audio", "video", "font", "model"]);

/** Attached messages: parsed again as the forwarded original, so they are walked, not emptied. */
const MESSAGE_TYPES = new Set(["message/rfc822", "message/global"]);

/** Transfer encodings that leave an attached message's bytes readable as they are. */
const IDENTITY_ENCODINGS = new Set(["", "7bit", "8bit", "binary"]);

const DASH = 45;
const encoder = new TextEncoder();

/** Encoded words and %XX escapes decoded (to bytes as chars): enough to see an ASCII ".eml". */
function decodeNames(text: string): string {
  return text
    .replace(/=\?[^?\s]+\?([bq])\?([^?\s]*)\?=/gi, (word, kind: string, data: string) => {
      if (kind.toLowerCase() === "q") return data.replace(/_/g, " ").replace(/=([\da-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      try {
        return atob(data);
      } catch {
        return word;
      }
    })
    .replace(/%([\da-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * True when the part's name or filename may end in ".eml" or ".ics", whatever its type: such a
 * file is read as an attached message (isAttachedMessage in forward.ts) or as a calendar
 * (calendarText in calendar/extract.ts). RFC 2231 sections are joined first.
 */
function namesReadFile(fields: Map<string, string>): boolean {
  const text = `${fields.get("content-type") ?? ""};${fields.get("content-disposition") ?? ""}`;
  const joined = decodeNames(text).replace(/["\s]/g, "").replace(/;(?:file)?name\*\d+\*?=/gi, "");
  return /\.(?:eml|ics)/i.test(joined);
}

/**
 * Parts read in one message. Real mail has a handful (a long forwarded thread with inline
 * images, a few dozen); postal-mime's cost grows with each part (about 30 µs), so the parts
 * past this, and everything nested in them, are dropped before it reads them.
 */
export const MAX_PARTS = 100;

/**
 * Lines read of one text part. A note is a few hundred lines at most, and the rules read only
 * its first 2,000 words (text/checked-part.ts); postal-mime keeps every line of a text body as
 * a chunk of its own (about 2–8 µs each), so the lines past this are dropped before it reads them.
 */
export const MAX_TEXT_LINES = 2_000;

/** Transfer encodings whose bodies can be cut at any line end and still decode line by line. */
const LINE_ENCODINGS = new Set([...IDENTITY_ENCODINGS, "quoted-printable"]);

/** What one walk over a message found: the bodies to drop and what that leaves unread. */
interface Walk {
  /** Offsets [from, to, from, to, …] of the bytes to drop, in document order. */
  cuts: number[];
  /** Entities walked so far. */
  parts: number;
  /** What the reader should know was not read, in words. */
  unread: Set<string>;
}

/** The offset just past the `count`-th LF from `from`, or -1 when [from, end) has fewer. */
function afterLines(bytes: Uint8Array, from: number, end: number, count: number): number {
  let at = from;
  for (let seen = 0; seen < count; seen++) {
    const lf = bytes.indexOf(LF, at);
    if (lf < 0 || lf >= end) return -1;
    at = lf + 1;
  }
  return at;
}

/** Walks the entity (header block and body) at [start, end), recording the bodies to drop. */
function walkEntity(bytes: Uint8Array, start: number, end: number, depth: number, defaultType: string, walk: Walk): void {
  walk.parts++;
  const head = readHead(bytes, start, end);
  if (!head || head.bodyStart >= end) return;
  const field = head.fields.get("content-type");
  const contentType = field === undefined || field.trim() === "" ? { type: defaultType, params: new Map<string, string>() } : parseContentType(field);
  if (!contentType) return;
  const { type, params } = contentType;
  const top = type.slice(0, type.indexOf("/"));
  if (top === "multipart") {
    const boundary = params.get("boundary");
    if (boundary && depth < MAX_DEPTH) walkMultipart(bytes, head.bodyStart, end, encoder.encode(boundary), depth, type === "multipart/digest", walk);
  }
  const encoding = /^\s*([\w-]*)\s*$/.exec((head.fields.get("content-transfer-encoding") ?? "").toLowerCase())?.[1];
  if (MESSAGE_TYPES.has(type)) {
    if (encoding !== undefined && IDENTITY_ENCODINGS.has(encoding) && depth < MAX_DEPTH) {
      walkEntity(bytes, head.bodyStart, end, depth + 1, "text/plain", walk);
    }
  } else if (OPAQUE_TYPES.has(top) && !CALENDAR_TYPES.has(type) && !namesReadFile(head.fields)) {
    walk.cuts.push(head.bodyStart, end);
  } else if (top === "text" && !CALENDAR_TYPES.has(type) && encoding !== undefined && LINE_ENCODINGS.has(encoding)) {
    const cutAt = afterLines(bytes, head.bodyStart, end, MAX_TEXT_LINES);
    if (cutAt >= 0 && cutAt < end) {
      walk.cuts.push(cutAt, end);
      walk.unread.add(`a text part has over ${withCommas(MAX_TEXT_LINES)} lines, so only its first ${withCommas(MAX_TEXT_LINES)} were read`);
    }
  }
}

/**
 * The end of the delimiter line starting at `at` ("--" + boundary [+ "--"], spaces/tabs, CRs)
 * as [index after its LF (or end), closing?], or null when the line is not a delimiter.
 */
function delimiterLine(bytes: Uint8Array, at: number, end: number, boundary: Uint8Array): [number, boolean] | null {
  let k = at + 2;
  if (k + boundary.length > end || bytes[at + 1] !== DASH) return null;
  for (let j = 0; j < boundary.length; j++) if (bytes[k + j] !== boundary[j]) return null;
  k += boundary.length;
  const closing = k + 1 < end && bytes[k] === DASH && bytes[k + 1] === DASH;
  if (closing) k += 2;
  while (k < end && (bytes[k] === SP || bytes[k] === TAB)) k++;
  while (k < end && bytes[k] === CR) k++;
  if (k < end && bytes[k] !== LF) return null;
  return [Math.min(k + 1, end), closing];
}

/**
 * A search for `needle` in bytes (Boyer-Moore-Horspool): it steps over most of a large body
 * by the needle's length at a time, where a byte-by-byte scan (even Uint8Array#indexOf) costs
 * about 0.6 ms per MB of attachment.
 */
function byteSearch(needle: Uint8Array): (bytes: Uint8Array, from: number, end: number) => number {
  const last = needle.length - 1;
  const shift = new Int32Array(256).fill(needle.length);
  for (let i = 0; i < last; i++) shift[needle[i]!] = last - i;
  return (bytes, from, end) => {
    for (let i = from; i + last < end; i += shift[bytes[i + last]!]!) {
      let j = last;
      while (j >= 0 && bytes[i + j] === needle[j]) j--;
      if (j < 0) return i;
    }
    return -1;
  };
}

/** Splits a multipart body at its delimiter lines and walks each part; the epilogue is kept. */
function walkMultipart(bytes: Uint8Array, bodyStart: number, end: number, boundary: Uint8Array, depth: number, digest: boolean, walk: Walk): void {
  const partType = digest ? "message/rfc822" : "text/plain"; // RFC 2046 5.1.5
  let partStart = -1; // -1 while in the preamble
  let dropFrom = -1; // where the parts past MAX_PARTS start, once there are such parts
  // Every delimiter line starts with "--" + boundary: only those places are looked at.
  const dashBoundary = new Uint8Array(boundary.length + 2).fill(DASH);
  dashBoundary.set(boundary, 2);
  const next = byteSearch(dashBoundary);
  for (let at = next(bytes, bodyStart, end); at >= 0; at = next(bytes, at + 1, end)) {
    if (bytes[at - 1] !== LF) continue;
    const line = delimiterLine(bytes, at, end, boundary);
    if (!line) continue;
    if (dropFrom >= 0) {
      // Past the part limit: only the closing delimiter is looked for, and kept.
      if (!line[1]) continue;
      walk.cuts.push(dropFrom, at);
      return;
    }
    if (partStart >= 0) {
      // The CRLF before a delimiter belongs to the delimiter (RFC 2046 5.1.1).
      const partEnd = at - 1 > partStart && bytes[at - 2] === CR ? at - 2 : at - 1;
      walkEntity(bytes, partStart, Math.max(partStart, partEnd), depth + 1, partType, walk);
    }
    if (line[1]) return;
    if (walk.parts >= MAX_PARTS) {
      // This delimiter opens a part past the limit: it and every part after it are dropped.
      dropFrom = at;
      walk.unread.add(`the message has over ${MAX_PARTS} parts, so only the first ${MAX_PARTS} were read`);
      at = line[0] - 1;
      continue;
    }
    partStart = line[0];
    at = line[0] - 1;
  }
  if (dropFrom >= 0) walk.cuts.push(dropFrom, end);
  // No closing delimiter: postal-mime ends the last part at the end of the input, as here.
  else if (partStart >= 0) walkEntity(bytes, partStart, end, depth + 1, partType, walk);
}

/** The input with the cut ranges left out, in one new buffer (the input itself when nothing is cut). */
function withoutCuts(bytes: Uint8Array, cuts: number[]): Uint8Array {
  if (cuts.length === 0) return bytes;
  let removed = 0;
  for (let i = 0; i < cuts.length; i += 2) removed += cuts[i + 1]! - cuts[i]!;
  const out = new Uint8Array(bytes.length - removed);
  let from = 0;
  let at = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    out.set(bytes.subarray(from, cuts[i]), at);
    at += cuts[i]! - from;
    from = cuts[i + 1]!;
  }
  out.set(bytes.subarray(from), at);
  return out;
}

/**
 * The message with the body of every binary leaf part emptied (headers kept, so postal-mime
 * still reports each attachment's filename and type), walking nested multiparts and attached
 * messages; past MAX_PARTS parts or MAX_TEXT_LINES lines of a text part, the rest is dropped
 * and a sentence saying so is added to `unread`. Text parts, calendars, attached messages, parts
 * without a Content-Type and anything malformed or unclear keep their bytes. Linear in the size
 * per nesting level; never throws (returns the input unchanged on any failure); runs in
 * workerd (no Node built-ins).
 */
export function slimMessage(raw: Uint8Array, unread: string[] = []): Uint8Array {
  try {
    const walk: Walk = { cuts: [], parts: 0, unread: new Set() };
    walkEntity(raw, 0, raw.length, 0, "text/plain", walk);
    unread.push(...walk.unread);
    return withoutCuts(raw, walk.cuts);
  } catch {
    return raw;
  }
}
