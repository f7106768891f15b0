/**
 * The calendar data in a parsed email: the first text/calendar part, or an .ics attachment
 * (application/ics, text/x-vcalendar, or any part named *.ics). The message is parsed once,
 * by parseMessage, which keeps these parts' bodies (slimMessage) and reads the text here.
 */
import type { Attachment } from "postal-mime";

/** Calendar invitations are a few kilobytes; a bigger "calendar" is not read (CPU budget). */
export const MAX_CALENDAR_BYTES = 512 * 1024;

/** The media types a calendar part is sent as. */
export const CALENDAR_TYPES: ReadonlySet<string> = new Set(["text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"]);

const isCalendar = (a: Attachment): boolean => CALENDAR_TYPES.has(a.mimeType.toLowerCase()) || /\.ics$/i.test(a.filename ?? "");

function asText(content: Attachment["content"]): string {
  return typeof content === "string" ? content : new TextDecoder().decode(content);
}

/**
 * The text of the calendar among a parsed message's parts, or null when it has none (or
 * only one too large to read). A text/calendar body part wins over an .ics attachment, since
 * clients that send both (Google) put the same event in each, and the inline one is what
 * RFC 6047 defines. Content is decoded as UTF-8, the charset RFC 5545 requires.
 */
export function calendarText(attachments: Attachment[]): string | null {
  const calendars = attachments.filter(isCalendar);
  const part = calendars.find((a) => a.mimeType.toLowerCase() === "text/calendar") ?? calendars[0];
  if (!part) return null;
  const size = typeof part.content === "string" ? part.content.length : part.content.byteLength;
  return size > MAX_CALENDAR_BYTES ? null : asText(part.content);
}
