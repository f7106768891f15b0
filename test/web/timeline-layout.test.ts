/**
 * The timeline's layout: for any labels, no two boxes in a row overlap and every box stays in
 * the chart at any width from the layout's up (a property test), so text never has to shrink;
 * the rendered timeline keeps its text at 12 px or more on a 390 px phone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import { interviewStatus } from "../../src/web/status.js";
import { Timeline } from "../../src/web/timeline.js";
import { LABEL_FONT_PX, labelBox, LAYOUT_WIDTH_PX, layoutLabels, textWidthPx, timeScale, type LabelInput, type Placement } from "../../src/web/timeline-layout.js";
import { interview } from "../helpers/context.js";
import { SAMPLE_SEND } from "../helpers/send-record.js";

/** The smallest text the app shows, in CSS px. */
const MIN_FONT_PX = 12;
/** The chart's width on a 390 px phone: the page's padding (12 px a side), the card's (16 px) and two borders each. */
const PHONE_CHART_PX = 390 - 2 * 12 - 2 * 16 - 2 * 2;

/** Pairs of labels whose boxes overlap in a chart `width` px wide. */
function overlapsAt(placed: Placement[], width: number): string[] {
  const pairs: string[] = [];
  placed.forEach((a, i) =>
    placed.slice(i + 1).forEach((b) => {
      const [boxA, boxB] = [labelBox(a, width), labelBox(b, width)];
      if (boxA.left < boxB.right && boxB.left < boxA.right && boxA.top < boxB.bottom && boxB.top < boxA.bottom) pairs.push(`${a.text} / ${b.text}`);
    }),
  );
  return pairs;
}

/** Labels outside a chart `width` px wide. */
const outsideAt = (placed: Placement[], width: number) =>
  placed.filter((label) => {
    const box = labelBox(label, width);
    return box.left < -1e-9 || box.right > width + 1e-9;
  });

const labelArbitrary: fc.Arbitrary<LabelInput> = fc.record({
  // Points in and past the chart, clustered often: equal and nearly equal points are the hard case.
  at: fc.oneof(fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.constantFrom(0, 0.5, 0.5001, 1), fc.integer({ min: 0, max: 20 }).map((n) => 0.4 + n / 1000)),
  text: fc.oneof(fc.constantFrom("now", "send from", "Mei-Ling", "José", "closes Sun 6 Dec 15:43", "interview Sat 5 Dec 14:13", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "田中", "🎉🎉🎉"), fc.string({ maxLength: 40, unit: "grapheme" })),
});

describe("layoutLabels", () => {
  it("never overlaps two labels, nor leaves the chart, at any width from the layout's up", () => {
    fc.assert(
      fc.property(fc.array(labelArbitrary, { maxLength: 24 }), fc.integer({ min: LAYOUT_WIDTH_PX, max: 2000 }), (labels, width) => {
        const placed = layoutLabels(labels);
        for (const w of [LAYOUT_WIDTH_PX, PHONE_CHART_PX, width]) {
          expect(overlapsAt(placed, w), `at ${w} px`).toEqual([]);
          expect(outsideAt(placed, w).map((l) => l.text), `at ${w} px`).toEqual([]);
        }
        expect(placed.every((label) => Number.isInteger(label.row) && label.row >= 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps each label's text, cut with an ellipsis only when very long, in the order given", () => {
    const placed = layoutLabels([
      { at: 0.9, text: "José" },
      { at: 0.1, text: "A name far too long to fit beside anything at all" },
    ]);
    expect(placed.map((l) => l.text)).toEqual(["José", "A name far too long to fit…"]);
  });

  it("puts labels far apart on one row, and stacks labels on one spot in the order given", () => {
    expect(layoutLabels([{ at: 0.1, text: "interview" }, { at: 0.9, text: "closes" }]).map((l) => l.row)).toEqual([0, 0]);
    // Two sends minutes apart and now, just after the window opened: the "Mei-Ling" on "José", "now" over "send from".
    const cluster = layoutLabels([
      { at: 0.4, text: "send from" },
      { at: 0.4003, text: "Mei-Ling" },
      { at: 0.4008, text: "José" },
      { at: 0.402, text: "now" },
    ]);
    expect(cluster.map((l) => l.row)).toEqual([0, 1, 2, 3]);
  });

  it("keeps a label off another's connector when a lower row has room", () => {
    const W = LAYOUT_WIDTH_PX;
    // "now" on row 0; "send from" overlaps it, so row 1, its point clear to the right of "now".
    const [now] = layoutLabels([{ at: 30 / W, text: "now" }]);
    const opensAt = (labelBox(now!, W).right + 20) / W;
    // The closing label fits on row 0 beside "now", but there its box would cover the connector down to "send from"; below "send from", it covers nothing.
    const closes = "closes Sun 6 Dec 15:43";
    const [alone] = layoutLabels([{ at: 0.5, text: closes }]);
    const closesAt = (opensAt * W - 6 + alone!.widthPx / 2) / W;
    const placed = layoutLabels([
      { at: 30 / W, text: "now" },
      { at: opensAt, text: "send from" },
      { at: closesAt, text: closes },
    ]);
    expect(placed.map((l) => l.row)).toEqual([0, 1, 2]);
    // Where it would have gone without the rule: row 0, over the connector.
    expect(labelBox({ ...placed[2]!, row: 0 }, W).left).toBeLessThan(opensAt * W);
  });

  it("moves a label at the chart's edge inside it, rather than centring it off the edge", () => {
    const [start, end] = layoutLabels([{ at: 0, text: "interview Sat 5 Dec 14:13" }, { at: 1, text: "closes Sun 6 Dec 15:43" }]);
    expect(start!.anchor).toBe(0);
    expect(end!.anchor).toBe(1);
  });
});

describe("textWidthPx", () => {
  it("reserves more for wide letters and full-width scripts than for narrow ones", () => {
    expect(textWidthPx("WWW")).toBeGreaterThan(textWidthPx("iii"));
    expect(textWidthPx("田中")).toBeGreaterThanOrEqual(2 * LABEL_FONT_PX);
  });
});

describe("timeScale", () => {
  it("leaves now off when it is far from everything, so the rest is not squashed", () => {
    const hour = 3_600_000;
    expect(timeScale([0, 10 * hour], 5 * hour).showsNow).toBe(true);
    expect(timeScale([0, 10 * hour], 100 * hour).showsNow).toBe(false);
    const scale = timeScale([0, 10 * hour], 5 * hour);
    expect(scale.at(0)).toBeGreaterThan(0);
    expect(scale.at(10 * hour)).toBeLessThan(1);
  });
});

describe("Timeline", () => {
  const northwind = interview("northwind-sre");
  const end = Date.parse(northwind.end);
  const opens = end + DEFAULT_SETTINGS.tooEarlyMinutes * 60_000;
  const sends = [
    { ...SAMPLE_SEND, sentAt: new Date(opens + 2 * 60_000).toISOString(), interviewers: ["Priya Raman"] },
    { ...SAMPLE_SEND, messageId: "<sent-2@candidate.example>", sentAt: new Date(opens + 5 * 60_000).toISOString(), interviewers: ["José Álvarez"] },
  ];
  const now = new Date(opens + 15 * 60_000);
  const html = String(Timeline({ status: interviewStatus(northwind, sends, DEFAULT_SETTINGS, now), now, zone: "UTC" }));

  it("sets every text size in px at 12 or more, and scales nothing (no SVG viewBox)", () => {
    const sizes = [...html.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_FONT_PX);
    expect(html).not.toMatch(/viewBox|<svg/i);
  });

  it("draws its labels apart on a 390 px phone, as the page positions them", () => {
    const labels = [...html.matchAll(/class="tl-label" style="left:calc\(([\d.]+)% - ([\d.]+)px\);top:(\d+)px;width:(\d+)px[^"]*">([^<]*)</g)].map((m) => ({
      left: (Number(m[1]) / 100) * PHONE_CHART_PX - Number(m[2]),
      top: Number(m[3]),
      width: Number(m[4]),
      text: m[5],
    }));
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(["send from", "Priya", "José", "now"]));
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = a.top !== b.top || a.left + a.width <= b.left || b.left + b.width <= a.left;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
    }
  });

  it("names each colour and shape in a legend, in words", () => {
    for (const entry of ["The interview", "Too early: looks pre-written", "Best time to send", "Late, until it closes", "Note sent on time", "Now"]) expect(html).toContain(entry);
    expect(html).toMatch(/role="img" aria-label="Interview [^"]*Priya Raman [^"]*\(on time\)[^"]*; now [^"]*"/);
  });
});
