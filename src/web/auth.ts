/**
 * Pure helpers for sessions: HMAC-SHA-256 signing of the session cookie (crypto.subtle),
 * its verification with an expiry, the per-session CSRF token, and constant-time comparison.
 * Nothing here reads a request or the clock; callers pass `now`.
 */

/** How long a login lasts. */
export const SESSION_TTL_MS = 7 * 24 * 3_600_000;
/** Random bytes in a session id: 128 bits cannot be guessed. */
const SESSION_ID_BYTES = 16;
/** Bumped when the token layout changes, so old cookies simply stop verifying. */
const TOKEN_VERSION = "v1";

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Compares two strings in time that depends only on their lengths, so a wrong password or
 * token leaks nothing about how much of it was right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** An HMAC-SHA-256 key from a secret string. */
export async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

async function mac(key: CryptoKey, message: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message))));
}

/**
 * The cookie-signing secret: SESSION_SECRET when set, else one derived from the password, so
 * changing the password also ends every session.
 */
export function sessionSecret(explicit: string | undefined, password: string | undefined): string | null {
  if (explicit) return explicit;
  return password ? `followup-check session key derived from password:${password}` : null;
}

export interface Session {
  id: string;
  expiresAt: number;
}

/** A new session token: `v1.<expiry ms>.<random id>.<hmac>`. */
export async function createSessionToken(key: CryptoKey, now: number): Promise<{ token: string; session: Session }> {
  const id = base64url(crypto.getRandomValues(new Uint8Array(SESSION_ID_BYTES)));
  const expiresAt = now + SESSION_TTL_MS;
  const body = `${TOKEN_VERSION}.${expiresAt}.${id}`;
  return { token: `${body}.${await mac(key, body)}`, session: { id, expiresAt } };
}

/** The session in a token, or null when it is malformed, forged or expired. */
export async function verifySessionToken(key: CryptoKey, token: string | undefined, now: number): Promise<Session | null> {
  const parts = token?.split(".") ?? [];
  if (parts.length !== 4 || parts[0] !== TOKEN_VERSION) return null;
  const [version, expiry, id, signature] = parts as [string, string, string, string];
  if (!constantTimeEqual(await mac(key, `${version}.${expiry}.${id}`), signature)) return null;
  const expiresAt = Number(expiry);
  return Number.isFinite(expiresAt) && expiresAt > now ? { id, expiresAt } : null;
}

/** The CSRF token of a session: bound to it, so a token from another session never passes. */
export async function csrfTokenFor(key: CryptoKey, session: Session): Promise<string> {
  return mac(key, `csrf.${session.id}`);
}
