/**
 * Normalises body text before and after unwrapping: one line-ending style, no BOM, no
 * trailing whitespace, at most one blank line between paragraphs.
 */

/**
 * CRLF/CR → LF, BOM and non-breaking spaces (whitespace-only lines from Outlook and IONOS
 * quoting) made plain, trailing spaces cut, runs of blank lines collapsed to one, and
 * leading/trailing blank lines removed. Words and paragraph breaks are left as written.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\u00A0/g, " ")
    // From the start of a run only: tried at every space, a long run before a word costs its length squared.
    .replace(/(?<![ \t])[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}
