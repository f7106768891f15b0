/**
 * The report as plain text: the email's text/plain part and the CLI's terminal output.
 */
import { REPORT_PAGE_DAYS, type Report } from "./model.js";

const LABELS = { error: "FIX", warning: "CONSIDER", info: "TIP" } as const;

/** Renders the report as plain text, one block per finding. */
export function renderText(report: Report): string {
  const out: string[] = [report.headline, ""];
  for (const f of report.findings) {
    out.push(`${LABELS[f.severity]}: ${f.title} [${f.rule}]`, `  ${f.message}`);
    if (f.excerpt) out.push(`  > "${f.excerpt}"`);
    if (f.why) out.push(`  Why: ${f.why}`);
    if (f.turnOff) out.push(`  ${f.turnOff}`);
    out.push("");
  }
  if (report.findings.length === 0 && report.kind === "draft") out.push("Nothing to fix: the note is specific, timely and clean.", "");
  if (report.advice?.length) out.push("About this note", ...report.advice.map((l) => `  ${l}`), "");
  if (report.window.length) out.push("Send window", ...report.window.map((l) => `  ${l}`), "");
  if (report.panel.length) out.push("Panel", ...report.panel.map((p) => `  ${p.sent ? "✓" : "·"} ${p.name}: ${p.status}`), "");
  if (report.tagHint) out.push(report.tagHint, "");
  for (const n of report.notices) out.push(n, "");
  if (report.interviewUrl) out.push(`Interview: ${report.interviewUrl}`, "");
  if (report.pageUrl) out.push(`Edit the draft and check it again (this report is kept for ${REPORT_PAGE_DAYS} days): ${report.pageUrl}`, "");
  return `${out.join("\n").trimEnd()}\n`;
}
