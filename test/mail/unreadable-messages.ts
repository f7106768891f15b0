/**
 * Messages the parser gives up on (see MAX_NESTING_DEPTH and MAX_HEADERS_SIZE in
 * src/mail/parse.ts), each a draft to check+northwind-sre@ with Priya in Cc and an ordinary
 * header block, so what can still be read from it is known.
 */
import { MAX_HEADERS_SIZE, MAX_NESTING_DEPTH } from "../../src/mail/parse.js";

export type Unreadable = "nesting" | "long-field" | "many-fields";

export interface UnreadableOptions {
  to?: string;
  /** null for no Cc. */
  cc?: string | null;
  messageId?: string;
  headers?: Record<string, string>;
}

const NOTE = "Content-Type: text/plain; charset=utf-8\r\n\r\nHi Priya,\r\n\r\nThank you for the on-call rotation redesign chat.\r\n";

/** A text part inside `depth` multiparts. */
function nested(depth: number): string {
  let entity = NOTE;
  for (let i = depth; i > 0; i--) entity = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${entity}\r\n--b${i}--\r\n`;
  return entity;
}

/** The header block's own fields, then what makes the message unreadable. */
export function unreadableMessage(how: Unreadable, options: UnreadableOptions = {}): string {
  const cc = options.cc === undefined ? "Priya Raman <priya.raman@northwind.example>" : options.cc;
  const head = [
    "From: Alex Chen <alex@candidate.example>",
    `To: ${options.to ?? "check+northwind-sre@example.com"}`,
    ...(cc ? [`Cc: ${cc}`] : []),
    "Subject: Thank you, Priya",
    "Date: Tue, 17 Nov 2026 19:30:00 -0500",
    `Message-ID: ${options.messageId ?? "<unreadable-1@candidate.example>"}`,
    "MIME-Version: 1.0",
    ...Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ].join("\r\n");
  switch (how) {
    case "nesting":
      return `${head}\r\n${nested(MAX_NESTING_DEPTH + 10)}`;
    case "long-field":
      return `${head}\r\nX-Padding: ${"a".repeat(MAX_HEADERS_SIZE + 1024)}\r\n${NOTE}`;
    case "many-fields": {
      const lines = Math.ceil(MAX_HEADERS_SIZE / 70) + 100;
      return `${head}\r\n${Array.from({ length: lines }, (_, i) => `X-Pad-${i}: ${"b".repeat(60)}`).join("\r\n")}\r\n${NOTE}`;
    }
  }
}
