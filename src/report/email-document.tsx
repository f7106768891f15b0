/** A complete HTML document for an email's text/html part (reports, receipts, reminders). */
import type { Child } from "hono/jsx";

export function emailDocument(title: string, body: Child): string {
  const page = (
    <html>
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
      </head>
      <body>{body}</body>
    </html>
  );
  return `<!doctype html>${String(page)}`;
}
