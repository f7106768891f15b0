/**
 * Where the timeline draws things: times as fractions of its width, and each label's box and
 * row, laid out so that no two labels' boxes overlap at any chart width from LAYOUT_WIDTH_PX up.
 *
 * The chart is HTML, not a scaled SVG: text keeps its CSS size on a phone. Label positions
 * are fractions of the chart's width and label widths are fixed in px, so the gap between
 * two labels in a row only grows as the chart widens; laying them out at the narrowest width
 * keeps them apart at every wider one. Pure: the page passes the times and `now` in.
 */

/**
 * The narrowest chart the labels are laid out for: a 320 px phone's screen less the page's
 * and the card's padding and borders. Wider charts only spread the labels further apart.
 */
export const LAYOUT_WIDTH_PX = 256;
/** Label text size: at least the 12 px below which text on a phone stops being readable. */
export const LABEL_FONT_PX = 13;
/** One label's box height (its line height), and a row's: the box and the space below it. */
export const LABEL_HEIGHT_PX = 18;
export const ROW_PX = 22;
/** Space kept between two labels in the same row, so they read as two. */
const LABEL_GAP_PX = 8;
/** Padding inside a label's box on each side: its white background keeps lines off the text. */
export const LABEL_PADDING_PX = 3;
/** A connector this close to another row's label would look like it belongs to it. */
const CONNECTOR_CLEARANCE_PX = 3;
/** Longest label text kept: a name or a date fits; longer is cut with an ellipsis. */
const MAX_LABEL_CHARS = 28;
/** Margin before the first time and after the last, as a share of the span shown. */
const MARGIN = 0.06;
/** The margin when everything happens at one instant. */
const HOUR_MS = 3_600_000;

/**
 * Advance widths in em of the widest common sans-serif faces (DejaVu Sans, which Linux falls
 * back to, is wider than Roboto, Segoe UI and San Francisco): an estimate on the wide side,
 * so the box the layout reserves holds the text whichever face the browser picks.
 */
const NARROW = new Set("fijlrtI!|.,:;'’()[] -");
const WIDE = new Set("mwMW@%&");
const EM = { narrow: 0.42, wide: 1.0, upper: 0.8, other: 0.64, ideograph: 1.0, emoji: 1.25 };
/** Where East Asian scripts (full-width) start, and where emoji do. */
const FULL_WIDTH_FROM = 0x1100;
const EMOJI_FROM = 0x1f000;

/** The width in px a label's text needs at LABEL_FONT_PX (an estimate on the wide side). */
export function textWidthPx(text: string): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= EMOJI_FROM) em += EM.emoji;
    else if (code >= FULL_WIDTH_FROM) em += EM.ideograph;
    else if (NARROW.has(char)) em += EM.narrow;
    else if (WIDE.has(char)) em += EM.wide;
    else if (char !== char.toLowerCase()) em += EM.upper;
    else em += EM.other;
  }
  return Math.ceil(em * LABEL_FONT_PX);
}

/** `text` cut to MAX_LABEL_CHARS (whole characters, never half an emoji), with an ellipsis when cut. */
function shortened(text: string): string {
  const chars = [...text.trim()];
  return chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join("").trimEnd()}…` : chars.join("");
}

/** Maps times to fractions of the chart's width: what the chart shows, and whether `now` is on it. */
export interface TimeScale {
  at(time: number): number;
  /** False when now is so far off that showing it would squash everything else. */
  showsNow: boolean;
}

/** A scale spanning `times`, and `now` when it is within one span of them. */
export function timeScale(times: readonly number[], now: number): TimeScale {
  const first = Math.min(...times);
  const last = Math.max(...times);
  const showsNow = now >= first - (last - first) && now <= last + (last - first);
  const lo = showsNow ? Math.min(first, now) : first;
  const hi = showsNow ? Math.max(last, now) : last;
  const margin = (hi - lo) * MARGIN || HOUR_MS;
  return { at: (time) => (time - (lo - margin)) / (hi - lo + 2 * margin), showsNow };
}

/** A label to place: its text and the point it marks, as a fraction of the chart's width. */
export interface LabelInput {
  at: number;
  text: string;
}

/** Where a label goes. */
export interface Placement {
  /** The text shown (cut when too long). */
  text: string;
  /** The point it marks, clamped into the chart. */
  at: number;
  /** The box's width in px, padding included. */
  widthPx: number;
  /** How much of the box lies left of its point: 0 starts there, 0.5 centres on it, 1 ends there. */
  anchor: number;
  /** 0 is the row just below the band. */
  row: number;
}

/** A label's box in px in a chart `chartWidthPx` wide; top and bottom from the first row's top. */
export function labelBox(label: Placement, chartWidthPx: number): { left: number; right: number; top: number; bottom: number } {
  const left = label.at * chartWidthPx - label.anchor * label.widthPx;
  return { left, right: left + label.widthPx, top: label.row * ROW_PX, bottom: label.row * ROW_PX + LABEL_HEIGHT_PX };
}

/** Centred on its point where the box fits in the chart; else moved just enough to fit. */
function anchorFor(at: number, widthPx: number): number {
  const x = at * LAYOUT_WIDTH_PX;
  // The box must start at or after 0 (anchor ≤ x / w) and end by the chart's edge (anchor ≥ 1 − (W − x) / w).
  const latest = Math.min(1, x / widthPx);
  const earliest = Math.max(0, 1 - (LAYOUT_WIDTH_PX - x) / widthPx);
  return Math.min(Math.max(0.5, earliest), latest);
}

/**
 * Places `labels`, each in the first row where its box overlaps no other label's and, where
 * possible, where no connector from the band to a lower label runs through it. Labels are
 * placed in the order of their points, so labels on one spot stack in the order given.
 */
export function layoutLabels<T extends LabelInput>(labels: readonly T[]): (T & Placement)[] {
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.at - b.label.at || a.index - b.index);
  const placed: (T & Placement)[] = [];
  const byIndex = new Map<number, T & Placement>();
  for (const { label, index } of order) {
    const text = shortened(label.text);
    const at = Math.min(Math.max(label.at, 0), 1);
    const widthPx = Math.min(textWidthPx(text) + 2 * LABEL_PADDING_PX, LAYOUT_WIDTH_PX);
    const candidate = { ...label, text, at, widthPx, anchor: anchorFor(at, widthPx), row: 0 };
    const rows = Array.from({ length: placed.length + 1 }, (_, row) => ({ ...candidate, row }));
    const free = rows.filter((c) => placed.every((other) => !overlaps(c, other)));
    const chosen = free.find((c) => placed.every((other) => !crosses(c, other))) ?? free[0]!;
    placed.push(chosen);
    byIndex.set(index, chosen);
  }
  return labels.map((_, index) => byIndex.get(index)!);
}

/** True when two labels share a row and their boxes, with the gap between them, overlap. */
function overlaps(a: Placement, b: Placement): boolean {
  if (a.row !== b.row) return false;
  const [boxA, boxB] = [labelBox(a, LAYOUT_WIDTH_PX), labelBox(b, LAYOUT_WIDTH_PX)];
  return boxA.left < boxB.right + LABEL_GAP_PX && boxB.left < boxA.right + LABEL_GAP_PX;
}

/** True when the connector of the lower label runs through the box of the higher one. */
function crosses(a: Placement, b: Placement): boolean {
  if (a.row === b.row) return false;
  const [upper, lower] = a.row < b.row ? [a, b] : [b, a];
  const box = labelBox(upper, LAYOUT_WIDTH_PX);
  const x = lower.at * LAYOUT_WIDTH_PX;
  return x > box.left - CONNECTOR_CLEARANCE_PX && x < box.right + CONNECTOR_CLEARANCE_PX;
}
