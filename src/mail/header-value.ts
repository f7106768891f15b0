/**
 * Header values the Worker writes from text it did not choose (a note's subject, a company or
 * interviewer name in a reminder): one line, a bounded length, ASCII on the wire. Pure.
 *
 * The value is made safe here, before outgoing-mime.ts writes it into a message: no text of a
 * note can end the header line or add a header, and non-ASCII is written as encoded-words.
 */

/**
 * A subject is cut after this many characters (with "…"): far more than any mail client shows,
 * and it keeps a subject built from a long note subject or company name to one header line.
 */
export const MAX_HEADER_TEXT_CHARS = 200;

/**
 * Control characters (C0, DEL, C1 including NEL) and every kind of white space, the Unicode
 * line and paragraph separators among them: each run becomes one space, so nothing can end
 * the header line or start another.
 */
const BREAKS = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** Text a header may carry as it is: printable ASCII that no decoder reads as an encoded-word. */
const PLAIN = /^[\x20-\x7e]*$/;

/** RFC 2047 §2: an encoded-word is at most 75 characters; "=?UTF-8?B?" and "?=" leave 63, i.e. 60 base64 characters. */
const WORD_BYTES = 45;
const WORD_CHARS = "=?UTF-8?B?".length + (WORD_BYTES / 3) * 4 + "?=".length;

/**
 * RFC 5322 §2.1.1: a line is at most 998 characters. At most this many encoded-words, with a
 * space between each, fit on one line after "Subject: ", so the value stays within that limit
 * even where it is not folded.
 */
const MAX_WORDS = Math.floor((998 - "Subject: ".length + 1) / (WORD_CHARS + 1));

const utf8 = new TextEncoder();

const utf8Length = (char: string): number => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** The characters of the text cut to `max` (not UTF-16 units), the last one an ellipsis when cut. */
function cut(chars: string[], max: number): string[] {
  if (chars.length <= max) return chars;
  const kept = chars.slice(0, max - 1);
  while (kept.at(-1) === " ") kept.pop();
  return [...kept, "…"];
}

/** Runs of whole characters of at most WORD_BYTES of UTF-8 each: one encoded-word's worth. */
function wordTexts(chars: readonly string[]): string[] {
  const words: string[] = [];
  let text = "";
  let bytes = 0;
  for (const char of chars) {
    const length = utf8Length(char);
    if (bytes + length > WORD_BYTES) {
      words.push(text);
      text = "";
      bytes = 0;
    }
    text += char;
    bytes += length;
  }
  if (text) words.push(text);
  return words;
}

const encodedWord = (text: string): string => `=?UTF-8?B?${btoa(String.fromCharCode(...utf8.encode(text)))}?=`;

/** The characters as B-encoded words (RFC 2047), within MAX_WORDS: cut further, with "…", when they need more. */
function encoded(chars: string[]): string {
  let words = wordTexts(chars);
  if (words.length > MAX_WORDS) {
    // Keep what the words can hold, then make room in the last one for the ellipsis.
    let kept = Array.from(words.slice(0, MAX_WORDS).join(""));
    do {
      kept = kept.slice(0, -1);
      words = wordTexts([...kept, "…"]);
    } while (words.length > MAX_WORDS);
  }
  // A decoder joins adjacent encoded-words without the space between them, so the text reads back whole.
  return words.map(encodedWord).join(" ");
}

/**
 * `text` as a header value: on one line (control characters and line breaks become a space,
 * runs of white space one space), at most MAX_HEADER_TEXT_CHARS characters, and RFC 2047
 * encoded-words when it is not plain ASCII, so every mail client shows it as written.
 */
export function headerValue(text: string): string {
  const chars = cut(Array.from(text.replace(BREAKS, " ").trim()), MAX_HEADER_TEXT_CHARS);
  const line = chars.join("");
  return PLAIN.test(line) && !line.includes("=?") ? line : encoded(chars);
}
