/**
 * The report as plain text: the email's text/plain part and the CLI's terminal output.
 */
import type { Report } from "./model.js";

const LABELS = { error: "FIX", warning: "CONSIDER", info: "TIP" } as const;

/** Renders the report as plain text, one block per finding. */
export function renderText(report: Report): string {
  const out: string[] = [report.headline, ""];
  for (const f of report.findings) {
    out.push(`${LABELS[f.severity]} [${f.rule}] ${f.message}`);
    if (f.excerpt) out.push(`  > "${f.excerpt}"`);
    out.push(`  Why: ${f.why}`, `  ${f.turnOff}`, "");
  }
  if (report.findings.length === 0 && report.kind === "draft") out.push("Nothing to fix: the note is specific, timely and clean.", "");
  if (report.window.length) out.push("Send window", ...report.window.map((l) => `  ${l}`), "");
  if (report.panel.length) out.push("Panel", ...report.panel.map((p) => `  ${p.sent ? "✓" : "·"} ${p.name}: ${p.status}`), "");
  if (report.tagHint) out.push(report.tagHint, "");
  for (const n of report.notices) out.push(n, "");
  if (report.interviewUrl) out.push(`Interview: ${report.interviewUrl}`, "");
  return `${out.join("\n").trimEnd()}\n`;
}
