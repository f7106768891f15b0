/**
 * Optional Cloudflare Access: when ACCESS_TEAM_DOMAIN and ACCESS_AUD are set, a request that
 * carries a valid Cf-Access-Jwt-Assertion (signed by the team's key, for this application's
 * audience, from the team's issuer, not expired) is authenticated.
 */
import { Jwt } from "hono/utils/jwt";

export interface AccessConfig {
  /** "https://myteam.cloudflareaccess.com" */
  issuer: string;
  audience: string;
}

/** Access signs with RS256. */
const ALGORITHMS = ["RS256"] as const;
/** Access rotates its keys every few weeks; re-reading them every 10 minutes is plenty. */
const JWKS_CACHE_MS = 10 * 60_000;

/** A published key as hono's verifier takes it (JsonWebKey plus kid). */
export type AccessKey = NonNullable<Parameters<typeof Jwt.verifyWithJwks>[1]["keys"]>[number];

let cache: { issuer: string; keys: AccessKey[]; fetchedAt: number } | null = null;

/** The Access settings from the environment, or null when Access is not configured. */
export function accessConfig(teamDomain: string | undefined, audience: string | undefined): AccessConfig | null {
  if (!teamDomain || !audience) return null;
  const host = teamDomain.trim().replace(/^https?:\/\//, "").replace(/\/+$/, "");
  return { issuer: `https://${host}`, audience: audience.trim() };
}

async function teamKeys(issuer: string, now: number): Promise<AccessKey[]> {
  if (cache && cache.issuer === issuer && now - cache.fetchedAt < JWKS_CACHE_MS) return cache.keys;
  const response = await fetch(`${issuer}/cdn-cgi/access/certs`);
  if (!response.ok) throw new Error(`Access keys unavailable: ${response.status}`);
  const { keys } = (await response.json()) as { keys?: AccessKey[] };
  if (!Array.isArray(keys)) throw new Error("Access keys response has no keys");
  cache = { issuer, keys, fetchedAt: now };
  return keys;
}

/**
 * The verified identity (email or subject) in an Access assertion, or null when it does not
 * verify. `keys` replaces the team's published keys (tests).
 */
export async function verifyAccessAssertion(token: string, config: AccessConfig, keys?: AccessKey[]): Promise<string | null> {
  try {
    const payload = await Jwt.verifyWithJwks(token, {
      keys: keys ?? (await teamKeys(config.issuer, Date.now())),
      allowedAlgorithms: ALGORITHMS,
      verification: { iss: config.issuer, aud: config.audience },
    });
    const who = typeof payload.email === "string" ? payload.email : payload.sub;
    return typeof who === "string" && who ? who : "access-user";
  } catch {
    return null;
  }
}
