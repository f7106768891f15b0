/**
 * Mail the Worker sent, read back from the EmailMessage it built: the raw MIME parsed with
 * postal-mime, as a mail client reads it, beside the envelope and the raw text itself.
 */
import { env } from "cloudflare:test";
import PostalMime, { type Email } from "postal-mime";

export interface SentMail extends Email {
  envelope: { from: string; to: string };
  raw: string;
}

/**
 * Where the local runtime's EmailMessage (miniflare's cloudflare:email) keeps the raw MIME it
 * was built from; its reply() and send_email binding read it from there too.
 */
const RAW_KEY = "EmailMessage::raw";

export async function readSent(message: EmailMessage): Promise<SentMail> {
  const raw = await new Response((message as unknown as Record<string, string | ReadableStream>)[RAW_KEY]).text();
  return { ...(await PostalMime.parse(raw)), envelope: { from: message.from, to: message.to }, raw };
}

/** The value of the header `name` in `mail`, or undefined. */
export const headerOf = (mail: Email, name: string): string | undefined => mail.headers.find((h) => h.key === name.toLowerCase())?.value;

/**
 * A send_email binding that sends through the Worker's real local one (it refuses a message
 * without a Message-ID, or whose From is not the envelope sender) and records each message it
 * took. `refuses` makes it throw instead for the mail it returns true for.
 */
export function recordingBinding(sent: SentMail[], refuses: (mail: SentMail) => boolean = () => false): SendEmail {
  return {
    async send(message: EmailMessage) {
      const mail = await readSent(message);
      if (refuses(mail)) throw new Error("destination address not verified");
      const result = await env.REPORTS.send(message);
      sent.push(mail);
      return result;
    },
  } as SendEmail;
}
