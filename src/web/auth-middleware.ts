/**
 * Authentication for every page and API route. Pages accept a session cookie (from the login
 * form) or a Cloudflare Access assertion; the API accepts the bearer token, an Access
 * assertion, or a session cookie for reading only. Nothing else gets through.
 */
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { verifyAccessAssertion } from "./access.js";
import { readAuthSetup } from "./auth-config.js";
import { constantTimeEqual, createSessionToken, csrfTokenFor, SESSION_TTL_MS, verifySessionToken, type Session } from "./auth.js";
import type { AppEnv } from "./env.js";
import { SessionStore } from "./session-store.js";

export const SESSION_COOKIE = "fc_session";

/** Refuses to serve (503) when no secret is configured; otherwise records the setup. */
export const requireConfiguration: MiddlewareHandler<AppEnv> = async (c, next) => {
  const result = await readAuthSetup(c.env);
  if (!result.ok) return c.text(result.problem, 503, { "Cache-Control": "no-store" });
  c.set("auth", result.setup);
  await next();
};

/** Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it; a link from the report email still opens the page), Secure over https. */
export async function startSession(c: Context<AppEnv>): Promise<Session> {
  const { token, session } = await createSessionToken(c.var.auth.sessionKey, Date.now(), c.var.auth.sessionGeneration);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
  return session;
}

/**
 * Logs out on the server, not only in this browser: moves the session generation on, so this
 * cookie, a copy of it, and the sessions on the owner's other devices all stop verifying.
 */
export async function endSessions(c: Context<AppEnv>): Promise<void> {
  await new SessionStore(c.env.FOLLOWUP_KV).endAllSessions();
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: new URL(c.req.url).protocol === "https:" });
}

/** "valid" / "invalid" for a request with an Access assertion, "absent" without one (or without Access configured). */
async function accessState(c: Context<AppEnv>): Promise<"valid" | "invalid" | "absent"> {
  const assertion = c.req.header("cf-access-jwt-assertion");
  const config = c.var.auth.access;
  if (!config || !assertion) return "absent";
  return (await verifyAccessAssertion(assertion, config)) ? "valid" : "invalid";
}

const currentSession = (c: Context<AppEnv>) => verifySessionToken(c.var.auth.sessionKey, getCookie(c, SESSION_COOKIE), Date.now(), c.var.auth.sessionGeneration);

/**
 * Only local paths, so a crafted ?next= can never send the user to another site. Browsers
 * drop tabs and line breaks from a URL before reading it ("/\t/evil.example" is
 * "//evil.example", another host), so the path is judged, and returned, without them; any
 * other control character, or a second slash or backslash after the first, means "/".
 */
export function safeNext(value: string | undefined | null): string {
  const path = (value ?? "").replace(/[\t\n\r]/g, "");
  return /^\/(?![/\\])/.test(path) && !/[\x00-\x1f\x7f]/.test(path) ? path : "/";
}

/** Pages: a valid session (or Access, which starts one), else the login page. */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  let session = await currentSession(c);
  const access = await accessState(c);
  if (access === "invalid") return c.text("The Cloudflare Access assertion did not verify.", 401);
  if (!session && access === "valid") session = await startSession(c);
  if (!session) {
    const here = new URL(c.req.url);
    const next = c.req.method === "GET" ? `${here.pathname}${here.search}` : "/";
    return c.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
  }
  c.set("csrfToken", await csrfTokenFor(c.var.auth.sessionKey, session));
  await next();
};

function unauthorized(c: Context<AppEnv>, error: string) {
  return c.json({ error }, 401, { "WWW-Authenticate": 'Bearer realm="followup-check"' });
}

/** API: the bearer token, a valid Access assertion, or (GET only) a session cookie. */
export const requireApiAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header("authorization");
  if (header !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const expected = c.var.auth.apiToken;
    if (!expected) return unauthorized(c, "The API token is not configured: set the API_TOKEN secret.");
    if (!token || !constantTimeEqual(token, expected)) return unauthorized(c, "Wrong or malformed bearer token.");
    return next();
  }
  const access = await accessState(c);
  if (access === "valid") return next();
  if (access === "invalid") return unauthorized(c, "The Cloudflare Access assertion did not verify.");
  // A browser session may read (the export link); writing needs the token, so no form on any site can change data.
  if ((c.req.method === "GET" || c.req.method === "HEAD") && (await currentSession(c))) return next();
  return unauthorized(c, "Authentication required: send Authorization: Bearer <API_TOKEN>.");
};
