/**
 * CSRF protection for every form: hono's origin check (Origin / Sec-Fetch-Site must be this
 * site) plus a per-session token in a hidden field, so a forged request fails even where an
 * old browser sends neither header.
 */
import type { MiddlewareHandler } from "hono";
import { every } from "hono/combine";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { constantTimeEqual } from "./auth.js";
import type { AppEnv } from "./env.js";

/** The hidden field every form carries. */
export const CSRF_FIELD = "_csrf";

const originCheck = csrf();

const FORBIDDEN =
  "This form could not be accepted: it came from another site or from an old page. Go back, reload the page and submit it again.";

/** Origin check alone: for the login form, which has no session to bind a token to. */
export const sameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    // hono's check only inspects headers; it is run on its own so its bare "Forbidden" can be replaced.
    await originCheck(c, async () => {});
  } catch (error) {
    if (error instanceof HTTPException && error.status === 403) return c.text(FORBIDDEN, 403);
    throw error;
  }
  await next();
};

const tokenCheck: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD") return next();
  const body = await c.req.parseBody();
  const sent = body[CSRF_FIELD];
  if (typeof sent !== "string" || !constantTimeEqual(sent, c.var.csrfToken)) return c.text(FORBIDDEN, 403);
  await next();
};

/** Both checks, for every form behind a session. */
export const formCsrf: MiddlewareHandler<AppEnv> = every(sameOrigin, tokenCheck);
