/**
 * The timeline picture: the interview, the send window (too early, best, late) up to its
 * close, each logged send as a marker, and now, with a legend naming each colour and shape.
 * HTML positioned by timeline-layout.ts, so text keeps its size on a phone and labels never
 * overlap; the whole is one image to screen readers, described in words.
 */
import type { FC } from "hono/jsx";
import type { InterviewStatus, SendView, Timing } from "./status.js";
import { formatInZone } from "./time.js";
import { LABEL_FONT_PX, LABEL_HEIGHT_PX, LABEL_PADDING_PX, LAYOUT_WIDTH_PX, layoutLabels, ROW_PX, timeScale, type Placement } from "./timeline-layout.js";

/** The band's top and height, and where the first row of labels starts, in px from the chart's top. */
const BAND_TOP_PX = 10;
const BAND_PX = 22;
const LABELS_TOP_PX = BAND_TOP_PX + BAND_PX + 10;
/** Space below the last row. */
const BOTTOM_PX = 6;
/**
 * Sends given a label of their own: a panel's worth (the facts allow 30 interviewers). More
 * than that many labels would stack out of reading; their markers are still drawn, and the
 * send log below lists them all.
 */
const LABELLED_SENDS = 30;

/** A send's marker: a shape as well as a colour, so timing is not told by colour alone. */
const MARKER: Record<Timing, { css: string; legend: string }> = {
  "on time": { css: "tl-on-time", legend: "Note sent on time" },
  late: { css: "tl-late-send", legend: "Note sent late" },
  "too early": { css: "tl-off-time", legend: "Note sent too early or too late" },
  "too late": { css: "tl-off-time", legend: "Note sent too early or too late" },
};

type Kind = "interview" | "early" | "best" | "late";
const BANDS: Record<Kind, string> = { interview: "The interview", early: "Too early: looks pre-written", best: "Best time to send", late: "Late, until it closes" };

interface Label {
  at: number;
  text: string;
  now?: boolean;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** A label's text sits at its point: from it, centred on it, or up to it, as far as its box was moved to fit. */
const textAlign = ({ anchor }: Placement) => (anchor < 0.25 ? "left" : anchor > 0.75 ? "right" : "center");

/** The short name a send's label shows: the first interviewer's first name, with how many more. */
function sendLabel({ send }: SendView): string {
  const [first, ...others] = send.interviewers;
  const name = first?.trim().split(/\s+/)[0] || "note";
  return others.length ? `${name} +${others.length}` : name;
}

/** What the picture shows, in words, for screen readers. */
function inWords({ interview, window, sends }: InterviewStatus, now: Date | null, zone: string): string {
  const at = (when: Date | string) => formatInZone(new Date(when), zone);
  const notes = sends.length
    ? sends.map((s) => `${s.send.interviewers.join(", ") || s.send.recipients.join(", ") || "a note"} ${at(s.send.sentAt)} (${s.timing})`).join("; ")
    : "no notes logged";
  return `Interview ${at(interview.start)} to ${at(window.end)}; best sent ${at(window.opens)} to ${at(window.late)}; closes ${at(window.closes)}; ${notes}${now ? `; now ${at(now)}` : ""}.`;
}

/** The timeline of `status` at `now`, times shown in `zone`. */
export const Timeline: FC<{ status: InterviewStatus; now: Date; zone: string }> = ({ status, now, zone }) => {
  const { interview, window, sends } = status;
  const start = Date.parse(interview.start);
  const scale = timeScale([start, window.closes.getTime(), ...sends.map((s) => Date.parse(s.send.sentAt))], now.getTime());
  const x = (time: Date | number) => scale.at(typeof time === "number" ? time : time.getTime());
  const bands: [Kind, number, number][] = (
    [
      ["interview", start, window.end.getTime()],
      ["early", window.end.getTime(), window.opens.getTime()],
      ["best", window.opens.getTime(), window.late.getTime()],
      ["late", window.late.getTime(), window.closes.getTime()],
    ] as [Kind, number, number][]
  ).filter(([, from, to]) => to > from);
  const labels: Label[] = [
    { at: x(start), text: `interview ${formatInZone(start, zone)}` },
    { at: x(window.opens), text: "send from" },
    { at: x(window.closes), text: `closes ${formatInZone(window.closes, zone)}` },
    ...sends.slice(0, LABELLED_SENDS).map((s) => ({ at: x(Date.parse(s.send.sentAt)), text: sendLabel(s) })),
    ...(scale.showsNow ? [{ at: x(now), text: "now", now: true }] : []),
  ];
  const placed = layoutLabels(labels);
  const rows = Math.max(...placed.map((l) => l.row)) + 1;
  const height = LABELS_TOP_PX + rows * ROW_PX + BOTTOM_PX;
  const rowTop = (label: Placement) => LABELS_TOP_PX + label.row * ROW_PX;
  const markers = [...new Map(sends.map((s) => [MARKER[s.timing].css, MARKER[s.timing]])).values()];
  return (
    <figure class="timeline">
      <div
        class="tl-chart"
        role="img"
        aria-label={inWords(status, scale.showsNow ? now : null, zone)}
        style={`height:${height}px;min-width:${LAYOUT_WIDTH_PX}px;font-size:${LABEL_FONT_PX}px;line-height:${LABEL_HEIGHT_PX}px`}
      >
        <span class="tl-axis" style={`top:${BAND_TOP_PX + BAND_PX / 2}px`} />
        {bands.map(([kind, from, to]) => (
          <span class={`tl-band tl-${kind}`} style={`left:${percent(x(from))};width:${percent(x(to) - x(from))};top:${BAND_TOP_PX}px;height:${BAND_PX}px`} />
        ))}
        {placed.map((label) => (
          <span class={label.now ? "tl-connector tl-now" : "tl-connector"} style={`left:${percent(label.at)};top:${label.now ? 0 : BAND_TOP_PX + BAND_PX}px;height:${rowTop(label) - (label.now ? 0 : BAND_TOP_PX + BAND_PX)}px`} />
        ))}
        {sends.map((s) => (
          <span class={`tl-marker ${MARKER[s.timing].css}`} style={`left:${percent(x(Date.parse(s.send.sentAt)))};top:${BAND_TOP_PX + BAND_PX / 2}px`} />
        ))}
        {placed.map((label) => (
          <span class="tl-label" style={`left:calc(${percent(label.at)} - ${(label.anchor * label.widthPx).toFixed(1)}px);top:${rowTop(label)}px;width:${label.widthPx}px;padding:0 ${LABEL_PADDING_PX}px;text-align:${textAlign(label)}`}>
            {label.text}
          </span>
        ))}
      </div>
      <ul class="tl-legend" aria-label="Legend">
        {bands.map(([kind]) => (
          <li>
            <span class={`tl-key tl-band tl-${kind}`} />
            {BANDS[kind]}
          </li>
        ))}
        {markers.map((marker) => (
          <li>
            <span class={`tl-key tl-marker ${marker.css}`} />
            {marker.legend}
          </li>
        ))}
        {scale.showsNow ? (
          <li>
            <span class="tl-key tl-now" />
            Now
          </li>
        ) : null}
      </ul>
    </figure>
  );
};
