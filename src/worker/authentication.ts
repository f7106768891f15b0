/**
 * What the receiving mail server says about a message's sender (RFC 8601 Authentication-Results).
 * The owner check trusts the envelope and From addresses, which a forger can set at will when
 * the owner's domain publishes a weak DMARC policy; a verdict of the server that received the
 * mail is the only evidence beyond them. Email Routing does not document adding one, and today
 * it reaches Workers without one (cloudflare/workerd#6740), so this reads it where it exists.
 * Only failures are acted on: a header the sender wrote can only refuse its own message.
 */

/** A method's verdict that the message is not from whom it claims ("dmarc=fail"). */
const FAILED = /(?:^|[;\s])(dmarc|spf|dkim)\s*=\s*(fail|permerror)\b/gi;

/** Why the message's authentication failed, in words, or null when nothing says so. */
export function authenticationFailure(headers: Headers): string | null {
  // Only the verdict nearest to us: the topmost header, added by the last server before the Worker.
  const results = headers.get("authentication-results")?.split(/,(?=\s*[\w.-]+\s*;)/)[0];
  if (!results) return null;
  const failed = new Map<string, string>();
  for (const match of results.matchAll(FAILED)) failed.set(match[1]!.toLowerCase(), match[2]!.toLowerCase());
  // DMARC is the verdict on the From domain; SPF and DKIM failing together leave nothing to vouch for it.
  if (failed.has("dmarc")) return "the sender's domain did not confirm it sent this message (DMARC failed)";
  if (failed.has("spf") && failed.has("dkim")) return "the sender's domain did not confirm it sent this message (SPF and DKIM failed)";
  return null;
}
