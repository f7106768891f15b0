/**
 * The report as HTML (hono/jsx escapes every interpolated string, so quoted note text can
 * never become markup). Used for the email's text/html part and by the web app.
 */
import type { FC } from "hono/jsx";
import { REPORT_PAGE_DAYS, type Report, type ReportFinding } from "./model.js";
import { emailDocument } from "./email-document.js";

/** Every colour is at least 4.5:1 on white (WCAG AA for text of any size); the small print is 7.7:1. */
const COLORS = { error: "#b42318", warning: "#b54708", info: "#175cd3" } as const;
const LABELS = { error: "Fix", warning: "Consider", info: "Tip" } as const;
const QUIET = "color:#475467";

/**
 * The same report in a dark colour scheme (email only: the web app's pages are light). Inline
 * styles win over a stylesheet, hence !important; each colour is at least 4.5:1 on the background.
 */
const DARK_CSS = [
  "body,.fc-report{background:#101828!important;color:#f2f4f7!important}",
  ".fc-quiet{color:#d0d5dd!important}",
  ".fc-quote{color:#e4e7ec!important;border-color:#667085!important}",
  ".fc-error{color:#fda29b!important}.fc-warning{color:#fec84b!important}.fc-info{color:#84caff!important}",
  ".fc-report a{color:#84caff!important}",
].join("");

const FindingItem: FC<{ finding: ReportFinding }> = ({ finding }) => (
  <li style="margin:0 0 14px 0">
    <strong class={`fc-${finding.severity}`} style={`color:${COLORS[finding.severity]}`}>
      {LABELS[finding.severity]}
    </strong>{" "}
    <strong>{finding.title}</strong>{" "}
    <span class="fc-quiet" style={`font-size:12px;${QUIET}`}>
      {finding.rule}
    </span>
    <div>{finding.message}</div>
    {finding.excerpt ? (
      <blockquote class="fc-quote" style="margin:6px 0;padding:4px 10px;border-left:3px solid #d0d5dd;color:#344054">
        “{finding.excerpt}”
      </blockquote>
    ) : null}
    {finding.why ? (
      <div class="fc-quiet" style={`${QUIET};font-size:13px`}>
        Why: {finding.why}
      </div>
    ) : null}
    {finding.turnOff ? (
      <div class="fc-quiet" style={`${QUIET};font-size:13px`}>
        {finding.turnOff}
      </div>
    ) : null}
  </li>
);

/** The whole report as an element; `String(<ReportView …/>)` is safe HTML. */
export const ReportView: FC<{ report: Report }> = ({ report }) => (
  <div class="fc-report" style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.45;color:#101828;max-width:640px">
    <p style="font-size:17px;font-weight:600;margin:0 0 12px 0">{report.headline}</p>
    {report.findings.length ? (
      <ul style="padding-left:18px;margin:0 0 12px 0">
        {report.findings.map((f) => (
          <FindingItem finding={f} />
        ))}
      </ul>
    ) : report.kind === "draft" ? (
      <p>Nothing to fix: the note is specific, timely and clean.</p>
    ) : null}
    {report.advice?.length ? (
      <section>
        <h3 style="font-size:15px;margin:12px 0 4px 0">About this note</h3>
        {report.advice.map((line) => (
          <p style="margin:0 0 6px 0">{line}</p>
        ))}
      </section>
    ) : null}
    {report.window.length ? (
      <section>
        <h3 style="font-size:15px;margin:12px 0 4px 0">Send window</h3>
        {report.window.map((line) => (
          <div>{line}</div>
        ))}
      </section>
    ) : null}
    {report.panel.length ? (
      <section>
        <h3 style="font-size:15px;margin:12px 0 4px 0">Panel</h3>
        <ul style="padding-left:18px;margin:0">
          {report.panel.map((p) => (
            <li>
              {p.sent ? "✓ " : ""}
              <strong>{p.name}</strong>: {p.status}
            </li>
          ))}
        </ul>
      </section>
    ) : null}
    {report.tagHint ? <p>{report.tagHint}</p> : null}
    {report.notices.map((n) => (
      <p class="fc-quiet" style={QUIET}>
        {n}
      </p>
    ))}
    {report.interviewUrl ? (
      <p>
        <a href={report.interviewUrl}>Open the interview</a>
      </p>
    ) : null}
    {report.pageUrl ? (
      <p>
        <a href={report.pageUrl}>Edit the draft and check it again</a>{" "}
        <span class="fc-quiet" style={QUIET}>
          (this report is kept for {REPORT_PAGE_DAYS} days)
        </span>
      </p>
    ) : null}
  </div>
);

/** The report as a complete HTML document for an email's text/html part. */
export function renderHtml(report: Report): string {
  return emailDocument(report.subject, <ReportView report={report} />, DARK_CSS);
}
