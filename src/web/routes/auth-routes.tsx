/** Login and logout. The login form is origin-checked (there is no session yet to bind a token to). */
import { Hono } from "hono";
import { constantTimeEqual } from "../auth.js";
import { endSession, requireSession, safeNext, startSession } from "../auth-middleware.js";
import { formCsrf, sameOrigin } from "../csrf.js";
import type { AppEnv } from "../env.js";
import { LoginPage } from "../pages/login.js";
import { page } from "../render.js";

export const authRoutes = new Hono<AppEnv>();

const devHint = (env: AppEnv["Bindings"]) => env.DEV_TOOLS === "true";

authRoutes.get("/login", (c) => {
  if (!c.var.auth.password) return c.text("This deployment has no APP_PASSWORD secret: the pages open through Cloudflare Access only; the API takes its bearer token.", 401);
  return page(c, <LoginPage next={safeNext(c.req.query("next"))} devHint={devHint(c.env)} />);
});

authRoutes.post("/login", sameOrigin, async (c) => {
  const body = await c.req.parseBody();
  const next = safeNext(typeof body.next === "string" ? body.next : "/");
  const password = c.var.auth.password;
  if (!password || typeof body.password !== "string" || !constantTimeEqual(body.password, password)) {
    return page(c, <LoginPage next={next} error="Wrong password." devHint={devHint(c.env)} />, 401);
  }
  await startSession(c);
  return c.redirect(next, 303);
});

authRoutes.post("/logout", requireSession, formCsrf, (c) => {
  endSession(c);
  return c.redirect("/login", 303);
});
