/**
 * What the web app reads from the Worker's environment, and the Hono typing shared by its
 * routes. Secrets are not in wrangler.toml, so they are optional here: a missing one is a
 * configuration the app must refuse, not a type error.
 */
import type { Settings } from "../types.js";
import type { AuthSetup } from "./auth-config.js";

export type WebEnv = Env & {
  /** Password for the login form (a secret: `npx wrangler secret put APP_PASSWORD`). */
  APP_PASSWORD?: string;
  /** Bearer token for /api (a secret). */
  API_TOKEN?: string;
  /** What the cookie-signing key is made from (a secret); when absent, a random one is made and kept in KV. */
  SESSION_SECRET?: string;
  /** Cloudflare Access team domain ("myteam.cloudflareaccess.com"), to accept Access logins. */
  ACCESS_TEAM_DOMAIN?: string;
  /** The Access application's audience (AUD) tag. */
  ACCESS_AUD?: string;
};

/** Per-request values the middleware hands to the pages. */
export interface WebVariables {
  /** Secrets and Access settings, checked once per request. */
  auth: AuthSetup;
  /** The token every form of this session must echo back (see csrf.ts). */
  csrfToken: string;
  /** The owner's settings, read once per request. */
  settings: Settings;
}

export interface AppEnv {
  Bindings: WebEnv;
  Variables: WebVariables;
}
