/**
 * Login and logout. The login form is origin-checked (there is no session yet to bind a token
 * to) and limited to a few attempts a minute per address (login-limit.ts).
 */
import { Hono, type Context } from "hono";
import { isTimeZone } from "../../settings.js";
import { KvStore } from "../../store/kv-store.js";
import { constantTimeEqual } from "../auth.js";
import { endSessions, requireSession, safeNext, startSession } from "../auth-middleware.js";
import { formCsrf, sameOrigin } from "../csrf.js";
import type { AppEnv } from "../env.js";
import { LOGIN_WINDOW_S, loginAllowed } from "../login-limit.js";
import { LoginPage, type ZoneQuestion } from "../pages/login.js";
import { page } from "../render.js";
import { knownTimeZones } from "../time.js";

export const authRoutes = new Hono<AppEnv>();

const devHint = (env: AppEnv["Bindings"]) => env.DEV_TOOLS === "true";

const TOO_MANY_ATTEMPTS = "Too many login attempts from your address. Wait a minute and try again.";

/** Until a time zone is saved, the login form asks for one (`selected`: what was chosen before a failed attempt). */
async function zoneQuestion(c: Context<AppEnv>, selected: string): Promise<ZoneQuestion | null> {
  if (await new KvStore(c.env.FOLLOWUP_KV).timeZoneChosen()) return null;
  return { zones: knownTimeZones(), selected: isTimeZone(selected) ? selected : "" };
}

/** Saves the zone chosen at a first login, unless one was saved meanwhile (on another device, say). */
async function saveChosenZone(c: Context<AppEnv>, zone: string): Promise<void> {
  const store = new KvStore(c.env.FOLLOWUP_KV);
  if (!zone || !isTimeZone(zone) || (await store.timeZoneChosen())) return;
  await store.putSettings({ ...(await store.getSettings()), timeZone: zone });
}

authRoutes.get("/login", async (c) => {
  if (!c.var.auth.password) return c.text("This deployment has no APP_PASSWORD secret: the pages open through Cloudflare Access only; the API takes its bearer token.", 401);
  return page(c, <LoginPage next={safeNext(c.req.query("next"))} devHint={devHint(c.env)} zone={await zoneQuestion(c, "")} />);
});

authRoutes.post("/login", sameOrigin, async (c) => {
  const body = await c.req.parseBody();
  const next = safeNext(typeof body.next === "string" ? body.next : "/");
  const zone = typeof body.timeZone === "string" ? body.timeZone.trim() : "";
  // Counted before the password is compared: over the limit, even the right one is refused.
  if (!(await loginAllowed(c.env.LOGIN_LIMIT, c.req.header("cf-connecting-ip")))) {
    c.header("Retry-After", String(LOGIN_WINDOW_S));
    return page(c, <LoginPage next={next} error={TOO_MANY_ATTEMPTS} devHint={devHint(c.env)} zone={await zoneQuestion(c, zone)} />, 429);
  }
  const password = c.var.auth.password;
  if (!password || typeof body.password !== "string" || !constantTimeEqual(body.password, password)) {
    return page(c, <LoginPage next={next} error="Wrong password." devHint={devHint(c.env)} zone={await zoneQuestion(c, zone)} />, 401);
  }
  await startSession(c);
  await saveChosenZone(c, zone);
  return c.redirect(next, 303);
});

authRoutes.post("/logout", requireSession, formCsrf, async (c) => {
  await endSessions(c);
  return c.redirect("/login", 303);
});
