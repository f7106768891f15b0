/**
 * Structural defects postal-mime tolerates silently but the user should hear about:
 * it parses almost anything, so these checks read the raw text themselves.
 */

/** RFC 5322 2.1.1: a line must not exceed 998 characters. Longer ones are malformed or hostile. */
export const MAX_HEADER_LINE = 998;

/** A header name: printable ASCII except ":" and space, then ":". */
const HEADER_LINE = /^[!-9;-~]+:/;

/** The header block: everything before the first empty line. */
function headerBlock(raw: string): { headers: string; hasSeparator: boolean } {
  const match = /\r?\n\r?\n/.exec(raw);
  return match ? { headers: raw.slice(0, match.index), hasSeparator: true } : { headers: raw, hasSeparator: false };
}

/** The top-level Content-Type value, unfolded, or "". */
function topContentType(headers: string): string {
  const match = /^content-type[ \t]*:([^\n]*(?:\r?\n[ \t][^\n]*)*)/im.exec(headers);
  return match ? match[1]!.replace(/\r?\n[ \t]+/g, " ").trim() : "";
}

/** The boundary parameter of a Content-Type value, quotes removed, or null. */
function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * Human-readable problems with the message's overall structure: empty input, no
 * header/body separator, no header fields at all, an over-long header line, a multipart
 * message without a boundary or without its closing boundary.
 */
export function structuralProblems(raw: string): string[] {
  if (raw.trim() === "") return ["the message is empty"];
  const problems: string[] = [];
  const { headers, hasSeparator } = headerBlock(raw);
  const lines = headers.split(/\r?\n/);
  if (!hasSeparator) problems.push("the message has no header/body separator (blank line after the headers)");
  if (!lines.some((line) => HEADER_LINE.test(line))) problems.push("the message has no header fields");
  if (lines.some((line) => line.length > MAX_HEADER_LINE)) {
    problems.push(`a header line is longer than ${MAX_HEADER_LINE} characters`);
  }
  const contentType = topContentType(headers);
  if (/^multipart\//i.test(contentType)) {
    const boundary = boundaryOf(contentType);
    if (!boundary) {
      problems.push("the message is multipart but names no boundary; its body was read as plain text");
    } else if (!raw.includes(`--${boundary}--`)) {
      problems.push("the multipart body has no closing boundary; it may be cut off");
    }
  }
  return problems;
}
