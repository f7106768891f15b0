/**
 * The Worker's log lines: one JSON object each, never a note's text or subject, and every
 * string in it capped, so a header a sender controls cannot flood the log or carry a note.
 */

/** A Message-ID, an address or an error message fits well within this; anything longer is cut. */
export const MAX_LOGGED_CHARS = 200;

const capped = (value: unknown): unknown => (typeof value === "string" && value.length > MAX_LOGGED_CHARS ? `${value.slice(0, MAX_LOGGED_CHARS)}…` : value);

/** Writes `event` as one JSON line (console.error for failures), each string value capped. */
export function logEvent(event: Record<string, unknown>, level: "info" | "error" = "info"): void {
  const line = JSON.stringify(Object.fromEntries(Object.entries(event).map(([key, value]) => [key, capped(value)])));
  if (level === "error") console.error(line);
  else console.log(line);
}
