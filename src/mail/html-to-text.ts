/**
 * HTML-only mail turned into plain text the rules can read.
 *
 * Quoted content (<blockquote>, Gmail's quote blocks) is kept but prefixed with "> ", so
 * that the same quote stripping that handles plain-text mail drops it later. It cannot be
 * dropped here: an Apple Mail or Gmail forward carries the forwarded note itself inside
 * those elements, and the forward unwrapper needs it.
 */
import type { FormatCallback, HtmlToTextOptions } from "html-to-text";
import { onFirstUse } from "../text/first-use.js";

/** Renders a block with every line prefixed by "> ", like a plain-text client quotes. */
const quotedBlock: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 1, reservedLineLength: 2 });
  walk(elem.children, builder);
  builder.closeBlock({
    trailingLineBreaks: 1,
    blockTransform: (text) =>
      text
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n"),
  });
};

/** The line Outlook writes above a forwarded or quoted header block. */
const OUTLOOK_SEPARATOR = "_".repeat(32);

const OPTIONS: HtmlToTextOptions = {
  // Keep each paragraph on one line: rules find sentences themselves, and hard wrapping
  // at 80 columns would split names and phrases across lines for no gain.
  wordwrap: false,
  formatters: { quotedBlock },
  selectors: [
    // A link's text is what the writer wrote; "[https://…]" after it is clutter.
    { selector: "a", options: { ignoreHref: true } },
    // Alt text of logos and tracking pixels is not part of the note.
    { selector: "img", format: "skip" },
    { selector: "blockquote", format: "quotedBlock" },
    // Headings keep their case: upper-casing would change the writer's words.
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    // Outlook on the web puts an <hr> above a forwarded header block; its plain-text
    // separator is recognised by both the forward parser and the quote stripper.
    {
      selector: "hr",
      format: "blockString",
      options: { string: OUTLOOK_SEPARATOR, leadingLineBreaks: 1, trailingLineBreaks: 1 },
    },
  ],
};

/**
 * Loaded and compiled on the first HTML body: the library's start-up (its parser and entity
 * tables, ~10 ms) and option compilation (~20 ms) are not paid by a Worker that only ever
 * answers plain-text mail, the common case for forwarded drafts.
 */
const htmlConverter = onFirstUse(() => import("html-to-text").then(({ compile }) => compile(OPTIONS)));

/**
 * Converts an HTML body to plain text: paragraph breaks kept, link URLs and image alt
 * text dropped, quoted blocks prefixed with "> ". Never throws; unparseable HTML
 * yields whatever text could be recovered (possibly "").
 */
export async function htmlToText(html: string): Promise<string> {
  try {
    return (await htmlConverter())(html);
  } catch {
    // html-to-text is lenient, but a hostile document must not take the parse down.
    return html.replace(/<[^>]*>/g, " ");
  }
}
