/**
 * Reading a MIME entity's header block on raw bytes, the way postal-mime reads it: the block
 * ends at the first empty line (CRLF or LF), folded lines are joined, the first Content-*
 * field of each name wins. Only what the slimming pre-pass needs, and conservatively: anything
 * unusual reads as null, so the caller keeps the part as it is. And the top-level header block
 * alone, for a message the parser cannot read whole.
 */

/** A Content-* field longer than this is not mail a client wrote: the part is kept whole. */
const MAX_FIELD_CHARS = 16 * 1024;

/** Bytes the header reader and the delimiter scan look for. */
export const LF = 10;
export const CR = 13;
export const SP = 32;
export const TAB = 9;
const COLON = 58;

const utf8 = new TextDecoder();

/** The Content-* fields of one header block (first occurrence, unfolded, as postal-mime reads them). */
export interface Head {
  bodyStart: number;
  fields: Map<string, string>;
}

const WANTED = new Set(["content-type", "content-transfer-encoding", "content-disposition"]);

/** Field names longer than this are none of the WANTED ones, whatever spaces pad them. */
const MAX_NAME_CHARS = 40;

/** Bytes String#trim removes in the Latin-1 range (a field name read byte by byte is Latin-1). */
const TRIMMED = new Set([9, 10, 11, 12, 13, 32, 160]);

/** True when bytes [from, to) spell `name` (lower case, ASCII) with ASCII letters in any case. */
function spells(bytes: Uint8Array, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let i = 0; i < name.length; i++) {
    const b = bytes[from + i]!;
    if ((b >= 65 && b <= 90 ? b | 0x20 : b) !== name.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The WANTED field a header line names (as the lower-cased, trimmed text before its colon
 * would read), else "". Compared on the bytes: this runs for every header line of every part.
 */
function fieldName(bytes: Uint8Array, start: number, lineEnd: number): string {
  if ((bytes[start]! | 0x20) !== 0x63) return "";
  // Looked for within the name's longest length only: a line without a colon must not send
  // the search through the rest of the message.
  const limit = Math.min(lineEnd, start + MAX_NAME_CHARS + 1);
  let colon = start;
  while (colon < limit && bytes[colon] !== COLON) colon++;
  if (colon >= limit) return "";
  let nameEnd = colon;
  while (nameEnd > start && TRIMMED.has(bytes[nameEnd - 1]!)) nameEnd--;
  for (const name of WANTED) if (spells(bytes, start, nameEnd, name)) return name;
  return "";
}

/**
 * The header block of the entity at [start, end): where its body starts and its Content-*
 * fields; null when there is no body or a field is too long to trust.
 */
export function readHead(bytes: Uint8Array, start: number, end: number): Head | null {
  const fields = new Map<string, string>();
  let current = "";
  for (let i = start; i < end; ) {
    const nl = bytes.indexOf(LF, i);
    if (nl < 0 || nl >= end) return null;
    let lineEnd = nl;
    while (lineEnd > i && bytes[lineEnd - 1] === CR) lineEnd--;
    if (lineEnd === i) return { bodyStart: nl + 1, fields };
    if (bytes[i] === SP || bytes[i] === TAB) {
      if (current) fields.set(current, fields.get(current)! + utf8.decode(bytes.subarray(i, lineEnd)));
    } else {
      const name = fieldName(bytes, i, lineEnd);
      current = WANTED.has(name) && !fields.has(name) ? name : "";
      if (current) fields.set(current, utf8.decode(bytes.subarray(bytes.indexOf(COLON, i) + 1, lineEnd)));
    }
    if (current && fields.get(current)!.length > MAX_FIELD_CHARS) return null;
    i = nl + 1;
  }
  return null;
}

/** A Content-Type value as type and parameters, or null for anything not plainly well-formed. */
export function parseContentType(value: string): { type: string; params: Map<string, string> } | null {
  const pieces: string[] = [];
  let quoted = false;
  let from = 0;
  let valueAt = -1; // where the current parameter's value starts, -1 before its "="
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"') quoted = !quoted;
    else if (quoted && c === "\\") return null; // escapes: leave them to postal-mime
    else if (quoted) continue;
    else if (c === "=" && valueAt < 0) valueAt = i + 1;
    // A comment, as postal-mime sees one: anywhere outside a value, else after whitespace
    // ("report(1).pdf" is a name, not a comment). Leave those to postal-mime.
    else if (c === "(" && (valueAt < 0 || !value.slice(valueAt, i).trim() || /[ \t]/.test(value[i - 1]!))) return null;
    else if (c === ";") {
      pieces.push(value.slice(from, i));
      from = i + 1;
      valueAt = -1;
    }
  }
  if (quoted) return null;
  pieces.push(value.slice(from));
  const type = pieces[0]!.trim().toLowerCase();
  if (!/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/.test(type)) return null;
  const params = new Map<string, string>();
  for (const piece of pieces.slice(1)) {
    const eq = piece.indexOf("=");
    const name = (eq < 0 ? piece : piece.slice(0, eq)).trim().toLowerCase();
    const raw = eq < 0 ? "" : piece.slice(eq + 1).trim();
    const unquoted = /^"[^"]*"$/.test(raw) ? raw.slice(1, -1) : raw;
    if (unquoted.includes('"')) return null; // junk around a quoted string
    if (name && !params.has(name)) params.set(name, unquoted);
  }
  return { type, params };
}

const EMPTY_LINE = new Uint8Array([CR, LF]);

/**
 * A message's own header block, with the empty line that ends it, as a message of its own with
 * an empty body: what can still be read when the whole message cannot. At most `maxBytes`: a
 * longer block (or one with no end) keeps the whole lines that fit and gets an empty line added.
 */
export function headerBlock(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const limit = Math.min(bytes.length, maxBytes - EMPTY_LINE.length);
  let lineStart = 0;
  for (let nl = bytes.indexOf(LF); nl >= 0 && nl < limit; nl = bytes.indexOf(LF, lineStart)) {
    let lineEnd = nl;
    while (lineEnd > lineStart && bytes[lineEnd - 1] === CR) lineEnd--;
    if (lineEnd === lineStart) return bytes.subarray(0, nl + 1);
    lineStart = nl + 1;
  }
  const block = new Uint8Array(lineStart + EMPTY_LINE.length);
  block.set(bytes.subarray(0, lineStart));
  block.set(EMPTY_LINE, lineStart);
  return block;
}
