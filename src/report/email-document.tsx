/** A complete HTML document for an email's text/html part (reports, receipts, reminders). */
import type { Child } from "hono/jsx";
import { raw } from "hono/html";

/**
 * `darkCss`: rules for a dark colour scheme, for a body whose elements carry the classes they
 * name. Given it, the document says it reads in both schemes (the meta tags and CSS that
 * Apple Mail, Outlook and others honour), so a client shows it dark as designed rather than
 * inverting its colours or leaving dark text on a dark background. The CSS is ours, never
 * the note's, so it goes out unescaped.
 */
export function emailDocument(title: string, body: Child, darkCss?: string): string {
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        {darkCss ? <meta name="color-scheme" content="light dark" /> : null}
        {darkCss ? <meta name="supported-color-schemes" content="light dark" /> : null}
        <title>{title}</title>
        {darkCss ? <style>{raw(`:root{color-scheme:light dark;supported-color-schemes:light dark}@media (prefers-color-scheme:dark){${darkCss}}`)}</style> : null}
      </head>
      <body>{body}</body>
    </html>
  );
  return `<!doctype html>${String(page)}`;
}
