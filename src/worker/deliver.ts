/**
 * What the Worker answers with: a report or a receipt as mail from the checker address to the
 * owner, with the headers every answer carries. Sending it is send-mail.ts's.
 */
import { renderText } from "../report/render-text.js";
import { renderHtml } from "../report/report-view.js";
import type { Report } from "../report/model.js";
import type { OutgoingMail } from "../mail/outgoing-mime.js";
import { REPORT_MARKER_HEADER } from "../mail/parse.js";

/** What an answer says: the subject as plain text (made a safe header value when written) and its two parts. */
export interface AnswerContent {
  subject: string;
  text: string;
  html: string;
}

/** An answer from the checker address `from` to the owner `to`, marked so that one coming back is never answered. */
export function answerEmail(content: AnswerContent, marker: "report" | "receipt", from: string, to: string): OutgoingMail {
  const headers: Record<string, string> = {
    // Marks every answer, so one that comes back (auto-forward, bounce) is never answered.
    [REPORT_MARKER_HEADER]: marker,
    "Auto-Submitted": "auto-replied",
  };
  return { from, to, ...content, headers };
}

/** The report as an answer from the checker address to the owner. */
export function reportEmail(report: Report, from: string, to: string): OutgoingMail {
  const content = { subject: report.subject, text: renderText(report), html: renderHtml(report) };
  return answerEmail(content, report.kind === "sent" ? "receipt" : "report", from, to);
}
