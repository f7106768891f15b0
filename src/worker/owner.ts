/**
 * Who may use the checker: only the owner's addresses, and only when the envelope sender and
 * the From header agree (Email Routing has already dropped mail that fails DMARC).
 */

/** Parses OWNER_ADDRESSES ("a@x.com, b@y.com") into lower-cased addresses. */
export function parseOwnerAddresses(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,\s]+/)
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a.includes("@"));
}

/** Why a sender is refused, as the SMTP reject reason; null when it is the owner. */
export function senderRefusal(envelopeFrom: string, headerFrom: string | null, owners: string[]): string | null {
  const envelope = envelopeFrom.trim().toLowerCase();
  if (owners.length === 0) return "followup-check has no owner address configured (OWNER_ADDRESSES); refusing all mail";
  if (!owners.includes(envelope)) return `followup-check only accepts mail from its owner; ${envelope || "<>"} is not allowed`;
  if (!headerFrom || headerFrom.trim().toLowerCase() !== envelope) {
    return `followup-check refused this message: the From header (${headerFrom ?? "missing"}) does not match the envelope sender ${envelope}`;
  }
  return null;
}
