/**
 * Sending mail from the checker address the way Email Routing documents it: an EmailMessage
 * of raw MIME (outgoing-mime.ts), for message.reply() and the send_email binding alike. A
 * report goes back as a threaded reply when the runtime allows it, else through the binding
 * to the owner. It is never silently lost: if both fail, the error propagates, the handler
 * throws, and Email Routing bounces the message back to its sender.
 */
import { EmailMessage } from "cloudflare:email";
import { messageIdAt, outgoingMime, type OutgoingMail } from "../mail/outgoing-mime.js";
import { logEvent } from "./log.js";

/** `mail` as raw MIME sent now, with a Message-ID of its own at the sender's domain; threaded under the message with `answering` headers. */
function rawMime(mail: OutgoingMail, answering?: Headers): string {
  const thread = answering && { messageId: answering.get("message-id"), references: answering.get("references") };
  return outgoingMime(mail, { messageId: messageIdAt(mail.from, crypto.randomUUID()), date: new Date(), answering: thread });
}

export type DeliveryPath = "reply" | "fallback";

/**
 * Replies in-thread; when reply() throws (the original is not replyable, a runtime limit),
 * sends the same message to the owner through `fallback`. Logs failures without note text.
 */
export async function deliverReport(message: ForwardableEmailMessage, fallback: SendEmail, mail: OutgoingMail): Promise<DeliveryPath> {
  // One raw message for both ways, so neither sends what the other would not.
  const raw = rawMime(mail, message.headers);
  try {
    await message.reply(new EmailMessage(mail.from, mail.to, raw));
    return "reply";
  } catch (error) {
    // The subject is the note's own words: only the failure is logged.
    logEvent({ event: "reply-failed", error: String(error) }, "error");
    await fallback.send(new EmailMessage(mail.from, mail.to, raw));
    return "fallback";
  }
}

/** Sends `mail` as a new message (not a reply) through a send_email binding. */
export async function sendMail(binding: SendEmail, mail: OutgoingMail): Promise<void> {
  await binding.send(new EmailMessage(mail.from, mail.to, rawMime(mail)));
}
