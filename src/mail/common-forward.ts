/**
 * The inline forwards seen most, read directly: Gmail's "---------- Forwarded message ---------",
 * Apple Mail's "Begin forwarded message:" and Thunderbird's "-------- Forwarded Message --------",
 * in English, with a plain header block and nothing header- or separator-like around it.
 *
 * Why not always email-forward-parser: it runs every one of its ~250 locale patterns over the
 * body on each read, which was a fifth of a typical forward's whole check (about 0.4 ms). This
 * reader accepts only the simple shapes it can read exactly as the library does and returns
 * null for anything else, which then goes to the library; a property test holds it to the
 * library's result for every body it accepts.
 */
import type { EmailForwardMailbox, EmailForwardResult } from "email-forward-parser";

/** The separator lines read here (whole lines), as the library's English patterns accept them. */
const SEPARATOR = /^(?:-{8,10} Forwarded message -{8,10}|-{5,8} Forwarded Message -{5,8}|Begin forwarded message:)$/;

/** A header line of the forwarded block: a key this reader knows, a colon, a value. */
const HEADER_LINE = /^(From|Date|Subject|To|Cc|CC|Reply-To):[ \t]*(.*?)[ \t]*$/;

/**
 * Text the library could take for a separator or a header line (any colon, times such as
 * "2:30" aside; a run of dashes or underscores) or rewrites before reading (a quote marker, a
 * four-space indent). Text around the block without these cannot change what the library reads.
 */
const HEADER_LIKE = /[:：]|-{3}|_{5}|^>|^ {4}/m;
const TIME = /\d[:：]\d/g;

/** Characters the library rewrites before reading (BOM, no-break spaces) or lines it does not split on. */
const NORMALISED_BY_LIBRARY = /[\ufeff\u00a0\r]/;

/** An address in the one shape the library keeps verbatim (no brackets, quotes or separators). */
const ADDRESS = /^[^\s@<>[\]|"',;:()]+@[^\s@<>[\]|"',;:()]+\.[^\s@<>[\]|"',;:()]+$/;

/** `Name <address>` with a name the library takes whole (no quotes, brackets or separators). */
const NAMED = /^([^"'<>[\]|,;:()]+?) ?<([^<>]+)>$/;
const QUOTED = /^"([^"'<>[\]|]+)" ?<([^<>]+)>$/;
/** `<address>` alone, as Gmail writes a recipient without a name. */
const BRACKETED = /^()<([^<>]+)>$/;

function headerLike(text: string): boolean {
  return HEADER_LIKE.test(text.replace(TIME, ""));
}

/** One mailbox as the library reports it, or undefined for a shape left to the library. */
function mailbox(text: string): EmailForwardMailbox | undefined {
  if (ADDRESS.test(text)) return { address: text, name: null };
  const match = NAMED.exec(text) ?? QUOTED.exec(text) ?? BRACKETED.exec(text);
  if (!match || !ADDRESS.test(match[2]!)) return undefined;
  const name = match[1]!.trim();
  return { address: match[2]!, name: name && name !== match[2] ? name : null };
}

/** A comma-separated list of mailboxes (commas only inside quoted names), or undefined. */
function mailboxes(value: string): EmailForwardMailbox[] | undefined {
  const parts = value.match(/\s*"[^"]*"[^,]*|[^,]+/g) ?? [];
  const list = parts.map((part) => mailbox(part.trim()));
  return list.length > 0 && list.every((m) => m !== undefined) ? (list as EmailForwardMailbox[]) : undefined;
}

/**
 * Reads `body` when it is one of the common forwards described above, returning what
 * email-forward-parser's `read(body, "")` returns for it; null for any other body.
 */
export function readCommonForward(body: string): EmailForwardResult | null {
  if (NORMALISED_BY_LIBRARY.test(body)) return null;
  const lines = body.split("\n");
  const at = lines.findIndex((line) => SEPARATOR.test(line));
  if (at < 0) return null;
  let i = at + 1;
  if (lines[at]!.endsWith(":")) while (i < lines.length && lines[i]!.trim() === "") i++;
  const fields = new Map<string, string>();
  for (; i < lines.length && lines[i] !== ""; i++) {
    const header = HEADER_LINE.exec(lines[i]!);
    if (!header || fields.has(header[1]!)) return null;
    fields.set(header[1]!, header[2]!);
  }
  const above = lines.slice(0, at).join("\n");
  const original = lines.slice(i).join("\n").trim();
  if (fields.has("Cc") && fields.has("CC")) return null;
  const { From: from, To: to, Subject: subject, Date: date, Cc: cc = fields.get("CC") ?? "" } = Object.fromEntries(fields);
  // The library ends the block at a blank line after a Subject, Cc, To, Reply-To or Date line,
  // and reads these fields from the block alone only when each is present.
  const last = [...fields.keys()].at(-1);
  if (i >= lines.length || last === "From" || !from || !to || !subject || !date || !original) return null;
  if (headerLike(above) || headerLike(original) || headerLike(subject) || headerLike(date)) return null;
  const author = mailbox(from);
  const toList = mailboxes(to);
  const ccList = cc ? mailboxes(cc) : [];
  const replyTo = fields.get("Reply-To");
  if (!author || !toList || !ccList || (replyTo !== undefined && !mailboxes(replyTo))) return null;
  return {
    forwarded: true,
    message: above.trim() || null,
    email: { body: original, from: author, to: toList, cc: ccList, subject, date },
  };
}
