/**
 * The report as HTML (hono/jsx escapes every interpolated string, so quoted note text can
 * never become markup). Used for the email's text/html part and by the web app.
 */
import type { FC } from "hono/jsx";
import type { Report, ReportFinding } from "./model.js";
import { emailDocument } from "./email-document.js";

const COLORS = { error: "#b42318", warning: "#b54708", info: "#175cd3" } as const;
const LABELS = { error: "Fix", warning: "Consider", info: "Tip" } as const;

const FindingItem: FC<{ finding: ReportFinding }> = ({ finding }) => (
  <li style="margin:0 0 14px 0">
    <strong style={`color:${COLORS[finding.severity]}`}>{LABELS[finding.severity]}</strong>{" "}
    <code style="font-size:12px;color:#475467">{finding.rule}</code>
    <div>{finding.message}</div>
    {finding.excerpt ? (
      <blockquote style="margin:6px 0;padding:4px 10px;border-left:3px solid #d0d5dd;color:#344054">“{finding.excerpt}”</blockquote>
    ) : null}
    <div style="color:#667085;font-size:13px">Why: {finding.why}</div>
    <div style="color:#98a2b3;font-size:12px">{finding.turnOff}</div>
  </li>
);

/** The whole report as an element; `String(<ReportView …/>)` is safe HTML. */
export const ReportView: FC<{ report: Report }> = ({ report }) => (
  <div style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.45;color:#101828;max-width:640px">
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
      <p style="color:#475467">{n}</p>
    ))}
    {report.interviewUrl ? (
      <p>
        <a href={report.interviewUrl}>Open the interview</a>
      </p>
    ) : null}
  </div>
);

/** The report as a complete HTML document for an email's text/html part. */
export function renderHtml(report: Report): string {
  return emailDocument(report.subject, <ReportView report={report} />);
}
