/**
 * An incoming message as the Email Routing runtime hands it to the handler: envelope, headers,
 * raw stream, and the setReject/reply calls recorded so tests can assert on them. Its reply()
 * takes an EmailMessage of raw MIME and, like the runtime, refuses one that breaks the rules
 * Cloudflare documents for replies (reply-email-workers: once per message, to the sender, from
 * the receiving domain, In-Reply-To the original's Message-ID, References set).
 */
import PostalMime from "postal-mime";
import { headerOf, readSent, type SentMail } from "./sent-mail.js";

export interface RecordedEmail {
  message: ForwardableEmailMessage;
  rejected: () => string | null;
  replies: SentMail[];
}

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();

/** Why the runtime would refuse `reply` to the message with `messageId` sent from `envelope.from` to `envelope.to`; null when it would not. */
function replyRefusal(reply: SentMail, envelope: { from: string; to: string }, messageId: string | undefined, replied: boolean): string | null {
  if (replied) return "the message was already replied to";
  if (reply.envelope.to !== envelope.from) return "the reply is not to the sender";
  if (domainOf(reply.envelope.from) !== domainOf(envelope.to)) return "the reply is not from the domain that received the message";
  if (reply.from?.address !== reply.envelope.from) return "From: header does not match mail from";
  if (!messageId || headerOf(reply, "in-reply-to") !== messageId) return "In-Reply-To does not match original Message-ID";
  if (!headerOf(reply, "references")?.includes(messageId)) return "References does not name the original";
  return null;
}

export async function incomingEmail(raw: string | Uint8Array, envelope: { from: string; to: string }, options: { replyFails?: boolean } = {}): Promise<RecordedEmail> {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  const parsed = await PostalMime.parse(bytes);
  const headers = new Headers();
  for (const h of parsed.headers) {
    try {
      headers.append(h.key, h.value);
    } catch {
      // A header value the Headers class refuses is dropped, as the runtime does.
    }
  }
  let rejection: string | null = null;
  const replies: SentMail[] = [];
  const message = {
    from: envelope.from,
    to: envelope.to,
    headers,
    raw: new Response(bytes).body!,
    rawSize: bytes.byteLength,
    setReject(reason: string) {
      rejection = reason;
    },
    async forward() {
      throw new Error("forward is not used");
    },
    async reply(emailMessage: EmailMessage) {
      if (options.replyFails) throw new Error("Original email is not replyable");
      const reply = await readSent(emailMessage);
      const refusal = replyRefusal(reply, envelope, headers.get("message-id") ?? undefined, replies.length > 0);
      if (refusal) throw new Error(refusal);
      replies.push(reply);
      return { messageId: "<reply@example.com>" };
    },
  } as unknown as ForwardableEmailMessage;
  return { message, rejected: () => rejection, replies };
}
