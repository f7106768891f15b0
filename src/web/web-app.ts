/**
 * The web app: login, pages and the JSON API, all behind authentication, every form behind
 * CSRF checks; the calendar feed is reached by its secret address instead. Mounted by
 * src/app.ts after the unauthenticated /health.
 */
import { Hono } from "hono";
import { KvStore, StoreError } from "../store/kv-store.js";
import { api } from "./api.js";
import { requireConfiguration, requireSession } from "./auth-middleware.js";
import { formCsrf } from "./csrf.js";
import type { AppEnv } from "./env.js";
import { apiBodyLimit, formBodyLimit, MAX_API_BYTES, MAX_FORM_BYTES, MAX_IMPORT_BYTES } from "./limits.js";
import { authRoutes } from "./routes/auth-routes.js";
import { calendarFeedRoutes, calendarFeedSettingsRoutes } from "./routes/calendar-feed-routes.js";
import { checkRoutes } from "./routes/check-routes.js";
import { interviewRoutes } from "./routes/interview-routes.js";
import { reportRoutes } from "./routes/report-routes.js";
import { settingsRoutes } from "./routes/settings-routes.js";
import { STYLESHEET } from "./stylesheet.js";

export const web = new Hono<AppEnv>();

web.onError((error, c) => {
  if (error instanceof StoreError) return c.text("Storage is unavailable just now; nothing was changed. Try again in a minute.", 503);
  throw error;
});

// The stylesheet is public (the login page needs it) and holds nothing private.
web.get("/static/app.css", (c) => c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=86400" }));

// A calendar app fetches the feed without a login: the secret token in its address is the credential.
web.route("/", calendarFeedRoutes);

web.use(requireConfiguration);

web.use("/api/import", apiBodyLimit(MAX_IMPORT_BYTES));
web.use("/api/*", apiBodyLimit(MAX_API_BYTES));
web.route("/api", api);

web.use("/import", formBodyLimit(MAX_IMPORT_BYTES));
web.use("*", formBodyLimit(MAX_FORM_BYTES));
web.route("/", authRoutes);

// Everything below needs a session; Hono runs handlers in registration order, so /login and
// /api answered above and never reach this.
const pages = new Hono<AppEnv>();
pages.use(requireSession, formCsrf, async (c, next) => {
  c.set("settings", await new KvStore(c.env.FOLLOWUP_KV).getSettings());
  await next();
});
pages.route("/", interviewRoutes);
pages.route("/", checkRoutes);
pages.route("/", reportRoutes);
pages.route("/", settingsRoutes);
pages.route("/", calendarFeedSettingsRoutes);
web.route("/", pages);
