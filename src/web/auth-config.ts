/**
 * Reads the access configuration from the environment and decides whether the app may serve
 * at all. Deployed without a password (or Cloudflare Access) it refuses every request rather
 * than open the owner's interview notes to anyone. A served request also gets the session
 * key and generation (session-store.ts, in KV).
 */
import { accessConfig, type AccessConfig } from "./access.js";
import { sessionKey } from "./auth.js";
import type { WebEnv } from "./env.js";
import { SessionStore } from "./session-store.js";

/** The documented local password (README, .dev.vars.example); refused outside local development. */
export const DEV_PASSWORD = "dev-password";

/** The documented local API token (README, `npm start`); refused outside local development like the password. */
export const DEV_API_TOKEN = "dev-token";

export interface AuthSetup {
  password: string | null;
  apiToken: string | null;
  /** Signs session cookies and CSRF tokens; changes with the secret and with the password. */
  sessionKey: CryptoKey;
  /** The session generation a cookie must carry (see session-store.ts). */
  sessionGeneration: number;
  access: AccessConfig | null;
}

export type AuthSetupResult = { ok: true; setup: AuthSetup } | { ok: false; problem: string };

/** The setup, or what is missing, in words an operator can act on. */
export async function readAuthSetup(env: WebEnv): Promise<AuthSetupResult> {
  const password = env.APP_PASSWORD?.length ? env.APP_PASSWORD : null;
  const apiToken = env.API_TOKEN?.length ? env.API_TOKEN : null;
  const access = accessConfig(env.ACCESS_TEAM_DOMAIN, env.ACCESS_AUD);
  // Any one credential is enough to serve what it unlocks (an API token alone opens only the API).
  if (!password && !apiToken && !access) {
    return { ok: false, problem: "followup-check is not configured: set the APP_PASSWORD secret (npx wrangler secret put APP_PASSWORD), or configure Cloudflare Access (ACCESS_TEAM_DOMAIN and ACCESS_AUD). Until then it serves nothing." };
  }
  if (password === DEV_PASSWORD && env.DEV_TOOLS !== "true") {
    return { ok: false, problem: "followup-check refuses to run with the documented development password outside local development: set a real APP_PASSWORD secret." };
  }
  if (apiToken === DEV_API_TOKEN && env.DEV_TOOLS !== "true") {
    return { ok: false, problem: "followup-check refuses to run with the documented development API token outside local development: set a real API_TOKEN secret, or delete it." };
  }
  const sessions = await new SessionStore(env.FOLLOWUP_KV).load(env.SESSION_SECRET?.length ? env.SESSION_SECRET : null);
  const setup = { password, apiToken, sessionKey: await sessionKey(sessions.secret, password), sessionGeneration: sessions.generation, access };
  return { ok: true, setup };
}
