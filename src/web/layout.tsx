/**
 * The page shell: header with navigation, the logout form (CSRF-protected like every form),
 * and the stylesheet. hono/jsx escapes every string it interpolates.
 */
import type { Child, FC } from "hono/jsx";
import { CSRF_FIELD } from "./csrf.js";

/** Bumped with the stylesheet so browsers that cached the old one fetch the new. */
export const STYLESHEET_PATH = "/static/app.css?v=3";

/**
 * The tab's icon, a white tick on the app's blue, inline as a data: URL: no request (so no
 * login redirect for /favicon.ico), and allowed by the Content-Security-Policy's img-src.
 */
export const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='7' fill='#1d4ed8'/><path d='M9 16.5l4.5 4.5L23 11' fill='none' stroke='#fff' stroke-width='3.5' stroke-linecap='round' stroke-linejoin='round'/></svg>",
)}`;

const NAV = [
  ["/", "Interviews"],
  ["/check", "Check a draft"],
  ["/settings", "Settings"],
] as const;

export const Document: FC<{ title: string; children?: Child }> = ({ title, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>{`${title} · followup-check`}</title>
      <link rel="icon" type="image/svg+xml" href={FAVICON} />
      <link rel="stylesheet" href={STYLESHEET_PATH} />
    </head>
    <body>{children}</body>
  </html>
);

/** A signed-in page. `current` marks the navigation entry for screen readers and the eye. */
export const Layout: FC<{ title: string; current: string; csrf: string; children?: Child }> = ({ title, current, csrf, children }) => (
  <Document title={title}>
    <a class="skip" href="#main">
      Skip to content
    </a>
    <header class="top">
      <div class="bar">
        <a class="brand" href="/">
          followup-check
        </a>
        <nav aria-label="Main">
          {NAV.map(([href, label]) => (
            <a href={href} aria-current={href === current ? "page" : undefined}>
              {label}
            </a>
          ))}
          <form method="post" action="/logout">
            <input type="hidden" name={CSRF_FIELD} value={csrf} />
            <button class="linkish" type="submit">
              Log out
            </button>
          </form>
        </nav>
      </div>
    </header>
    <main id="main">{children}</main>
  </Document>
);

/** The hidden CSRF field for a form. */
export const CsrfField: FC<{ token: string }> = ({ token }) => <input type="hidden" name={CSRF_FIELD} value={token} />;

/** A one-line confirmation after an action ("Interview saved."), announced to screen readers. */
export const Notice: FC<{ text?: string | undefined }> = ({ text }) =>
  text ? (
    <div class="alert good" role="status">
      {text}
    </div>
  ) : null;
