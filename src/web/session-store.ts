/**
 * The owner's session state, one KV record under `auth:sessions`:
 *
 *   { "secret": "<64 hex digits>", "generation": 3 }
 *
 * `secret` is the signing secret when SESSION_SECRET is unset: made at random on first use and
 * kept, so nothing about it depends on the password. `generation` is carried by every session
 * cookie; logging out moves it on, which ends every session issued before, on every device.
 * KV spreads a change to other Cloudflare locations within about a minute.
 */
import { StoreError } from "../store/kv-store.js";

export const SESSION_STATE_KEY = "auth:sessions";

/** 256 random bits: as strong as the HMAC-SHA-256 key they make. */
const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[0-9a-f]{64}$/;

interface StoredState {
  secret?: string;
  generation: number;
}

/** What signs and checks session cookies now. */
export interface SessionState {
  secret: string;
  generation: number;
}

/** The stored record; what is missing or unreadable in it reads as generation 0 and no secret (so one is made). */
function parseState(json: string | null): StoredState {
  let value: unknown;
  try {
    value = JSON.parse(json ?? "null");
  } catch {
    return { generation: 0 };
  }
  const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const generation = Number.isSafeInteger(record.generation) && (record.generation as number) >= 0 ? (record.generation as number) : 0;
  return typeof record.secret === "string" && SECRET_PATTERN.test(record.secret) ? { secret: record.secret, generation } : { generation };
}

function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The session state on Workers KV; a failed KV call surfaces as a StoreError (503 "storage unavailable"). */
export class SessionStore {
  constructor(private readonly kv: KVNamespace) {}

  private async read(): Promise<StoredState> {
    try {
      return parseState(await this.kv.get(SESSION_STATE_KEY));
    } catch (error) {
      throw new StoreError("get", error);
    }
  }

  private async write(state: StoredState): Promise<void> {
    try {
      await this.kv.put(SESSION_STATE_KEY, JSON.stringify(state));
    } catch (error) {
      throw new StoreError("put", error);
    }
  }

  /**
   * The secret and generation to sign with: `configured` (SESSION_SECRET) when set, else the
   * stored secret, made and stored on first use. Two first requests at once may each store
   * one; the last write wins and a session signed with the other asks to log in again, once.
   */
  async load(configured: string | null): Promise<SessionState> {
    const state = await this.read();
    if (configured) return { secret: configured, generation: state.generation };
    if (state.secret) return { secret: state.secret, generation: state.generation };
    const made = { secret: randomSecret(), generation: state.generation };
    await this.write(made);
    return made;
  }

  /** Moves to the next generation: every session issued until now stops verifying. */
  async endAllSessions(): Promise<void> {
    const state = await this.read();
    await this.write({ ...state, generation: state.generation + 1 });
  }
}
