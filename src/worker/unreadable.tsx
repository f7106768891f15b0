/**
 * The answer to a message the parser could not read (unreadableReason in src/mail/parse.ts):
 * nothing in it was checked or logged, and the owner is told so and what to do instead.
 */
import { emailDocument } from "../report/email-document.js";
import { replySubject } from "../report/model.js";
import type { ParsedMessage } from "../types.js";
import type { AnswerContent } from "./deliver.js";

/** The answer to an unreadable draft or sent copy; `appUrl` links to the web app's check page. */
export function unreadableAnswer(kind: "draft" | "sent", message: ParsedMessage, reason: string, appUrl: string | null): AnswerContent {
  const checkPage = appUrl ? `the web app's check page (${appUrl.replace(/\/$/, "")}/check)` : "the web app's check page";
  const paragraphs =
    kind === "draft"
      ? [`Not checked: ${reason}.`, `Nothing was logged. Send the draft again as an ordinary email, or paste its text into ${checkPage}.`]
      : [`Not logged: ${reason}.`, "This sent note is not in the send log, so the people it went to still show as owed a note."];
  const subject = replySubject(message.subject, "your message");
  const html = emailDocument(
    subject,
    <div style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.45;color:#101828;max-width:640px">
      <p style="font-size:17px;font-weight:600;margin:0 0 12px 0">{paragraphs[0]}</p>
      <p>{paragraphs[1]}</p>
    </div>,
  );
  return { subject, text: `${paragraphs.join("\n\n")}\n`, html };
}
