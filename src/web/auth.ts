/**
 * Pure helpers for sessions: the signing key, HMAC-SHA-256 signing of the session cookie
 * (crypto.subtle), its verification with an expiry and the owner's session generation, the
 * per-session CSRF token, and constant-time comparison. Nothing here reads a request, the
 * clock or storage; callers pass `now` and the generation.
 */

/** How long a login lasts. */
export const SESSION_TTL_MS = 7 * 24 * 3_600_000;
/** Random bytes in a session id: 128 bits cannot be guessed. */
const SESSION_ID_BYTES = 16;
/** Bumped when the token layout changes, so old cookies simply stop verifying. */
const TOKEN_VERSION = "v2";

const encoder = new TextEncoder();

/** Bytes as base64url without padding: safe in a URL path or a cookie as it is. */
export function base64url(bytes: Uint8Array): string {
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
 * The key that signs cookies and CSRF tokens: an HMAC of the password under the secret (a
 * random one kept in KV, or SESSION_SECRET). Without the secret a captured cookie tells
 * nothing about the password, and a changed password changes the key, so every cookie signed
 * for the old one stops verifying. Access-only setups have no password: "" stands for it.
 */
export async function sessionKey(secret: string, password: string | null): Promise<CryptoKey> {
  const derived = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(`followup-check session key|password:${password ?? ""}`));
  return crypto.subtle.importKey("raw", derived, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

export interface Session {
  id: string;
  expiresAt: number;
  /** The owner's session generation it was issued in; logging out moves to the next one. */
  generation: number;
}

/** A new session token: `v2.<expiry ms>.<generation>.<random id>.<hmac>`. */
export async function createSessionToken(key: CryptoKey, now: number, generation: number): Promise<{ token: string; session: Session }> {
  const id = base64url(crypto.getRandomValues(new Uint8Array(SESSION_ID_BYTES)));
  const expiresAt = now + SESSION_TTL_MS;
  const body = `${TOKEN_VERSION}.${expiresAt}.${generation}.${id}`;
  return { token: `${body}.${await mac(key, body)}`, session: { id, expiresAt, generation } };
}

/** The session in a token, or null when it is malformed, forged, expired or from an earlier generation (logged out). */
export async function verifySessionToken(key: CryptoKey, token: string | undefined, now: number, generation: number): Promise<Session | null> {
  const parts = token?.split(".") ?? [];
  if (parts.length !== 5 || parts[0] !== TOKEN_VERSION) return null;
  const [version, expiry, issuedIn, id, signature] = parts as [string, string, string, string, string];
  if (!constantTimeEqual(await mac(key, `${version}.${expiry}.${issuedIn}.${id}`), signature)) return null;
  const expiresAt = Number(expiry);
  if (!Number.isFinite(expiresAt) || expiresAt <= now || issuedIn !== String(generation)) return null;
  return { id, expiresAt, generation };
}

/** The CSRF token of a session: bound to it, so a token from another session never passes. */
export async function csrfTokenFor(key: CryptoKey, session: Session): Promise<string> {
  return mac(key, `csrf.${session.id}`);
}
