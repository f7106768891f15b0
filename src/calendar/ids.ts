/**
 * Interview ids for imported invitations: a readable slug of company and role plus a short
 * hash of the event's UID, so the same event (updates, cancellations) always maps to the
 * same interview even when its summary changes, and two events never share an id.
 */
import { slugify } from "../text/slug.js";

/** Length of the UID hash at the end of an imported interview's id. */
export const UID_HASH_LENGTH = 7;

/** Room left for the slug: 64 (the id limit) − the hash − the dash before it. */
const SLUG_LENGTH = 64 - UID_HASH_LENGTH - 1;

/**
 * A short stable hash (32-bit FNV-1a in base 36), synchronous so that pure code can use
 * it. Not for security: it only spreads different UIDs over different ids.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(UID_HASH_LENGTH, "0").slice(-UID_HASH_LENGTH);
}

/** The hash suffix shared by every interview imported from the event with this UID. */
export const uidTag = (uid: string): string => shortHash(uid.trim());

/** "northwind-logistics-senior-sre-1k3x9ab": stable for a UID, matches INTERVIEW_ID_PATTERN. */
export function inviteInterviewId(company: string, role: string, uid: string): string {
  const slug = slugify(`${company} ${role}`, SLUG_LENGTH);
  return slug ? `${slug}-${uidTag(uid)}` : `invite-${uidTag(uid)}`;
}

/**
 * The saved interview imported from the event with this UID, found by the id's hash
 * suffix (an update may carry a new summary, so the slug part cannot be relied on).
 */
export function findInviteInterview<T extends { id: string }>(interviews: readonly T[], uid: string): T | null {
  const suffix = `-${uidTag(uid)}`;
  return interviews.find((i) => i.id.endsWith(suffix)) ?? null;
}
