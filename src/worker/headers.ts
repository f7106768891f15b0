/**
 * What can be read from an incoming message's headers alone, before (or instead of)
 * parsing its body: loop signals, the From address, and a minimal header-only copy.
 */
import { addressParser } from "postal-mime";
import type { LoopSignals } from "../classify.js";
import { REPORT_MARKER_HEADER } from "../mail/parse.js";

/** The first address in a From header, lower-cased, or null. */
export function headerFromAddress(headers: Headers): string | null {
  const value = headers.get("from");
  if (!value) return null;
  const [first] = addressParser(value, { flatten: true });
  return first?.address ? first.address.toLowerCase() : null;
}

/** Loop signals read from headers, so bounces and auto-replies are dropped without parsing. */
export function loopSignalsFromHeaders(headers: Headers, envelopeFrom: string): LoopSignals {
  return {
    envelopeFrom,
    from: headerFromAddress(headers),
    autoSubmitted: headers.get("auto-submitted"),
    precedence: headers.get("precedence"),
    reportMarker: headers.get(REPORT_MARKER_HEADER),
    isDeliveryReport: /^multipart\/report\b/i.test(headers.get("content-type") ?? ""),
  };
}
