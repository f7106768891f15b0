/**
 * Unwraps forwards: inline forwards (Gmail, Outlook, Apple Mail, Thunderbird, Yahoo, …
 * in many locales, via email-forward-parser) and a message forwarded as an attachment.
 *
 * email-forward-parser imports `createRequire` from "module" and reads `process.env` to
 * look for the optional native re2 engine; it is used only here so it can be swapped.
 */
import EmailForwardParser, { type EmailForwardMailbox, type EmailForwardResult } from "email-forward-parser";
import type { Address } from "../types.js";
import { headerLike, readCommonForward, readOutlookForward } from "./common-forward.js";
import { onFirstUse } from "../text/first-use.js";
import { memoizeForCheck } from "../text/memo.js";
import { maskForLibrary, restoreDeep } from "./library-budget.js";

/** What an inline forward says about the original message. */
export interface InlineForward {
  /** The original message's body, forward header lines and text above them removed. */
  body: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  /** The original's subject, when the forward format carries it. */
  subject: string | null;
}

/**
 * A forward of a forward ("Fwd: Fwd: …") is unwrapped again while nothing was typed
 * above the inner one; past this depth the rest is left to quote stripping.
 */
const MAX_FORWARD_DEPTH = 5;

/** Reply prefixes: a message answering a thread quotes it, it does not forward it. */
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|vs|antw|odp|ynt|r|rif|ref|ответ)\s*(?:\[\d+\])?\s*[:：]/iu;

/** Leading Re:/Fwd:/… prefixes, repeated ("Re: Fwd: Thanks"), in common locales. */
const SUBJECT_PREFIX =
  /^\s*(?:(?:re|fwd?|fw|aw|wg|tr|sv|vs|rv|enc|antw|doorst|odp|pd|i|rif|wt|ynt|ilt|fs)\s*(?:\[\d+\])?\s*[:：]\s*)+/iu;

/** The subject with leading reply/forward prefixes removed. */
export function stripSubjectPrefixes(subject: string): string {
  return subject.replace(SUBJECT_PREFIX, "").trim();
}

/** email-forward-parser's mailbox as our Address (names-only mailboxes keep address ""). */
function toAddress(mailbox: EmailForwardMailbox | null | undefined): Address | null {
  const address = (mailbox?.address ?? "").replace(/^mailto:/i, "").trim().toLowerCase();
  const name = (mailbox?.name ?? "").trim();
  return address || name ? { name, address } : null;
}

function toAddresses(mailboxes: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined): Address[] {
  const list = Array.isArray(mailboxes) ? mailboxes : mailboxes ? [mailboxes] : [];
  return list.map(toAddress).filter((a): a is Address => a !== null);
}

/** A separator line is short ("-------- Forwarded Message --------"). */
const MAX_SEPARATOR_LENGTH = 60;

/** A word saying "forwarded" in some language, as separator lines carry it. */
const FORWARD_WORD = /forward|weitergeleitet|transféré|réexpédié|reenviado|inoltrato|encaminhad|doorgestuurd|vidarebefordra|videresendt|przekazan|пересыла|転送|转发/iu;

/** True when some short line is a "forwarded" separator ("Begin forwarded message:"). */
function hasForwardSeparator(body: string): boolean {
  return body.split("\n").some((raw) => {
    const line = raw.replace(/^[\s>]+/, "").trim();
    return (
      line.length < MAX_SEPARATOR_LENGTH &&
      FORWARD_WORD.test(line) &&
      (/^-{2,}|-{2,}$/.test(line) || /[:：]$/.test(line))
    );
  });
}

/**
 * One parser for every message, made on first use: its constructor compiles some hundred
 * regular expressions (most of a forward's parse cost when made per message), and it keeps
 * no state between reads (String match/split/replace only). Lazily, so a Worker that never
 * sees a plain-text body does not pay for it at start-up.
 */
const forwardParser = onFirstUse(() => new EmailForwardParser());

/**
 * The library's answer for a subject and a (masked) body, keyed as the subject's length, a space,
 * the subject and the body. Remembered for the check: the library is pure, and where what repeats
 * is a forward separator, each level of the chain masks to the same lines (a hostile note of
 * 100 KB of them was read five times over).
 */
const libraryAnswer = memoizeForCheck((key: string): EmailForwardResult => {
  const space = key.indexOf(" ");
  const subjectEnd = space + 1 + Number(key.slice(0, space));
  return forwardParser().read(key.slice(subjectEnd), key.slice(space + 1, subjectEnd));
});

/** The library's reading of `body`, given only the lines within its budget; the rest come back as they were (library-budget.ts). */
function libraryRead(body: string, subject: string): EmailForwardResult {
  const masked = maskForLibrary(body);
  const read = libraryAnswer(`${subject.length} ${subject}${masked.text}`);
  // With nothing masked there is nothing to put back, and no copy of the result to make.
  return masked.text === body ? read : restoreDeep(read, masked.restore);
}

/**
 * One pass of email-forward-parser. Some clients are recognised only by a forward
 * subject (Outlook 2013, new Outlook), so the subject is passed. When the subject has
 * no forward prefix (edited away, or a client that adds none) the body is read alone,
 * but then a result is trusted only with a "forwarded" separator or nothing typed above
 * it: an "On … wrote:" or Outlook header block under a note is otherwise a reply chain.
 */
function readOnce(body: string, subject: string): EmailForwardResult {
  // A common forward has a "forwarded" separator, so every branch below comes back to it
  // unless the subject is a reply's: the library (and its ~250 patterns) is not needed then.
  const common = readCommonForward(body);
  if (common && !REPLY_SUBJECT.test(subject)) return common;
  // What the library reads from the subject alone (an empty body, so cheap): asked by both
  // branches below, read once.
  let bySubjectAlone: EmailForwardResult | undefined;
  const subjectAlone = () => (bySubjectAlone ??= libraryRead("", subject));
  // Outlook's header block has no separator: only a forward subject makes it one (the library
  // reads the body alone as none, so every branch below comes to its read under the subject).
  if (!common && subject && !REPLY_SUBJECT.test(subject)) {
    const { forwarded, email } = subjectAlone();
    const outlook = readOutlookForward(body, forwarded ? (email.subject ?? "") : null);
    if (outlook) return outlook;
  }
  const byBody = common ?? libraryRead(body, "");
  // Read with a forward subject, the body is split at the same separator line first, so a
  // body already recognised alone yields the same original (the cases below pick byBody):
  // an empty body is enough to ask the library whether the subject is a forward's.
  if (!subject || (byBody.forwarded && byBody.email.body !== undefined && subjectAlone().forwarded)) return byBody;
  const bySubject = libraryRead(body, subject);
  if (bySubject.forwarded && bySubject.email.body !== undefined) {
    // Given a subject, the library reports it (minus "Fwd:") as the original's; the
    // original's own Subject line, read when the body alone is recognised, is better.
    return byBody.forwarded && byBody.email.body === bySubject.email.body ? byBody : bySubject;
  }
  if (REPLY_SUBJECT.test(subject)) return bySubject;
  const typedAbove = (byBody.message ?? "").trim() !== "";
  return byBody.forwarded && typedAbove && !hasForwardSeparator(body) ? bySubject : byBody;
}

/**
 * Recognises an inline forward in a plain-text body and returns the original message,
 * or null when the body is not a forward. A subject starting with a reply prefix is
 * never a forward: its quoted "From:/Sent:" block is a reply chain. Never throws.
 */
export function unwrapInlineForward(body: string, subject: string): InlineForward | null {
  let found: InlineForward | null = null;
  let current = body;
  let currentSubject = subject;
  for (let depth = 0; depth < MAX_FORWARD_DEPTH; depth++) {
    // The library splits only at a separator or header line: a body without one (the note
    // inside a forward, a draft sent directly) is no forward, and its ~250 patterns are skipped.
    if (!headerLike(current)) break;
    let result;
    try {
      result = readOnce(current, currentSubject);
    } catch {
      return found; // a regex failure in the library must not fail the parse
    }
    if (!result.forwarded || result.email.body === undefined) break;
    // Text typed above an inner forward belongs to the outer forwarded message: stop.
    if (found && (result.message ?? "").replace(/^[ \t-]*Original Message[ \t-]*$/im, "").trim()) break;
    const subjectSoFar: string | null = found ? found.subject : null;
    found = {
      body: result.email.body,
      from: toAddress(result.email.from),
      to: toAddresses(result.email.to),
      cc: toAddresses(result.email.cc),
      subject: result.email.subject ? stripSubjectPrefixes(result.email.subject) : subjectSoFar,
    };
    current = result.email.body;
    currentSubject = result.email.subject ?? "";
  }
  return found;
}

/** MIME types a client uses for a message forwarded as an attachment. */
const MESSAGE_TYPES = new Set(["message/rfc822", "message/global"]);

/** True for an attachment that is itself an email (a forward-as-attachment original). */
export function isAttachedMessage(attachment: { mimeType: string; filename: string | null }): boolean {
  return MESSAGE_TYPES.has(attachment.mimeType) || /\.eml$/i.test(attachment.filename ?? "");
}
