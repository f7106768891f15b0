/**
 * The timeline picture: the interview, the send window (too early, best, late) up to its
 * close, each logged send as a dot, and now. Plain SVG, labelled for screen readers.
 */
import type { FC } from "hono/jsx";
import type { InterviewStatus, Timing } from "./status.js";
import { formatInZone } from "./time.js";

const WIDTH = 720;
const HEIGHT = 150;
const PAD = 24;
const BAND_Y = 56;
const BAND_H = 22;
/** Margin before the start and after the close, as a share of the span shown. */
const MARGIN = 0.06;

const TIMING_FILL: Record<Timing, string> = { "too early": "#b42318", "on time": "#067647", late: "#b54708", "too late": "#b42318" };

export const Timeline: FC<{ status: InterviewStatus; now: Date; zone: string }> = ({ status, now, zone }) => {
  const { interview, window, sends } = status;
  const start = Date.parse(interview.start);
  const times = [start, window.closes.getTime(), ...sends.map((s) => Date.parse(s.send.sentAt))];
  const nowMs = now.getTime();
  const span0 = Math.min(...times);
  const span1 = Math.max(...times);
  // Show "now" only when it is near enough not to squash everything else.
  const showNow = nowMs >= span0 - (span1 - span0) && nowMs <= span1 + (span1 - span0);
  const lo = Math.min(span0, showNow ? nowMs : span0);
  const hi = Math.max(span1, showNow ? nowMs : span1);
  const margin = (hi - lo) * MARGIN || 3_600_000;
  const x = (t: number) => PAD + ((t - (lo - margin)) / (hi - lo + 2 * margin)) * (WIDTH - 2 * PAD);
  const band = (from: number, to: number, fill: string, label: string) => (
    <rect x={x(from)} y={BAND_Y} width={Math.max(1, x(to) - x(from))} height={BAND_H} fill={fill}>
      <title>{label}</title>
    </rect>
  );
  const tick = (t: number, text: string, y: number, anchor: "start" | "middle" | "end" = "middle") => (
    <text x={x(t)} y={y} font-size="12" fill="#344054" text-anchor={anchor}>
      {text}
    </text>
  );
  const end = window.end.getTime();
  const summary = `Interview ${formatInZone(start, zone)} to ${formatInZone(end, zone)}; best sent ${formatInZone(window.opens, zone)} to ${formatInZone(window.late, zone)}; closes ${formatInZone(window.closes, zone)}; ${sends.length} note${sends.length === 1 ? "" : "s"} logged.`;
  return (
    <svg class="timeline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} xmlns="http://www.w3.org/2000/svg">
      <title>{summary}</title>
      <line x1={PAD} x2={WIDTH - PAD} y1={BAND_Y + BAND_H / 2} y2={BAND_Y + BAND_H / 2} stroke="#d0d5dd" stroke-width="2" />
      {band(start, end, "#344054", "The interview")}
      {band(end, window.opens.getTime(), "#fda29b", "Too early: looks pre-written")}
      {band(window.opens.getTime(), window.late.getTime(), "#75e0a7", "Best time to send")}
      {band(window.late.getTime(), window.closes.getTime(), "#fec84b", "Late")}
      {tick(window.opens.getTime(), "send from", BAND_Y - 8, "start")}
      {tick(window.closes.getTime(), `closes ${formatInZone(window.closes, zone)}`, BAND_Y + BAND_H + 36, "end")}
      {tick(start, `interview ${formatInZone(start, zone)}`, BAND_Y + BAND_H + 36, "start")}
      {sends.map((s, i) => {
        const t = Date.parse(s.send.sentAt);
        return (
          <g>
            <line x1={x(t)} x2={x(t)} y1={BAND_Y - 2} y2={BAND_Y + BAND_H + 8 + (i % 2) * 10} stroke="#101828" stroke-width="1" />
            <circle cx={x(t)} cy={BAND_Y + BAND_H / 2} r="7" fill={TIMING_FILL[s.timing]} stroke="#fff" stroke-width="2">
              <title>{`${s.send.interviewers.join(", ") || s.send.recipients.join(", ")}: ${formatInZone(new Date(s.send.sentAt), zone)} (${s.timing})`}</title>
            </circle>
            {tick(t, s.send.interviewers[0]?.split(" ")[0] ?? "note", BAND_Y + BAND_H + 20 + (i % 2) * 10)}
          </g>
        );
      })}
      {showNow ? (
        <g>
          <line x1={x(nowMs)} x2={x(nowMs)} y1={BAND_Y - 40} y2={BAND_Y + BAND_H + 4} stroke="#1d4ed8" stroke-width="2" stroke-dasharray="4 3" />
          {tick(nowMs, "now", BAND_Y - 44)}
        </g>
      ) : null}
    </svg>
  );
};
