/**
 * Case and accent folding, so "José", "Jose" and "JOSE" compare equal and
 * "Zoë Ó'Brien-Łukasz" matches how someone would type it on a plain keyboard.
 */

/** Letters that Unicode decomposition leaves alone but a plain keyboard spells differently. */
const UNDECOMPOSED: Record<string, string> = {
  "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
};

const COMBINING_MARKS = /\p{M}+/gu;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;

/** Plain ASCII has no accents to strip: the common case, folded without Unicode normalisation. */
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-cases, strips accents and normalises apostrophes. */
export function fold(text: string): string {
  if (ASCII.test(text)) {
    // The backtick is the one ASCII apostrophe to straighten; most text has none, and looking for
    // it is cheaper than running the replacement (fold runs some 450 times a note).
    const lower = text.toLowerCase();
    return lower.includes("`") ? lower.replace(TYPOGRAPHIC_APOSTROPHES, "'") : lower;
  }
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(TYPOGRAPHIC_APOSTROPHES, "'");
}
