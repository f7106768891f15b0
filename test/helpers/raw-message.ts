/** Builds a raw RFC 5322 message (CRLF) for tests that feed the whole pipeline. */

export interface RawMessageOptions {
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  date?: string;
  messageId?: string | null;
  headers?: Record<string, string>;
  body: string;
  attachments?: Array<{ filename: string; mimeType: string; base64: string }>;
}

const BOUNDARY = "----=_test_boundary_7f3a";

export function rawMessage(options: RawMessageOptions): string {
  const attachments = options.attachments ?? [];
  const textPart = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", options.body];
  const content = attachments.length
    ? [
        `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
        "",
        `--${BOUNDARY}`,
        ...textPart,
        ...attachments.flatMap((a) => [
          `--${BOUNDARY}`,
          `Content-Type: ${a.mimeType}; name="${a.filename}"`,
          `Content-Disposition: attachment; filename="${a.filename}"`,
          "Content-Transfer-Encoding: base64",
          "",
          a.base64,
        ]),
        `--${BOUNDARY}--`,
        "",
      ]
    : textPart;
  const lines = [
    `From: ${options.from ?? "Alex Chen <alex@candidate.example>"}`,
    `To: ${options.to ?? "check@example.com"}`,
    ...(options.cc ? [`Cc: ${options.cc}`] : []),
    `Subject: ${options.subject ?? "Thank you"}`,
    `Date: ${options.date ?? "Tue, 17 Nov 2026 19:30:00 -0500"}`,
    ...(options.messageId === null ? [] : [`Message-ID: ${options.messageId ?? `<${Math.random().toString(36).slice(2)}@candidate.example>`}`]),
    "MIME-Version: 1.0",
    ...Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    ...content,
  ];
  return lines.join("\r\n").replace(/(?<!\r)\n/g, "\r\n");
}

/** Gmail's inline forward header for a note from Alex to Priya (northwind-sre in the test facts), with the blank line after it. */
export const GMAIL_FORWARD_HEAD = [
  "---------- Forwarded message ---------",
  "From: Alex Chen <alex@candidate.example>",
  "Date: Mon, Nov 17, 2026 at 5:00 PM",
  "Subject: Thank you",
  "To: Priya Raman <priya.raman@northwind.example>",
  "",
  "",
].join("\n");
