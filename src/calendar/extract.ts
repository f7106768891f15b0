/**
 * The calendar data in an email: the first text/calendar part, or an .ics attachment
 * (application/ics, text/x-vcalendar, or any part named *.ics).
 */
import PostalMime, { type Attachment } from "postal-mime";

/** Calendar invitations are a few kilobytes; a bigger "calendar" is not read (CPU budget). */
export const MAX_CALENDAR_BYTES = 512 * 1024;

const CALENDAR_TYPES = new Set(["text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"]);

const isCalendar = (a: Attachment): boolean => CALENDAR_TYPES.has(a.mimeType.toLowerCase()) || /\.ics$/i.test(a.filename ?? "");

function asText(content: Attachment["content"]): string {
  return typeof content === "string" ? content : new TextDecoder().decode(content);
}

/**
 * The text of the message's calendar part, or null when it has none (or it cannot be
 * parsed as mail). A text/calendar body part wins over an .ics attachment, since clients
 * that send both (Google) put the same event in each, and the inline one is what RFC 6047
 * defines. Content is decoded as UTF-8, the charset RFC 5545 requires.
 */
export async function calendarPartText(raw: string | Uint8Array): Promise<string | null> {
  return findCalendar(raw, 0);
}

/** An invitation forwarded as an attached message is looked into, this many levels deep. */
const MAX_ATTACHED_DEPTH = 2;

async function findCalendar(raw: string | Uint8Array | ArrayBuffer, depth: number): Promise<string | null> {
  let attachments: Attachment[];
  try {
    attachments = (await new PostalMime({ attachmentEncoding: "arraybuffer", forceRfc822Attachments: true }).parse(raw)).attachments;
  } catch {
    return null;
  }
  const calendars = attachments.filter(isCalendar);
  const part = calendars.find((a) => a.mimeType.toLowerCase() === "text/calendar") ?? calendars[0];
  if (part) {
    const size = typeof part.content === "string" ? part.content.length : part.content.byteLength;
    return size > MAX_CALENDAR_BYTES ? null : asText(part.content);
  }
  if (depth >= MAX_ATTACHED_DEPTH) return null;
  for (const inner of attachments.filter((a) => a.mimeType.toLowerCase() === "message/rfc822")) {
    const found = await findCalendar(inner.content, depth + 1);
    if (found) return found;
  }
  return null;
}
