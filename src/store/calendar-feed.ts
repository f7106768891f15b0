/**
 * The calendar feed's secret: one KV record under `calendar-feed`,
 *
 *   { "tokenHash": "<base64url SHA-256 of the token>", "createdAt": "2026-11-17T21:00:00.000Z" }
 *
 * The token itself (256 random bits, in the feed's address) is shown to the owner once, when
 * it is made, and never stored: a copy of KV does not open the feed. Making a new one
 * replaces the hash, so the old address stops working; turning the feed off deletes it. KV
 * spreads either change to other Cloudflare locations within about a minute.
 */
import { base64url, constantTimeEqual } from "../web/auth.js";
import { kvCall as kv } from "./kv-store.js";

export const CALENDAR_FEED_KEY = "calendar-feed";

/** 32 random bytes: as strong as the SHA-256 hash kept of them, far past guessing. */
const TOKEN_BYTES = 32;
/** A token as it appears in the feed's address: 43 base64url characters. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the settings page shows of a feed that is on. */
export interface CalendarFeedState {
  /** ISO time the current address was made. */
  createdAt: string;
}

interface StoredFeed extends CalendarFeedState {
  tokenHash: string;
}

async function tokenHash(token: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token))));
}

/** The stored record; one that is not this module's (hand-edited KV) counts as no feed. */
async function readFeed(namespace: KVNamespace): Promise<StoredFeed | null> {
  const json = await kv("get", () => namespace.get(CALENDAR_FEED_KEY));
  try {
    const value: unknown = JSON.parse(json ?? "null");
    const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    return typeof record.tokenHash === "string" && typeof record.createdAt === "string" ? { tokenHash: record.tokenHash, createdAt: record.createdAt } : null;
  } catch {
    return null;
  }
}

/** Whether the feed is on, and since when; null when it is off. */
export async function calendarFeedState(namespace: KVNamespace): Promise<CalendarFeedState | null> {
  const feed = await readFeed(namespace);
  return feed ? { createdAt: feed.createdAt } : null;
}

/** Makes a new token and stores its hash, replacing any earlier one (whose address then stops working); returns the token. */
export async function newCalendarFeed(namespace: KVNamespace, now: Date): Promise<string> {
  const token = base64url(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
  const record: StoredFeed = { tokenHash: await tokenHash(token), createdAt: now.toISOString() };
  await kv("put", () => namespace.put(CALENDAR_FEED_KEY, JSON.stringify(record)));
  return token;
}

/** True when `token` is the current feed's; compared in constant time. */
export async function calendarFeedTokenValid(namespace: KVNamespace, token: string): Promise<boolean> {
  if (!FEED_TOKEN_PATTERN.test(token)) return false;
  const feed = await readFeed(namespace);
  return feed !== null && constantTimeEqual(await tokenHash(token), feed.tokenHash);
}

/** Turns the feed off: no address opens it until a new one is made. */
export async function turnOffCalendarFeed(namespace: KVNamespace): Promise<void> {
  await kv("delete", () => namespace.delete(CALENDAR_FEED_KEY));
}
