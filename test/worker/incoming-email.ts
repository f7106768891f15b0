/**
 * An incoming message as the Email Routing runtime hands it to the handler: envelope, headers,
 * raw stream, and the setReject/reply calls recorded so tests can assert on them.
 */
import PostalMime from "postal-mime";

export interface RecordedEmail {
  message: ForwardableEmailMessage;
  rejected: () => string | null;
  replies: Array<Record<string, unknown>>;
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
  const replies: Array<Record<string, unknown>> = [];
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
    async reply(builder: Record<string, unknown>) {
      if (options.replyFails) throw new Error("Original email is not replyable");
      replies.push(builder);
      return { messageId: "<reply@example.com>" };
    },
  } as unknown as ForwardableEmailMessage;
  return { message, rejected: () => rejection, replies };
}
