/**
 * Versions of stored values, so a save made from an old copy is refused instead of silently
 * erasing the change made since (two tabs, two devices, a script and a browser).
 *
 * A version is the hex SHA-256 of the value's canonical JSON: the API sends it as a strong
 * ETag and honours If-Match on PUT and DELETE; the web forms carry it in a hidden field.
 *
 * KV has no compare-and-swap, so the check reads, compares, then writes: two saves landing
 * within the same instant can both pass it, and KV keeps the later (last write wins). What it
 * closes is the common case, a second tab or window opened minutes before and saved after.
 */

/** The name of the hidden field holding the version a form was loaded from. */
export const VERSION_FIELD = "version";

/**
 * JSON with every object's keys in code-unit order, so the same value always gives the same
 * text whatever order a parser or a spread left its keys in. Undefined members are left out,
 * as JSON.stringify leaves them out.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === "object" && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}

/** The version of a validated value: hex SHA-256 of its canonical JSON (64 characters). */
export async function versionOf(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonicalJson(value)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A version as a strong entity tag (RFC 9110 8.8.3): the version in double quotes. */
export const etagOf = (version: string): string => `"${version}"`;

/**
 * Whether a request's If-Match lets it change a value whose version is `current` (null: none
 * is saved). No header: yes, as before versions existed. `*`: while a value is saved. Otherwise
 * one of the listed tags must equal the current one by strong comparison, so a weak tag
 * (`W/"…"`) never matches (RFC 9110 13.1.1).
 */
export function ifMatchHolds(header: string | undefined, current: string | null): boolean {
  if (header === undefined) return true;
  if (current === null) return false;
  if (header.trim() === "*") return true;
  const wanted = etagOf(current);
  return header.split(",").some((tag) => tag.trim() === wanted);
}

type Body = Record<string, string | File | (string | File)[]>;

/** The version a submitted form was loaded from, or null when it carries none (a page from before versions). */
export function submittedVersion(body: Body): string | null {
  const value = body[VERSION_FIELD];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first !== "" ? first : null;
}
