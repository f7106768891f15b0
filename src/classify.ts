/**
 * Which kind of message arrived at the checker address (spec: "What arrives at the checker
 * address"). `rejected` is decided by the Worker before parsing; this sees only what is left.
 */
import { checkerTag, isCheckerAddress, type CheckerAddress } from "./checker-address.js";
import type { Kind, ParsedMessage } from "./types.js";

export interface Envelope {
  /** SMTP MAIL FROM; "" for a bounce; null when not known (the CLI), where the header From stands in. */
  from: string | null;
  /** SMTP RCPT TO: the checker address this copy was delivered to. */
  to: string;
}

/** What tells machine-made mail apart: readable from the parsed message or from raw headers alone. */
export interface LoopSignals {
  envelopeFrom: string | null;
  /** The header From address. */
  from: string | null;
  autoSubmitted: string | null;
  precedence: string | null;
  reportMarker: string | null;
  isDeliveryReport: boolean;
}

export interface Classification {
  kind: Exclude<Kind, "invite">;
  /** Why a message is ignored, for logs ("auto-submitted", "bounce", …). */
  reason: string | null;
  /** The checker address's +tag, from the envelope or the headers. */
  tag: string | null;
}

/** Local parts that only ever send machine-generated mail (bounces and notices). */
const SYSTEM_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;
const BULK_PRECEDENCE = /^(bulk|junk|list)$/i;

function localPart(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? address : address.slice(0, at);
}

/**
 * Why a message must get no answer (a bounce, an auto-reply, bulk mail, one of our own
 * reports), or null. Answering any of these could start a mail loop.
 */
export function ignoreReason(signals: LoopSignals, checker: CheckerAddress): string | null {
  const envelopeFrom = signals.envelopeFrom === null ? null : signals.envelopeFrom.trim().replace(/^<|>$/g, "");
  if (envelopeFrom === "") return "bounce (empty envelope sender)";
  const senders = [envelopeFrom, signals.from].filter((s): s is string => !!s);
  if (senders.some((s) => SYSTEM_SENDERS.test(localPart(s)))) return "bounce (system sender)";
  if (signals.isDeliveryReport) return "bounce (delivery status report)";
  if (signals.reportMarker !== null) return "one of our own reports";
  if (senders.some((s) => isCheckerAddress(s, checker))) return "sent from the checker address";
  const autoSubmitted = signals.autoSubmitted?.trim();
  if (autoSubmitted && autoSubmitted.toLowerCase() !== "no") return `auto-submitted (${autoSubmitted})`;
  const precedence = signals.precedence?.trim();
  if (precedence && BULK_PRECEDENCE.test(precedence)) return `precedence ${precedence}`;
  return null;
}

/** Classifies a parsed message delivered to `envelope.to`. */
export function classify(message: ParsedMessage, envelope: Envelope, checker: CheckerAddress): Classification {
  const visible = [...message.to, ...message.cc].map((a) => a.address).filter((a) => isCheckerAddress(a, checker));
  const tag = checkerTag(envelope.to, checker) ?? visible.map((a) => checkerTag(a, checker)).find((t) => t !== null) ?? null;
  const reason = ignoreReason({ ...message, envelopeFrom: envelope.from, from: message.from?.address ?? null }, checker);
  if (reason) return { kind: "ignored", reason, tag };
  return { kind: visible.length > 0 ? "draft" : "sent", reason: null, tag };
}
