/**
 * Sending a report back: as a threaded reply when the runtime allows it, else through the
 * send_email binding to the owner. A report is never silently lost: if both fail, the error
 * propagates, the handler throws, and Email Routing bounces the message back to its sender.
 */
import { renderText } from "../report/render-text.js";
import { renderHtml } from "../report/report-view.js";
import type { Report } from "../report/model.js";
import { headerValue } from "../mail/header-value.js";
import { REPORT_MARKER_HEADER } from "../mail/parse.js";
import { logEvent } from "./log.js";

/**
 * The reply builder accepted by message.reply() (and send_email's send()): the runtime sets
 * In-Reply-To and References from the message being answered.
 */
export interface ReplyBuilder {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

declare global {
  interface ForwardableEmailMessage {
    /** The runtime's reply builder (local wrangler implements it; the generated types lag). */
    reply(builder: Omit<ReplyBuilder, "to">): Promise<EmailSendResult>;
  }
}

/** What an answer says: the subject as plain text (made a safe header value here) and its two parts. */
export interface AnswerContent {
  subject: string;
  text: string;
  html: string;
}

/**
 * An answer from the checker address to the owner: its subject as a header value on one line
 * (header-value.ts), and the headers every answer carries. The same builder serves the reply
 * and the fallback, so neither can send a subject the other would refuse.
 */
export function answerEmail(content: AnswerContent, marker: "report" | "receipt", from: string, to: string): ReplyBuilder {
  const headers: Record<string, string> = {
    // Marks every answer, so one that comes back (auto-forward, bounce) is never answered.
    [REPORT_MARKER_HEADER]: marker,
    "Auto-Submitted": "auto-replied",
  };
  return { from, to, subject: headerValue(content.subject), text: content.text, html: content.html, headers };
}

/** The report as a reply builder from the checker address to the owner. */
export function reportEmail(report: Report, from: string, to: string): ReplyBuilder {
  const content = { subject: report.subject, text: renderText(report), html: renderHtml(report) };
  return answerEmail(content, report.kind === "sent" ? "receipt" : "report", from, to);
}

export type DeliveryPath = "reply" | "fallback";

/**
 * Replies in-thread; when reply() throws (the original is not replyable, a runtime limit),
 * sends the same report to the owner through `fallback`. Logs failures without note text.
 */
export async function deliverReport(message: ForwardableEmailMessage, fallback: SendEmail, email: ReplyBuilder): Promise<DeliveryPath> {
  try {
    const { to: _to, ...reply } = email;
    await message.reply(reply);
    return "reply";
  } catch (error) {
    // The subject is the note's own words: only the failure is logged.
    logEvent({ event: "reply-failed", error: String(error) }, "error");
    await fallback.send(email);
    return "fallback";
  }
}
