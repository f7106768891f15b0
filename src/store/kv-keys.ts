/**
 * KV key layout. Every key is built here from validated parts, so an id from a tag, a form
 * or an import can never reach another interview's keys.
 *
 *   interview:<id>                     one interview's facts (JSON)
 *   send:<id>:<sha256(message-id)>     one logged sent copy; one key per send, so KV's
 *                                      one-write-per-second-per-key limit and last-write-wins
 *                                      can never drop an entry, and a redelivered message
 *                                      (same Message-ID) lands on the same key: logged once;
 *                                      a send entered by hand has a generated id of its own
 *   settings                           the owner's settings (JSON)
 *   invite:<sha256(uid)>               the SEQUENCE last imported for a calendar event
 *   reminder:<id>:<stage>:<name>       a reminder already sent (src/reminders/schedule.ts)
 *   index:interviews:<n>               shard n of the interview index (src/store/interview-index.ts):
 *                                      a copy of what matching reads of each interview, rebuilt
 *                                      from the interview keys when missing
 *   report:<random id>                 a draft's report page, deleted by KV after 30 days
 *                                      (src/store/report-pages.ts)
 *   calendar-feed                      the hash of the calendar feed's secret token and when it
 *                                      was made (src/store/calendar-feed.ts)
 */
import { INTERVIEW_ID_PATTERN } from "../facts/schema.js";
import { INDEX_SHARDS } from "./interview-index.js";

export const SETTINGS_KEY = "settings";
export const INTERVIEW_PREFIX = "interview:";

/** Throws on anything that is not a valid interview id. */
export function assertInterviewId(id: string): string {
  if (!INTERVIEW_ID_PATTERN.test(id)) throw new Error(`invalid interview id ${JSON.stringify(id.slice(0, 80))}`);
  return id;
}

export const interviewKey = (id: string) => `${INTERVIEW_PREFIX}${assertInterviewId(id)}`;
/** The interview index's keys, shard 0 first. */
export const INDEX_KEYS: readonly string[] = Array.from({ length: INDEX_SHARDS }, (_, shard) => `index:interviews:${shard}`);
export const sendPrefix = (interviewId: string) => `send:${assertInterviewId(interviewId)}:`;

/** Hex SHA-256 of an identifier from mail (Message-ID, UID): fixed length and alphabet whatever it held. */
export async function idDigest(id: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(id.trim().toLowerCase()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function sendKey(interviewId: string, messageId: string): Promise<string> {
  return `${sendPrefix(interviewId)}${await idDigest(messageId)}`;
}

/** What names one logged send of an interview, in the web app's links: its key's digest. */
export const SEND_REF_PATTERN = /^[0-9a-f]{64}$/;

/** The key of the send `ref` names (from a listing or a link); throws on anything that is not a digest. */
export function sendKeyOfRef(interviewId: string, ref: string): string {
  if (!SEND_REF_PATTERN.test(ref)) throw new Error(`invalid send reference ${JSON.stringify(ref.slice(0, 80))}`);
  return `${sendPrefix(interviewId)}${ref}`;
}

export async function inviteKey(uid: string): Promise<string> {
  return `invite:${await idDigest(uid)}`;
}
